import Foundation

/// One GET request as the API client wants it sent; the transport decides how.
///
/// Its `description` and mirror leave header values out on purpose: a Bearer token rides in
/// them and must never reach a log line or an error message.
public struct HTTPRequestSpec: Sendable, CustomStringConvertible, CustomReflectable {
    public var url: URL
    public var headers: HeaderFields
    /// The whole exchange (connecting, redirects, reading the body) must finish within this.
    public var timeout: Duration

    public init(url: URL, headers: HeaderFields = HeaderFields(), timeout: Duration = .seconds(30)) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
    }

    public var description: String {
        "GET \(url.absoluteString) (\(headers.count) headers, timeout \(timeout.secondsText))"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["url": url, "headerCount": headers.count, "timeout": timeout])
    }
}
