/// Why the preview cannot run, in the preview's own terms: a command-line tool adds how its
/// options fix it.
public enum PreviewError: Error, Sendable, Equatable, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    /// The orders folder cannot be listed.
    case orders(String)
    /// The output folder cannot be made or used.
    case output(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use (is another preview running?)"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host) port \(port): \(reason)"
        case .orders(let reason):
            "orders: \(reason)"
        case .output(let reason):
            "output folder: \(reason)"
        }
    }
}
