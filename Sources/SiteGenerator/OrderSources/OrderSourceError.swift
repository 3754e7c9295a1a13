/// Why a source could not give an order's body.
public enum OrderSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The order does not exist (HTTP 404, or no saved file): never papered over by the cache.
    case notFound(String)
    case failed(String)
    /// Not fetched in this run (its request budget or time budget was spent) and not cached: the
    /// order gets no page this run, and its old page, if any, stays.
    case deferred(String)

    public var description: String {
        switch self {
        case .notFound(let reason), .failed(let reason), .deferred(let reason): reason
        }
    }
}
