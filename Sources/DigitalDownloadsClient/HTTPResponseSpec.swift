import Foundation

/// A complete response: status, headers and the whole (size-capped) body.
public struct HTTPResponseSpec: Sendable {
    public var status: Int
    public var headers: HeaderFields
    public var body: Data
    /// Where the response finally came from, after any redirects.
    public var url: URL

    public init(status: Int, headers: HeaderFields = HeaderFields(), body: Data = Data(), url: URL) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    public var isSuccess: Bool { (200..<300).contains(status) }
}
