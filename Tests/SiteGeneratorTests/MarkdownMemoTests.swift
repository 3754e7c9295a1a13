import MarkdownRendering
import Testing

@testable import SiteGenerator

/// The Markdown a build renders once for all its pages: the same HTML as cmark's, bounded in size.
@Suite("Markdown rendered once for many pages")
struct MarkdownMemoTests {
    let texts = [
        "# Thanks\n\nYour **files** are below.", "A [link](https://example.com/a?b=1&c=2) and `code`.", "", "<script>x</script>",
        "- one\n- two\n\n> quoted", "![[]()",
    ]

    @Test("gives exactly what cmark gives, first time and again, for each heading offset")
    func sameAsCmark() {
        let memo = MarkdownMemo(capacity: 64)
        for _ in 0..<3 {
            for text in texts {
                for offset in [0, 1, 5] {
                    #expect(memo.html(from: text, headingLevelOffset: offset) == Markdown.html(from: text, headingLevelOffset: offset))
                }
            }
        }
        // The offset is part of what is remembered: the same text at two offsets gives two pages.
        #expect(memo.html(from: "# T", headingLevelOffset: 0) == "<h1>T</h1>\n")
        #expect(memo.html(from: "# T", headingLevelOffset: 1) == "<h2>T</h2>\n")
    }

    @Test("texts Swift takes for equal (canonically equivalent) but cmark reads differently are two entries")
    func keyedByBytes() {
        let memo = MarkdownMemo(capacity: 64)
        let backticks = "`x`"
        let varia = "\u{1FEF}x\u{1FEF}"  // GREEK VARIA, canonically a backtick
        #expect(backticks == varia, "the pair this test is about")
        #expect(memo.html(from: backticks, headingLevelOffset: 0) == Markdown.html(from: backticks))
        #expect(memo.html(from: varia, headingLevelOffset: 0) == Markdown.html(from: varia))
        #expect(Markdown.html(from: backticks) != Markdown.html(from: varia))
        #expect(memo.html(from: "e\u{301}", headingLevelOffset: 0) == Markdown.html(from: "e\u{301}"))
        #expect(memo.html(from: "\u{E9}", headingLevelOffset: 0) == Markdown.html(from: "\u{E9}"))
    }

    @Test("a key equals another only with the same bytes and offset: same length is not enough")
    func keyEquality() {
        typealias Key = MarkdownMemo.Key
        let long = String(repeating: "Your files are below. ", count: 40)
        #expect(Key(text: long + "a", headingLevelOffset: 0) == Key(text: long + "a", headingLevelOffset: 0))
        #expect(Key(text: long + "a", headingLevelOffset: 0) != Key(text: long + "b", headingLevelOffset: 0))
        #expect(Key(text: "b" + long, headingLevelOffset: 0) != Key(text: "a" + long, headingLevelOffset: 0))
        #expect(Key(text: long, headingLevelOffset: 0) != Key(text: long, headingLevelOffset: 1))
        #expect(Key(text: "", headingLevelOffset: 0) == Key(text: "", headingLevelOffset: 0))
        #expect(Key(text: "", headingLevelOffset: 0) != Key(text: " ", headingLevelOffset: 0))
        #expect(Key(text: "`x`", headingLevelOffset: 0) != Key(text: "\u{1FEF}x\u{1FEF}", headingLevelOffset: 0))
    }

    @Test("many different texts keep at most its capacity, and still render right")
    func bounded() {
        let memo = MarkdownMemo(capacity: 4)
        for index in 0..<50 {
            let text = "Paragraph **\(index)**"
            #expect(memo.html(from: text, headingLevelOffset: 0) == "<p>Paragraph <strong>\(index)</strong></p>\n")
            #expect(memo.count <= 4)
        }
    }
}
