import Foundation

/// The site-relative paths a rendered page links to (`href` and `src` values that are neither
/// absolute URLs nor fragments), resolved from where pages sit (`orders/ID/index.html`).
enum LinkedPaths {
    /// Paths relative to the site root, `/`-separated, without query or fragment; nil entries for
    /// links that climb above the root are reported as such by the caller.
    static func resolved(in html: String, pageFolder: [String] = ["orders", "ID"]) -> [(link: String, path: String?)] {
        var results: [(String, String?)] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                let valueStart = start.upperBound
                guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
                let link = decodeEntities(String(rest[valueStart..<end]))
                rest = rest[rest.index(after: end)...]
                guard isSiteRelative(link) else { continue }
                results.append((link, resolve(link, from: pageFolder)))
            }
        }
        return results
    }

    /// Not a URL with a scheme (`https:`, `mailto:`, `data:`), not protocol-relative, not a fragment.
    static func isSiteRelative(_ link: String) -> Bool {
        if link.isEmpty || link.hasPrefix("#") || link.hasPrefix("//") { return false }
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return false }
        return true
    }

    /// `../../style.css` from `orders/ID` is `style.css`; `/robots.txt` is `robots.txt`; nil above the root.
    static func resolve(_ link: String, from folder: [String]) -> String? {
        var path = Substring(link)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        var components = path.hasPrefix("/") ? [] : folder
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }

    private static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
    }
}
