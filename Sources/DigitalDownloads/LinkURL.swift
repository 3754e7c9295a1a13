import Foundation

/// A link that is safe to put in an `href`: an absolute http or https URL with a host.
///
/// Every URL that reaches a page goes through `validated(_:)`, because asset URLs come from
/// the API (and ultimately from whoever set up the store) and a `javascript:` or `data:` link
/// on a download page would run in the customer's browser. The check reads the text's UTF-8
/// bytes once: it runs for every asset of every page, so it must cost little next to rendering.
public struct LinkURL: Sendable, Hashable, CustomStringConvertible {
    /// The normalised URL to write into the `href` (still needs HTML attribute escaping,
    /// though it contains no `"`, `'`, `<`, `>` or spaces).
    public let href: String

    /// The same URL parsed by Foundation, for callers that want its parts.
    public var url: URL? { URL(string: href) }

    public var description: String { href }

    /// The link for `raw`, or nil when it is not a plain absolute http(s) URL.
    ///
    /// Accepts: surrounding whitespace (trimmed), any case in the scheme and host (lowercased),
    /// spaces and non-ASCII characters in path, query or fragment (percent-encoded as UTF-8).
    /// Rejects: other schemes (`javascript:`, `data:`, `file:`, `vbscript:`, `mailto:` …),
    /// relative and scheme-relative URLs, a missing or malformed host, non-ASCII hosts (they
    /// would need IDNA conversion), user info (`https://bank.com@evil.example/` is a phishing
    /// trick), bad ports, backslashes, and any control or invisible formatting character
    /// (tabs, newlines, NUL, zero-width and bidi marks) anywhere inside.
    public static func validated(_ raw: String) -> LinkURL? {
        var text = raw
        return text.withUTF8 { validated(utf8: $0) }
    }

    static func validated(utf8 text: UnsafeBufferPointer<UInt8>) -> LinkURL? {
        guard let trimmed = trimmedRange(of: text), !containsForbiddenCharacter(text, in: trimmed) else { return nil }

        // Scheme: the text before the first ":", which must be "http" or "https" in any case.
        guard let colon = firstIndex(of: UInt8(ascii: ":"), in: text, trimmed),
            let scheme = httpScheme(text, trimmed.lowerBound..<colon)
        else { return nil }

        // "//", then the authority up to the first "/", "?" or "#".
        let authorityStart = colon + 3
        guard authorityStart <= trimmed.upperBound, text[colon + 1] == slash, text[colon + 2] == slash else { return nil }
        var authorityEnd = authorityStart
        while authorityEnd < trimmed.upperBound, !isAuthorityEnd(text[authorityEnd]) { authorityEnd += 1 }
        // A delimiter joined by a combining mark is not one ("/\u{301}"): the authority would
        // run on through it, and no host may contain it.
        guard !startsCombinedCharacter(text, at: authorityEnd, end: trimmed.upperBound) else { return nil }

        var href: [UInt8] = []
        href.reserveCapacity(trimmed.count + 16)
        href.append(contentsOf: scheme == .https ? httpsPrefix : httpPrefix)
        guard let hostKind = appendAuthority(text, authorityStart..<authorityEnd, scheme: scheme, to: &href) else {
            return nil
        }
        let rest = authorityEnd..<trimmed.upperBound
        if rest.isEmpty || text[rest.lowerBound] != slash { href.append(slash) }
        appendPercentEncoded(text, rest, to: &href)

        let link = LinkURL(href: String(decoding: href, as: UTF8.self))
        // What the characters above cannot settle, Foundation's parser decides, as it always did:
        // whether a bracketed literal is an address, whether `xn--` labels are valid Punycode, and
        // whether a very long host (more than the 2,048 bytes Foundation reads as one) is a host.
        // Rare, so the common link costs no parse.
        if hostKind != .name || authorityEnd - authorityStart > 2048 {
            guard link.url != nil, let host = URLComponents(string: link.href)?.host, !host.isEmpty else { return nil }
        }
        return link
    }

    private static let slash = UInt8(ascii: "/")
    private static let httpPrefix = Array("http://".utf8)
    private static let httpsPrefix = Array("https://".utf8)

    private static func isAuthorityEnd(_ byte: UInt8) -> Bool {
        byte == slash || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }

    private static func firstIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] == byte { return index }
            index += 1
        }
        return nil
    }
}
