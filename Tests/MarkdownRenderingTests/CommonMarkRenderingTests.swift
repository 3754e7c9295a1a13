import MarkdownRendering
import Testing

@Suite("CommonMark rendering")
struct CommonMarkRenderingTests {
    @Test func emphasisAndStrong() {
        #expect(Markdown.html(from: "*soft* and **loud**") == "<p><em>soft</em> and <strong>loud</strong></p>\n")
    }

    @Test func link() {
        #expect(
            Markdown.html(from: "[your files](https://example.com/d/abc123)")
                == "<p><a href=\"https://example.com/d/abc123\">your files</a></p>\n"
        )
    }

    @Test func bulletList() {
        #expect(Markdown.html(from: "- one\n- two\n") == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n")
    }

    @Test func orderedList() {
        #expect(Markdown.html(from: "1. first\n2. second\n") == "<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n")
    }

    @Test func heading() {
        #expect(Markdown.html(from: "# Downloads") == "<h1>Downloads</h1>\n")
    }

    @Test func textIsEscaped() {
        #expect(Markdown.html(from: "a < b & c > d") == "<p>a &lt; b &amp; c &gt; d</p>\n")
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(Markdown.html(from: "") == "")
    }

    @Test(arguments: [
        ("Grazie per l'acquisto, è già pronto", "<p>Grazie per l’acquisto, è già pronto</p>\n"),
        ("ご購入ありがとうございます", "<p>ご購入ありがとうございます</p>\n"),
        ("Enjoy 🎉👩‍💻", "<p>Enjoy 🎉👩‍💻</p>\n"),
    ])
    func unicodeSurvives(input: String, expected: String) {
        #expect(Markdown.html(from: input) == expected)
    }
}

@Suite("Heading levels")
struct HeadingLevelTests {
    @Test("headings shift by the offset, never past h6, so merchant text fits under the page's h1")
    func shiftsHeadings() {
        let html = Markdown.html(from: "# One\n\n## Two\n\n###### Six\n\nText", headingLevelOffset: 1)
        #expect(html == "<h2>One</h2>\n<h3>Two</h3>\n<h6>Six</h6>\n<p>Text</p>\n")
        #expect(Markdown.html(from: "# One") == "<h1>One</h1>\n")
    }
}
