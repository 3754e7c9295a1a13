import Foundation

/// Where the running preview can be opened.
public struct PreviewAddress: Sendable, Equatable {
    public let host: String
    /// The port actually bound (the system's choice when 0 was asked).
    public let port: Int
    /// The site's root, e.g. `http://127.0.0.1:8080/`.
    public let root: URL
    /// The first order's page, or nil when there is none.
    public let firstPage: URL?

    init(host: String, port: Int, firstPageID: String?) {
        self.host = host
        self.port = port
        // A wildcard address is not somewhere to browse to: this machine is.
        let browsable =
            switch host {
            case "0.0.0.0", "": "127.0.0.1"
            case "::": "[::1]"
            default: host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            }
        let root = URL(string: "http://\(browsable):\(port)/")!
        self.root = root
        firstPage = firstPageID.flatMap { URL(string: "orders/\($0)/", relativeTo: root)?.absoluteURL }
    }
}
