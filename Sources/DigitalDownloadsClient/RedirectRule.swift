import DigitalDownloads
import Foundation

/// Which redirects the transport follows: GET only, a few hops, never to another scheme, so an
/// https request is never silently downgraded to http (nor an http test server sent to https).
struct RedirectRule: Sendable {
    var maxRedirects: Int

    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The URL to go to next, or nil when `status` is not a redirect or carries no `Location`.
    /// `hops` counts the redirects already followed.
    func target(from url: URL, status: Int, location: String?, hops: Int) throws(TransportError) -> URL? {
        guard Self.redirectStatuses.contains(status), let location, !location.isEmpty else { return nil }
        guard hops < maxRedirects else {
            throw .redirectRefused(reason: "more than \(maxRedirects) redirects")
        }
        guard let target = URL(string: location, relativeTo: url)?.absoluteURL, target.host?.isEmpty == false else {
            throw .redirectRefused(reason: "unreadable Location \(location)")
        }
        let from = url.scheme?.lowercased()
        let to = target.scheme?.lowercased()
        guard target.isHTTPAddress, to == from else {
            throw .redirectRefused(reason: "from \(from ?? "?") to \(to ?? "?") (\(target.absoluteString))")
        }
        return target
    }

    /// Whether credentials may follow the redirect: only to the same host and port.
    static func isSameOrigin(_ a: URL, _ b: URL) -> Bool {
        a.scheme?.lowercased() == b.scheme?.lowercased()
            && a.host?.lowercased() == b.host?.lowercased()
            && a.port == b.port
    }
}
