import PropertyBased
import Testing

@testable import TemplateEngine

/// Properties that must hold for any input, checked on random ones: escaping is safe, parsing
/// never crashes and points inside the text, rendering never crashes. Case counts stay moderate
/// so the suite stays fast.
@Suite("Properties")
struct PropertyTests {
    /// Pieces of template syntax, whole and broken, and characters that trouble parsers and HTML.
    static let fragments: [String] = [
        "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{a}}", "{{{a}}}", "{{&b}}", "{{a.b}}", "{{.}}", "{{!c}}",
        "{{>p}}", "{{>*n}}", "{{<p}}", "{{/p}}", "{{$b}}", "{{#l}}", "{{/l}}", "{{l}}", "{{=<% %>=}}", "<%a%>", "<%/a%>",
        "{{", "}}", "{", "}", "#", "^", "/", ">", "<", "$", "&", "=", "!", "*", ".", " ", "\n", "\r\n", "\t",
        "a", "b", "é", "e\u{301}", "日", "🎉", "\u{0}", "'", "\"",
    ]

    static let templateText = Gen<String?>.element(of: fragments).map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }

    static let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]

    @Test("escaped output never holds < > \" ' or NUL, and every & starts an entity")
    func escapingIsSafe() async throws {
        let characters = Gen.latin1.string(of: 0...60)
        await propertyCheck(count: 300, input: characters) { text in
            let template = try Template("{{v}}")
            for output in [escapeHTML(text), try template.render(["v": .string(text)]).output] {
                #expect(!output.contains(where: { "<>\"'\u{0}".contains($0) }))
                var rest = Substring(output)
                while let ampersand = rest.firstIndex(of: "&") {
                    let tail = rest[ampersand...]
                    #expect(Self.entities.contains(where: { tail.hasPrefix($0) }), "raw & in \(output.debugDescription)")
                    rest = rest[rest.index(after: ampersand)...]
                }
            }
        }
    }

    @Test("parsing any text never crashes: it compiles, or every problem is located inside the text")
    func parsingLocatesProblemsInsideTheText() async {
        await propertyCheck(count: 400, input: Self.templateText) { text in
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self).count }
            let diagnostics = failure { () throws(TemplateError) in _ = try Template(text, name: "t", file: "t.mustache") }
            for diagnostic in diagnostics {
                let location = diagnostic.location
                #expect(location.file == "t.mustache")
                #expect((1...lines.count).contains(location.line), "\(diagnostic.message) in \(text.debugDescription)")
                guard (1...lines.count).contains(location.line) else { continue }
                #expect((1...(lines[location.line - 1] + 1)).contains(location.column), "\(diagnostic.message) in \(text.debugDescription)")
                #expect(diagnostic.sourceLine.count <= 2 * TemplateLimits.excerptContext + 2)
                #expect((1...(diagnostic.sourceLine.count + 1)).contains(diagnostic.caretColumn))
                _ = diagnostic.description
            }
        }
    }

    /// Values of every kind for the names the random templates use, lambdas among them (one
    /// returns its own section again, one returns text that does not parse).
    static let values: [TemplateValue] = [
        nil, true, false, "", "x<&>\u{0}'\"", 0, 1.5, [], [1, "two", nil], ["a": "inner", "b": [true, false]],
        .lambda(Lambda { (text: String) in text }), .lambda(Lambda { (text: String) in "{{#l}}" + text + "{{/l}}" }),
        .lambda(Lambda { () in "{{a}}{{" }), .lambda(Lambda { () in "{{l}}" }), "p", "missing",
    ]

    static let context = Gen.int(in: 0...(values.count - 1)).array(of: 5).map { picks -> TemplateValue in
        let names = ["a", "b", "l", "n", "c"]
        return .object(TemplateObject(Array(zip(names, picks.map { Self.values[$0] }))))
    }

    static let library = TemplateLibrary(sources: [
        "p": "[{{#a}}{{>p}}{{/a}}{{$b}}default{{/b}}]", "q": "{{<p}}{{$b}}{{l}}{{/b}}{{/p}}",
    ])

    @Test("rendering any compiled template with any data, strict or lenient, never crashes, even on a small stack")
    func renderingNeverCrashes() async {
        await propertyCheck(count: 200, input: Self.templateText, Self.context) { text, context in
            guard let template = try? Template(text, name: "t") else { return }
            for strict in [false, true] {
                let options = RenderOptions(strict: strict)
                let outcome = onSmallStack { () -> Result<Rendering, TemplateError> in
                    Result { () throws(TemplateError) in try template.render(context, library: Self.library, options: options) }
                }
                if case .failure(let error) = outcome {
                    #expect(!error.diagnostics.isEmpty)
                    #expect(error.description.utf8.count < 100_000)
                }
            }
        }
    }
}
