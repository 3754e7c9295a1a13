import PropertyBased
import Testing

@testable import TemplateEngine

/// The renderer writes UTF-8 bytes: its escaping, numbers and indentation must be byte for byte
/// what the string renderer it replaced wrote. The oracles here are that renderer's code.
@Suite("Byte output")
struct ByteOutputTests {
    /// The string escaping the byte escaping replaced, kept as the oracle.
    static func referenceEscape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\u{0}": output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static let awkward = Gen<String?>.element(of: ["&", "<", ">", "\"", "'", "\u{0}", "a", "é", "e\u{301}", "日", "🎉", "\n", "?", "@", "~"])
        .map { $0 ?? "" }.array(of: 0...50).map { $0.joined() }

    @Test("escaping on bytes equals escaping on characters, for any text")
    func escapingMatchesReference() async {
        await propertyCheck(count: 400, input: Self.awkward) { text in
            #expect(escapeHTML(text) == Self.referenceEscape(text))
            let rendered = try Template("[{{v}}|{{{v}}}]").render(["v": .string(text)])
            #expect(rendered.output == "[" + Self.referenceEscape(text) + "|" + text + "]")
            #expect(rendered.bytes == Array(rendered.output.utf8))
        }
    }

    @Test("a long value with one character to escape at each end and in the middle")
    func escapingRunsAtTheEdges() {
        let middle = String(repeating: "x", count: 1000)
        #expect(escapeHTML("<" + middle + "&" + middle + ">") == "&lt;" + middle + "&amp;" + middle + "&gt;")
    }

    @Test(
        "integers are written as String(_:) writes them", arguments: [0, 1, -1, 9, 10, -10, 99, 100, 1201, Int.max, Int.min, Int.min + 1])
    func integers(value: Int) throws {
        #expect(try Template("{{n}}").render(["n": .int(value)]).output == String(value))
    }

    @Test("random integers are written as String(_:) writes them")
    func randomIntegers() async {
        await propertyCheck(count: 300, input: Gen.int()) { value in
            let output = try Template("<{{n}}>").render(["n": .int(value)]).output
            #expect(output == "<\(value)>")
        }
    }

    @Test("rendering into a buffer appends to what it holds, and returns the warnings")
    func renderingIntoABuffer() throws {
        let template = try Template("{{>missing}}Hi {{name}}!\n")
        var buffer = Array("already here|".utf8)
        let warnings = try template.render(["name": "<you>"], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "already here|Hi &lt;you&gt;!\n")
        #expect(warnings.map(\.message) == (try template.render(["name": "x"]).warnings.map(\.message)))
        #expect(warnings.count == 1)
    }

    @Test("a page far larger than the first buffer grows it without losing bytes")
    func largeOutput() throws {
        let items: [TemplateValue] = (0..<5000).map { .string("item \($0) & more") }
        let rendering = try Template("{{#items}}<li>{{.}}</li>\n{{/items}}").render(["items": .array(items)])
        let expected = (0..<5000).map { "<li>item \($0) &amp; more</li>\n" }.joined()
        #expect(rendering.output == expected)
    }

    @Test("indentation of nested standalone partials and blocks is inserted at each line start")
    func nestedIndentation() throws {
        let library = TemplateLibrary(sources: [
            "page": "<ul>\n  {{#items}}\n  {{>item}}\n  {{/items}}\n</ul>\n",
            "item": "<li>\n  {{>inner}}\n</li>\n",
            "inner": "{{name}}\nline two\n{{$b}}block\ntext{{/b}}\n",
        ])
        let output = try library.render("page", ["items": [["name": "a\nb"], ["name": "c"]]]).output
        let expected = """
            <ul>
              <li>
                a
            b
                line two
                block
                text
              </li>
              <li>
                c
                line two
                block
                text
              </li>
            </ul>

            """
        #expect(output == expected)
    }

    @Test("a lambda's result inside an indented partial is not indented, and is escaped as a value")
    func lambdaInsideIndentedPartial() throws {
        let library = TemplateLibrary(sources: ["page": "  {{>p}}\n", "p": "x{{l}}\ny\n"])
        let lambda = Lambda { "<a>\n{{v}}" }
        let output = try library.render("page", ["l": .lambda(lambda), "v": "&"]).output
        #expect(output == "  x&lt;a&gt;\n&amp;amp;\n  y\n")
    }
}
