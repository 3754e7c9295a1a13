import Testing

@testable import TemplateEngine

/// What an error report shows stays bounded: a window of a long line around each problem, and
/// the first problems of many. (Sizes, not timings, are asserted: quadratic output showed as size.)
@Suite("Diagnostic size")
struct DiagnosticSizeTests {
    static func error(_ text: String) -> TemplateError? {
        do {
            _ = try Template(text, name: "page", file: "page.mustache")
            return nil
        } catch {
            return error
        }
    }

    static let context = TemplateLimits.excerptContext

    @Test("10,000 unclosed sections on one line: every problem is kept, each shows a bounded window, the report stays small")
    func tenThousandUnclosedSections() throws {
        let error = try #require(Self.error(String(repeating: "{{#a}}", count: 10_000)))
        let diagnostics = error.diagnostics
        #expect(diagnostics.count == 10_001)  // each unclosed section, and the nesting bound
        for diagnostic in diagnostics {
            #expect(diagnostic.sourceLine.count <= 2 * Self.context + 2)
            let caret = diagnostic.sourceLine.index(diagnostic.sourceLine.startIndex, offsetBy: diagnostic.caretColumn - 1)
            #expect(diagnostic.sourceLine[caret...].hasPrefix("{{#a}}"))
        }
        let description = error.description
        #expect(description.utf8.count < 10_000)
        let shown = TemplateLimits.maximumDiagnosticsShown
        #expect(description.hasSuffix("… and \(10_001 - shown) more\n10001 errors"))
        #expect(description.split(separator: "\n").count == shown * 3 + 2)
    }

    @Test("a problem far into a long line shows the line around it, cut with … on both sides, the caret under the tag")
    func windowInTheMiddle() throws {
        let padding = String(repeating: "é", count: 1_000)
        let error = try #require(Self.error(padding + "{{#open}}" + padding))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location.column == 1_001)  // characters, not bytes
        let window = String(repeating: "é", count: Self.context)
        #expect(diagnostic.sourceLine == "…" + window + "{{#open}}" + String(repeating: "é", count: Self.context - 9) + "…")
        #expect(diagnostic.caretColumn == Self.context + 2)
        let lines = diagnostic.description.split(separator: "\n")
        #expect(lines[1] == "    " + diagnostic.sourceLine)
        #expect(lines[2] == "    " + String(repeating: " ", count: Self.context + 1) + "^")
    }

    @Test("columns on a long line with many problems are exact, past many checkpoints")
    func exactColumnsOnALongLine() throws {
        let unit = "日本{{/x}}"
        let error = try #require(Self.error(String(repeating: unit, count: 3_000)))
        let columns = error.diagnostics.map(\.location.column)
        #expect(columns == (0..<3_000).map { $0 * unit.count + 3 })
    }

    @Test("a short line is shown whole, as before")
    func shortLineWhole() throws {
        let error = try #require(Self.error("<p>{{#a}}</p>"))
        #expect(error.diagnostics.first?.sourceLine == "<p>{{#a}}</p>")
        #expect(error.diagnostics.first?.caretColumn == 4)
    }

    @Test("a diagnostic a caller makes with a whole long line is shown windowed too")
    func callerMadeDiagnostic() {
        let line = String(repeating: "a", count: 5_000) + "!" + String(repeating: "b", count: 5_000)
        let diagnostic = TemplateDiagnostic(
            problem: .emptyTag, location: SourceLocation(file: "f", line: 1, column: 5_001), sourceLine: line)
        let lines = diagnostic.description.split(separator: "\n")
        let window = String(repeating: "a", count: Self.context) + "!" + String(repeating: "b", count: Self.context - 1)
        #expect(lines[1] == "    …" + window + "…")
        #expect(lines[2] == "    " + String(repeating: " ", count: Self.context + 1) + "^")
    }

    @Test("a runaway inclusion shows the innermost inclusions and counts the rest, rather than one line per level")
    func longInclusionChain() throws {
        let library = TemplateLibrary(sources: ["loop": "x{{> loop}}"])
        let diagnostics = failure { () throws(TemplateError) in _ = try library.render("loop", [:]) }
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.includedFrom.count == 101)
        let lines = diagnostic.description.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("  included from ") }.count == 10)
        #expect(lines.last == "  … and 91 more inclusions")
    }
}
