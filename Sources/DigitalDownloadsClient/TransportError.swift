/// Why no usable response arrived. Reasons never include request headers.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String)
    /// The exchange did not finish within the request's timeout.
    case timeout(Duration)
    /// No connection could be made (refused, DNS, TLS).
    case connectionFailed(reason: String)
    /// A connection was made but closed before a whole response arrived.
    case connectionDropped(reason: String)
    case bodyTooLarge(limit: Int)
    /// A redirect that was not followed: too many, or to another scheme.
    case redirectRefused(reason: String)
    case cancelled

    /// Failures that a later attempt may not meet: the network or the server may recover.
    public var isTransient: Bool {
        switch self {
        case .timeout, .connectionFailed, .connectionDropped: true
        case .invalidURL, .bodyTooLarge, .redirectRefused, .cancelled: false
        }
    }

    /// What happened, without advice: for use inside a longer message.
    public var summary: String {
        switch self {
        case .invalidURL(let url): "invalid URL \(url)"
        case .timeout(let limit): "no complete answer within \(limit.secondsText)"
        case .connectionFailed(let reason): "cannot connect to the API (\(reason))"
        case .connectionDropped(let reason): "the connection was dropped before a whole answer arrived (\(reason))"
        case .bodyTooLarge(let limit): "the answer is larger than \(limit) bytes"
        case .redirectRefused(let reason): "redirect not followed: \(reason)"
        case .cancelled: "the request was cancelled"
        }
    }

    /// What happened and what to do about it.
    public var description: String {
        switch self {
        case .invalidURL, .redirectRefused:
            "\(summary): check the API address"
        case .timeout:
            "\(summary): the server or the network is slow; try again later or allow a longer timeout"
        case .connectionFailed:
            "\(summary): check the network connection and the API address"
        case .connectionDropped:
            "\(summary): try again later"
        case .bodyTooLarge:
            "\(summary), more than any order should be: check the API address"
        case .cancelled:
            summary
        }
    }
}
