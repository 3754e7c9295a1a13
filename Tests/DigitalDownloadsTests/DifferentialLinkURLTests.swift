import Foundation
import TestRandom
import Testing

@testable import DigitalDownloads

/// The byte-level link check accepts and rejects exactly the texts the earlier check on
/// `Character`s and scalars did (kept as `ReferenceLinkURL`, which also made Foundation's `URL`
/// and `URLComponents` parse every result), and gives the same `href`s.
@Suite struct DifferentialLinkURLTests {
    static func check(_ raw: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let fast = LinkURL.validated(raw)?.href
        let reference = ReferenceLinkURL.validated(raw)?.href
        #expect(fast == reference, "\(raw.debugDescription)", sourceLocation: sourceLocation)
        return fast == reference
    }

    /// Pieces of URLs, good and bad, put together below.
    static let schemes = ["http", "https", "HTTPS", "hTtP", "ftp", "javascript", "h-ttp", "http+s", "", "1http", "httpsx"]
    static let separators = [":", "://", ":/", ":///", "://\u{301}", ":\u{301}//", ":/\u{301}/", "\u{301}://"]
    static let authorities = [
        "example.com", "Example.COM:443", "EXAMPLE.com:80", "a:8080", "a:", "a:0", "a:65535", "a:65536", "a:00080",
        "a:123456", "a:8x", "[::1]", "[::1]:8443", "[::1]:", "[::1]x", "[.]", "[:]", "[1:2]", "[zz]", "[]", "[::1",
        "[2001:DB8::1]", "[1.2.3.4]", "[::ffff:1.2.3.4]", "a@b", "user:pass@host", "-a", ".a", "_a", "a..b", "a-",
        "1.2.3.4", "999.1.1.1", "例え.jp", "a\u{301}", "a\u{301}:80", "", "a b", "a%41", "xn--bcher-kva.example",
        "a:\u{301}80", "[::1]\u{301}", "\u{0D4E}a", "a\u{0D4E}", "xn--zz", "XN--ZZ", "xn--a.com", "a.xn--zzzz.com", "xn--a1",
        "Xn--bcher-kva.example:8080", String(repeating: "a", count: 2049), String(repeating: "a", count: 2048),
    ]
    static let rests = [
        "", "/", "/x y", "?q=1", "#f", "#a#b", "/a?b#c#d", "/%", "/%4", "/%41", "/%zz", "/%4g", "/più", "/\u{301}",
        "\u{301}", "?\u{301}", "#\u{301}", "/'[]\"<>`{}|^", "/a\\b", "/\u{200B}", "/\u{A0}x", "/\u{3000}", "/\u{1F600}",
        "/\u{10FFFD}", "/\u{E000}", "/\u{FFFF}", "/\u{378}", "/~-._:@!$&()*+,;=", "/a\u{85}b", "/a\u{2028}b",
    ]
    static let surroundings = [
        "", " ", "\t\n", "\u{A0}", "\u{3000}", "\u{85}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{301}", "\u{FEFF}", "x",
    ]

    /// Every scheme, separator, authority and rest, with spaces or other characters around.
    @Test func combinationsOfPieces() {
        var failures = 0
        for scheme in Self.schemes {
            for separator in Self.separators {
                for authority in Self.authorities {
                    for rest in Self.rests {
                        if !Self.check(scheme + separator + authority + rest) { failures += 1 }
                        if failures > 20 { return }
                    }
                }
            }
        }
        var random = SplitMix(seed: 2026)
        for _ in 0..<5000 {
            func pick(_ pieces: [String]) -> String { pieces[Int(random.next() % UInt64(pieces.count))] }
            let raw =
                pick(Self.surroundings) + pick(Self.schemes) + pick(Self.separators) + pick(Self.authorities)
                + pick(Self.rests) + pick(Self.surroundings)
            if !Self.check(raw) { failures += 1 }
            if failures > 20 { return }
        }
    }

    /// One odd scalar put at every position of a few links, and a link with each scalar of the
    /// first planes and a sample of the rest on either side.
    @Test func everyPositionOfOddCharacters() {
        let links = ["https://Example.com:443/a b?c=d#e", "http://[::1]:80/", "HTTP://a.b"]
        let odd: [Unicode.Scalar] = [
            "\u{0}", "\t", "\n", "\r", " ", "\"", "#", "%", "'", "/", ":", "<", "?", "@", "[", "\\", "]", "`", "\u{7F}", "\u{85}",
            "\u{A0}", "\u{AD}", "\u{301}", "\u{600}", "\u{D4E}", "\u{1680}", "\u{200B}", "\u{200D}", "\u{2028}", "\u{202E}",
            "\u{3000}", "\u{FE0F}", "\u{FEFF}", "\u{FFFD}", "\u{1F1E6}", "\u{1F600}", "\u{E0001}", "\u{10FFFF}",
        ]
        var failures = 0
        for link in links {
            let scalars = Array(link.unicodeScalars)
            for position in 0...scalars.count {
                for scalar in odd {
                    var edited = String.UnicodeScalarView()
                    edited.append(contentsOf: scalars[..<position])
                    edited.append(scalar)
                    edited.append(contentsOf: scalars[position...])
                    if !Self.check(String(edited)) { failures += 1 }
                    if failures > 20 { return }
                }
            }
        }
        let stride = Swift.stride(from: 0, through: 0x10FFFF, by: 1).lazy.filter { $0 < 0x3400 || $0 % 97 == 0 }
        for value in stride {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = String(Character(scalar))
            if !Self.check(text + "https://a.b/" + text) || !Self.check("https://a.b/" + text + "x" + text) { failures += 1 }
            if failures > 20 { return }
        }
    }

    /// Trimming agrees with Foundation's `.whitespacesAndNewlines` on every scalar.
    @Test func whitespaceIsFoundationsOnEveryScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if LinkURL.isWhitespaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar) {
                disagreements.append(String(value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20))")
    }

    /// Random edits of valid links: scalars inserted, removed and replaced.
    @Test func randomEditsOfLinks() {
        let links = ["https://www.my-website.com/download/my-book.pdf", "http://example.com:8080/a?b=c#d", "https://[2001:db8::1]/x"]
        let alphabet =
            Array("aZ09:/?#[]@%.-_~ \t\\\"'<>".unicodeScalars) + ["\u{301}", "\u{A0}", "\u{200B}", "\u{E9}", "\u{1F600}", "\u{85}"]
        var random = SplitMix(seed: 12)
        var failures = 0
        for _ in 0..<20000 {
            var scalars = Array(links[Int(random.next() % UInt64(links.count))].unicodeScalars)
            for _ in 0...Int(random.next() % 3) {
                let position = Int(random.next() % UInt64(scalars.count + 1))
                let scalar = alphabet[Int(random.next() % UInt64(alphabet.count))]
                switch random.next() % 3 {
                case 0: scalars.insert(scalar, at: position)
                case 1: if position < scalars.count { scalars.remove(at: position) }
                default: if position < scalars.count { scalars[position] = scalar }
                }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            if !Self.check(String(text)) { failures += 1 }
            if failures > 20 { return }
        }
    }
}
