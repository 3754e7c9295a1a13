/// Why a source could not give an order's body.
public enum OrderSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case failed(String)

    public var description: String {
        switch self {
        case .notFound(let reason), .failed(let reason): reason
        }
    }
}
