import Foundation

/// A response body and where it came from, so the summary can say how fresh the site is.
public struct SourcedResponse: Sendable, Equatable {
    public var body: Data
    public var origin: ResponseOrigin

    public init(body: Data, origin: ResponseOrigin) {
        self.body = body
        self.origin = origin
    }
}

/// Where the body a page is built from came from.
public enum ResponseOrigin: Sendable, Equatable {
    /// A saved response (a folder of saved responses, the sample orders): no API involved.
    case saved
    /// Fetched from the API in this run.
    case fetched
    /// From the response cache, fetched `age` ago: young enough to reuse, or not due a request
    /// within this run's budget.
    case cached(age: Duration)
    /// From the response cache, fetched `age` ago, because this run's fetch failed for `reason`.
    case stale(age: Duration, reason: String)
}
