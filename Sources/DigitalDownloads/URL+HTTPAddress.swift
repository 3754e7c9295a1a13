import Foundation

extension URL {
    /// Whether this is an absolute http or https URL with a host: the one test every address the
    /// tool sends a request to passes (the API's base URL, each request, each redirect target).
    ///
    /// Links put on a page pass the stricter `LinkURL.validated(_:)` instead.
    public var isHTTPAddress: Bool {
        guard let scheme = scheme?.lowercased(), scheme == "http" || scheme == "https" else { return false }
        return host?.isEmpty == false
    }
}
