import Foundation

/// The link check as it was written before the byte-level `LinkURL` (on `Character`s and Unicode
/// scalars, Foundation's trimming and a final parse by `URL` and `URLComponents`), kept only as
/// the oracle of `DifferentialLinkURLTests`: the new check must accept and reject the same texts
/// and give the same `href`s.
struct ReferenceLinkURL: Sendable, Hashable, CustomStringConvertible {
    /// The normalised URL to write into the `href` (still needs HTML attribute escaping,
    /// though it contains no `"`, `'`, `<`, `>` or spaces).
    let href: String
    /// The same URL, parsed.
    let url: URL

    var description: String { href }

    /// The link for `raw`, or nil when it is not a plain absolute http(s) URL.
    ///
    /// Accepts: surrounding whitespace (trimmed), any case in the scheme and host (lowercased),
    /// spaces and non-ASCII characters in path, query or fragment (percent-encoded as UTF-8).
    /// Rejects: other schemes (`javascript:`, `data:`, `file:`, `vbscript:`, `mailto:` …),
    /// relative and scheme-relative URLs, a missing or malformed host, non-ASCII hosts (they
    /// would need IDNA conversion), user info (`https://bank.com@evil.example/` is a phishing
    /// trick), bad ports, backslashes, and any control or invisible formatting character
    /// (tabs, newlines, NUL, zero-width and bidi marks) anywhere inside.
    static func validated(_ raw: String) -> ReferenceLinkURL? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: isForbidden) else { return nil }

        // Scheme: the text before the first ":", which must come before any "/", "?" or "#".
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon]
        guard let first = scheme.unicodeScalars.first, isASCIILetter(first),
            scheme.unicodeScalars.allSatisfy({ isASCIILetter($0) || isASCIIDigit($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        let lowercasedScheme = scheme.lowercased()
        guard lowercasedScheme == "http" || lowercasedScheme == "https" else { return nil }

        let afterScheme = trimmed[trimmed.index(after: colon)...]
        guard afterScheme.hasPrefix("//") else { return nil }
        let authorityAndRest = afterScheme.dropFirst(2)
        let authorityEnd =
            authorityAndRest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" })
            ?? authorityAndRest.endIndex
        let authority = authorityAndRest[..<authorityEnd]
        let rest = authorityAndRest[authorityEnd...]

        guard let hostAndPort = normalizedAuthority(authority, scheme: lowercasedScheme) else { return nil }
        var path = percentEncoded(rest)
        if path.isEmpty || path.hasPrefix("?") || path.hasPrefix("#") { path = "/" + path }

        let href = "\(lowercasedScheme)://\(hostAndPort)\(path)"
        guard let url = URL(string: href),
            let components = URLComponents(string: href),
            let host = components.host, !host.isEmpty
        else { return nil }
        return ReferenceLinkURL(href: href, url: url)
    }

    // MARK: Authority

    /// "Example.COM:443" → "example.com" (default port dropped); nil if anything is off.
    private static func normalizedAuthority(_ authority: Substring, scheme: String) -> String? {
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        let host: Substring
        let portText: Substring?
        if authority.hasPrefix("[") {
            // IPv6 literal: "[2001:db8::1]" with an optional ":port" after it.
            guard let close = authority.firstIndex(of: "]") else { return nil }
            let literal = authority[authority.index(after: authority.startIndex)..<close]
            guard !literal.isEmpty,
                literal.unicodeScalars.allSatisfy({ isHexDigit($0) || $0 == ":" || $0 == "." })
            else { return nil }
            host = authority[...close]
            let afterHost = authority[authority.index(after: close)...]
            if afterHost.isEmpty {
                portText = nil
            } else {
                guard afterHost.hasPrefix(":") else { return nil }
                portText = afterHost.dropFirst()
            }
        } else {
            let parts = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            host = parts[0]
            portText = parts.count > 1 ? parts[1] : nil
            guard !host.isEmpty,
                host.unicodeScalars.allSatisfy({ isASCIILetter($0) || isASCIIDigit($0) || "-._".unicodeScalars.contains($0) }),
                host.unicodeScalars.contains(where: { isASCIILetter($0) || isASCIIDigit($0) }),
                !host.hasPrefix("."), !host.hasPrefix("-")
            else { return nil }
        }

        var port = ""
        if let portText, !portText.isEmpty {
            guard portText.count <= 5, portText.unicodeScalars.allSatisfy(isASCIIDigit),
                let number = Int(portText), (1...65535).contains(number)
            else { return nil }
            let isDefault = (scheme == "http" && number == 80) || (scheme == "https" && number == 443)
            if !isDefault { port = ":\(number)" }
        }
        return host.lowercased() + port
    }

    // MARK: Path, query and fragment

    /// Keeps RFC 3986 characters and valid "%XX" escapes; encodes the rest as UTF-8 "%XX",
    /// including `'`, `[`, `]`, a second `#`, and a stray `%`.
    private static func percentEncoded(_ text: Substring) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var inFragment = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%", index + 2 < scalars.count,
                isHexDigit(scalars[index + 1]), isHexDigit(scalars[index + 2])
            {
                result.unicodeScalars.append(contentsOf: scalars[index...(index + 2)])
                index += 3
                continue
            }
            if scalar == "#" && !inFragment {
                inFragment = true
                result.unicodeScalars.append(scalar)
            } else if isKeptInPath(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    result += "%" + hexByte(byte)
                }
            }
            index += 1
        }
        return result
    }

    private static func isKeptInPath(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || isASCIIDigit(scalar) || "-._~:/?@!$&()*+,;=".unicodeScalars.contains(scalar)
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    // MARK: Characters

    /// Control characters (C0, DEL, C1: tabs, newlines, NUL …), invisible format characters
    /// (zero-width, bidi overrides), line/paragraph separators, and backslashes, which browsers
    /// read as "/" in http URLs.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
            return true
        default:
            return scalar == "\\"
        }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIDigit(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }
}
