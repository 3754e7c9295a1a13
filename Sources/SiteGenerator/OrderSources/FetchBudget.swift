import DigitalDownloads
import Foundation

/// What one run may spend on requests: a number of them, a time, or both (the first reached wins).
///
/// A storefront's CI job gets 10 to 60 minutes and the API 60 requests a minute; a big store
/// cannot be fetched whole in one job. A budget makes each run fetch what it can, the orders most
/// in need first, build every other order from the cache, and finish on its own before the job's
/// limit: repeated runs then converge, every order refreshed once every ⌈orders / N⌉ runs.
public struct FetchBudget: Sendable, Equatable {
    /// Requests at most in this run; nil for no limit.
    public var maxRequests: Int?
    /// No request starts (or waits to start) after this moment; nil for no limit. Set it early
    /// enough to leave time for the request itself and for rendering and writing the pages.
    public var requestDeadline: Date?

    public init(maxRequests: Int? = nil, requestDeadline: Date? = nil) {
        self.maxRequests = maxRequests
        self.requestDeadline = requestDeadline
    }

    /// No limit at all.
    public static let unlimited = FetchBudget()

    /// The moment the last request may start for a run that began at `start` with `timeBudget`:
    /// the budget minus one request's timeout and a reserve for rendering and writing (a twentieth
    /// of the budget, between 5 seconds and 2 minutes).
    public static func requestDeadline(start: Date, timeBudget: Duration, requestTimeout: Duration) -> Date {
        let budget = timeBudget / .seconds(1)
        let reserve = min(120, max(5, budget / 20))
        return start.addingTimeInterval(max(0, budget - reserve - requestTimeout / .seconds(1)))
    }
}
