import DigitalDownloads
import Foundation

/// Where the v2 response bodies come from: the API, a cache in front of it, or a folder of
/// saved responses. Everything after the fetch is the same pipeline.
public protocol OrderSource: Sendable {
    /// The raw `GET /api/v2/customer-account-orders?id=ID` response body, and where it came from.
    func response(for id: OrderID) async throws(OrderSourceError) -> SourcedResponse

    /// The order to build `ids` in and what it will cost. The API source puts the orders it will
    /// fetch first, never-fetched then oldest, so a run cut short by its budget has refreshed the
    /// ones that needed it most.
    func plan(_ ids: [OrderID]) async -> FetchPlan

    /// Called once the pages are written: a source with a cache prunes it (`prune`: entries of
    /// orders not in `ids`) and reports its size and what a full refresh costs.
    func finish(requested ids: [OrderID], prune: Bool) async -> SourceReport
}

/// What a source says about itself at the end of a build, for the summary.
public struct SourceReport: Sendable, Equatable {
    /// The response cache after the build.
    public var cache: BuildSummary.CacheSize?
    /// How long fetching every requested order once would take at the request rate in force.
    public var fullRefresh: Duration?

    public init(cache: BuildSummary.CacheSize? = nil, fullRefresh: Duration? = nil) {
        self.cache = cache
        self.fullRefresh = fullRefresh
    }
}

extension OrderSource {
    /// Saved responses cost nothing: build them as given.
    public func plan(_ ids: [OrderID]) async -> FetchPlan {
        FetchPlan(order: ids)
    }

    /// Saved responses have nothing to report.
    public func finish(requested ids: [OrderID], prune: Bool) async -> SourceReport {
        SourceReport()
    }

    /// The body alone.
    public func responseBody(for id: OrderID) async throws(OrderSourceError) -> Data {
        try await response(for: id).body
    }
}
