import DigitalDownloads

/// The order a build takes its orders in, and how many requests it expects to make.
public struct FetchPlan: Sendable, Equatable {
    /// Every order of the build, those to fetch first (most in need of a refresh first).
    public var order: [OrderID]
    /// Requests planned: orders never fetched or not fresh enough, within the request budget.
    public var fetches = 0
    /// Orders that will be built from the cache without a request.
    public var fromCache = 0
    /// Orders with no cached response that the budget leaves unfetched: no page this run.
    public var deferred = 0

    public init(order: [OrderID], fetches: Int = 0, fromCache: Int = 0, deferred: Int = 0) {
        self.order = order
        self.fetches = fetches
        self.fromCache = fromCache
        self.deferred = deferred
    }
}
