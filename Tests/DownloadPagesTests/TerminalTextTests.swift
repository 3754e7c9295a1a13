import Foundation
import Testing

@testable import DownloadPages

/// A hostile order cannot rewrite the operator's terminal, nor flood a CI log.
@Suite struct TerminalTextTests {
    @Test func controlCharactersNeverReachTheTerminal() {
        let hostile = "book\u{1B}[31mRED\u{1B}]0;pwned\u{07}\u{1B}[2J\u{0}end\u{202E}txt"
        let shown = TerminalText.safe(hostile)
        #expect(!shown.unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(shown == "book\u{FFFD}[31mRED\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}[2J\u{FFFD}end\u{FFFD}txt")
        #expect(TerminalText.message("line one\nline\u{1B}two") == "line one\nline\u{FFFD}two", "a message keeps its lines")
    }

    @Test func longValuesAreCut() {
        let huge = String(repeating: "x", count: 1_000_000)
        let shown = TerminalText.safe(huge)
        #expect(shown.count == TerminalText.maximumLineLength)
        #expect(shown.hasSuffix("…"))
        #expect(TerminalText.message("a\n" + huge).split(separator: "\n").map(\.count) == [1, TerminalText.maximumLineLength])
    }
}
