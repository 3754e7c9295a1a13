import Testing

@testable import DigitalDownloads

@Suite struct LinkURLTests {
    @Test(arguments: [
        ("https://www.my-website.com/download/my-book.pdf", "https://www.my-website.com/download/my-book.pdf"),
        ("http://example.com/a?b=c#d", "http://example.com/a?b=c#d"),
        ("HTTPS://Example.COM/Path/File.PDF", "https://example.com/Path/File.PDF"),
        ("HtTp://example.com", "http://example.com/"),
        ("  \n https://example.com/x \t ", "https://example.com/x"),
        ("https://example.com?x=1", "https://example.com/?x=1"),
        ("https://example.com:443/x", "https://example.com/x"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
        ("https://[2001:db8::1]:8443/x", "https://[2001:db8::1]:8443/x"),
        ("https://example.com/my file.pdf", "https://example.com/my%20file.pdf"),
        ("https://example.com/più.pdf", "https://example.com/pi%C3%B9.pdf"),
        ("https://example.com/%E6%9D%B1.zip", "https://example.com/%E6%9D%B1.zip"),
        ("https://example.com/a\"b<c>'d", "https://example.com/a%22b%3Cc%3E%27d"),
        ("https://example.com/100%", "https://example.com/100%25"),
    ])
    func acceptsAndNormalisesHTTPLinks(raw: String, expected: String) throws {
        let link = try #require(LinkURL.validated(raw))
        #expect(link.href == expected)
        #expect(link.url?.absoluteString == expected)
    }

    /// Each printable ASCII byte in a path, one at a time: RFC 3986's unreserved and sub-delimiter
    /// characters (and `:/?@`) stay as they are, every other one is written as `%XX`.
    @Test func everyPrintableASCIIByteInAPathIsKeptOrEncodedAsTheRFCSays() throws {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?@!$&()*+,;=".utf8)
        // Forbidden anywhere (`\`), or with a meaning of its own: the fragment mark, an escape.
        let special = Set("\\#%".utf8)
        for byte in UInt8(0x20)..<0x7F where !special.contains(byte) {
            let character = String(UnicodeScalar(byte))
            let link = try #require(LinkURL.validated("https://example.com/a" + character + "b"), "byte \(byte)")
            let expected = kept.contains(byte) ? character : "%" + String(byte, radix: 16, uppercase: true)
            #expect(link.href == "https://example.com/a" + expected + "b", "byte \(byte) (\(character))")
        }
        // A second `#` is not a fragment mark; `%` that starts no escape is encoded.
        #expect(LinkURL.validated("https://example.com/a#b#c%zz%4a")?.href == "https://example.com/a#b%23c%25zz%4a")
    }

    @Test(arguments: [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "\tjavascript:alert(document.cookie)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "mailto:someone@example.com",
        "ftp://example.com/file",
        "https:example.com/path",
        "https:/example.com/path",
        "https://",
        "https:///path",
        "https://:443/",
        "//evil.example/x",
        "/download/my-book.pdf",
        "download/my-book.pdf",
        "",
        "   ",
        "https://example.com/a\nb",
        "https://example.com/a\rb",
        "https://example.com/a\tb",
        "https://example.com/\u{0}",
        "https://example.com/\u{7F}",
        "https://exa\u{200B}mple.com/",
        "https://example.com/\u{202E}fdp.exe",
        "https://exa mple.com/",
        "https://bank.example@evil.example/",
        "https://user:pass@example.com/",
        "https://example.com:99999/",
        "https://example.com:abc/",
        "https:\\\\evil.example\\x",
        "https://ex<ample.com/",
        "https://例え.jp/",
        "ｊavascript:alert(1)",
    ])
    func rejectsEverythingElse(raw: String) {
        #expect(LinkURL.validated(raw) == nil)
    }

    @Test func assetDataExposesTheValidatedLink() {
        let safe = AssetData(filename: "f", url: " HTTPS://Files.Example/f.pdf ")
        #expect(safe.link?.href == "https://files.example/f.pdf")
        let unsafe = AssetData(filename: "f", url: "javascript:alert(1)")
        #expect(unsafe.link == nil)
    }
}
