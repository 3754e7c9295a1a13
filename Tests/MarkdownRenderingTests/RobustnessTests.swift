import MarkdownRendering
import Testing

@Suite("Odd input")
struct RobustnessTests {
    @Test func invalidUTF8IsReplacedNotPassedThrough() {
        // Swift repairs invalid bytes when decoding; the result must still render.
        let input = String(decoding: [0x61, 0xFF, 0xFE, 0x62] as [UInt8], as: UTF8.self)
        #expect(Markdown.html(from: input) == "<p>a\u{FFFD}\u{FFFD}b</p>\n")
    }

    @Test func embeddedNULIsReplacedAndDoesNotTruncate() {
        #expect(Markdown.html(from: "a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func whitespaceOnlyGivesEmptyOutput() {
        #expect(Markdown.html(from: " \n\t\n  ") == "")
    }

    /// Inputs known to stress Markdown parsers (deep nesting, unmatched
    /// delimiters), given as a unit repeated `count` times to keep test logs short.
    @Test(arguments: [
        (">", 10_000),
        ("- ", 2_000),
        ("[", 10_000),
        ("](", 10_000),
        ("*", 10_000),
        ("_a", 10_000),
        ("`", 10_000),
        ("<a ", 5_000),
        ("&#", 10_000),
    ])
    func pathologicalInputRenders(unit: String, count: Int) {
        let input = String(repeating: unit, count: count) + "x"
        #expect(Markdown.html(from: input).hasSuffix("\n"))
    }

    @Test(arguments: [
        "**unclosed *mixed _markers `code",
        "[dangling][nowhere]",
        "]]][[[((()))",
        "<!--",
        "```\nunterminated fence",
    ])
    func malformedInputRenders(input: String) {
        #expect(!Markdown.html(from: input).isEmpty)
    }
}
