import MarkdownRendering
import Testing

@Suite("Smart punctuation")
struct SmartPunctuationTests {
    @Test func doubleQuotesBecomeCurly() {
        #expect(Markdown.html(from: "\"quotes\"") == "<p>\u{201C}quotes\u{201D}</p>\n")
    }

    @Test func apostropheBecomesCurly() {
        #expect(Markdown.html(from: "it's") == "<p>it\u{2019}s</p>\n")
    }

    @Test func doubleHyphenBecomesEnDash() {
        #expect(Markdown.html(from: "pages 1--2") == "<p>pages 1\u{2013}2</p>\n")
    }

    @Test func tripleHyphenBecomesEmDash() {
        #expect(Markdown.html(from: "wait---what") == "<p>wait\u{2014}what</p>\n")
    }

    @Test func threeDotsBecomeEllipsis() {
        #expect(Markdown.html(from: "and so on...") == "<p>and so on\u{2026}</p>\n")
    }
}
