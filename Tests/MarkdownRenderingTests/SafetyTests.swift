import MarkdownRendering
import Testing

@Suite("Safe mode")
struct SafetyTests {
    @Test func scriptBlockIsOmitted() {
        let html = Markdown.html(from: "<script>alert(1)</script>")
        #expect(html == "<!-- raw HTML omitted -->\n")
        #expect(!html.contains("<script"))
    }

    @Test func imageWithOnerrorBlockIsOmitted() {
        let html = Markdown.html(from: "<img src=x onerror=alert(1)>")
        #expect(html == "<!-- raw HTML omitted -->\n")
        #expect(!html.contains("onerror"))
    }

    @Test func inlineRawHTMLIsOmitted() {
        let html = Markdown.html(from: "Hi <img src=x onerror=alert(1)> there")
        #expect(html == "<p>Hi <!-- raw HTML omitted --> there</p>\n")
    }

    @Test(arguments: [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ])
    func unsafeLinkDestinationIsEmptied(destination: String) {
        #expect(Markdown.html(from: "[x](\(destination))") == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func unsafeImageSourceIsEmptied() {
        #expect(Markdown.html(from: "![x](javascript:alert(1))") == "<p><img src=\"\" alt=\"x\" /></p>\n")
    }

    @Test func dataImageSourceIsKept() {
        #expect(
            Markdown.html(from: "![dot](data:image/png;base64,iVBORw0KGgo=)")
                == "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n"
        )
    }

    @Test func quoteInLinkDestinationCannotBreakOutOfAttribute() {
        #expect(
            Markdown.html(from: "[x](<https://e.com/\" onmouseover=\"alert(1)>)")
                == "<p><a href=\"https://e.com/%22%20onmouseover=%22alert(1)\">x</a></p>\n"
        )
    }
}
