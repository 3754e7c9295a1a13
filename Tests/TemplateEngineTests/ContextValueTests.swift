import Foundation
import Testing

@testable import TemplateEngine

@Suite("Context values")
struct ContextValueTests {
    @Test(
        "any JSON value can be the root of the context",
        arguments: [
            (#""hello""#, "hello|hello"),
            ("42", "42|42"),
            ("[1, 2, 3]", "|123"),
            ("null", "|"),
            ("false", "false|"),
            (#"{"x": 1}"#, "|1"),
        ])
    func anyJSONRoot(json: String, expected: String) throws {
        let template = try Template("{{.}}|{{#.}}{{x}}{{^x}}{{.}}{{/x}}{{/.}}")
        #expect(try template.render(TemplateValue(json: Data(json.utf8))).output == expected)
    }

    @Test("invalid JSON is an error that says so")
    func invalidJSON() {
        #expect(throws: TemplateError.self) { try TemplateValue(json: Data("{nope".utf8)) }
        do {
            _ = try TemplateValue(json: Data("{nope".utf8))
        } catch {
            #expect(error.description.contains("not valid JSON"))
        }
    }

    @Test(
        "invalid JSON is located by line and column",
        arguments: [
            ("{\"a\": 1,\n \"b\": x}", "not valid JSON: line 2, column 7: unexpected character 'x'"),
            ("{\"a\": ", "not valid JSON: line 1, column 7: unexpected end of the text"),
            ("[1 2]", "not valid JSON: line 1, column 4: unexpected character '2'"),
            ("{\"é\": \"ü\" \"x\"}", "not valid JSON: line 1, column 11: unexpected character '\"'"),
            ("[01]", "not valid JSON: line 1, column 3: unexpected character '1'"),
            ("\"tab\there\"", "not valid JSON: line 1, column 5: unexpected byte 0x9"),
        ])
    func invalidJSONPosition(text: String, message: String) {
        #expect(throws: TemplateError.invalidData(reason: message)) { try TemplateValue(json: Data(text.utf8)) }
    }

    @Test("valid JSON nested deeper than the decoder allows says so, not that it is invalid")
    func nestedTooDeep() throws {
        let depth = JSONTextCheck.maximumDepth
        let deepest = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try TemplateValue(json: Data(deepest.utf8)) }
        let tooDeep = "\n" + String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(
            throws: TemplateError.invalidData(
                reason: "nested too deep: more than 512 arrays and objects inside one another, from line 2, column 513")
        ) { try TemplateValue(json: Data(tooDeep.utf8)) }
    }

    @Test(
        "the scanner accepts what the decoder accepts",
        arguments: [#"{"a": [1, -2.5e+3, true, false, null, "\u00e9\n"]}"#, " 0 ", "[]", "[1, 2,]"])
    func scannerAgrees(text: String) throws {
        _ = try TemplateValue(json: Data(text.utf8))
        #expect(JSONTextCheck.problem(in: Array(text.utf8)) == nil)
    }

    @Test("Swift values convert without JSON: strings, numbers, optionals, arrays, dictionaries")
    func swiftValues() throws {
        let tags: [String] = ["books", "paper"]
        let variant: String? = nil
        let context: TemplateValue = .object([
            "name": "Book".templateValue, "count": 3.templateValue, "price": 9.5.templateValue,
            "tags": tags.templateValue, "variant": variant.templateValue, "meta": ["k": "v"].templateValue,
        ])
        let template = try Template("{{name}} {{count}} {{price}} {{#tags}}<{{.}}>{{/tags}} {{^variant}}none{{/variant}} {{meta.k}}")
        #expect(try template.render(context).output == "Book 3 9.5 <books><paper> none v")
    }

    @Test("Encodable Swift values convert by way of their JSON form")
    func encodableValues() throws {
        struct Line: Encodable {
            let name: String
            let quantity: Int
        }
        let value = try TemplateValue(encoding: ["lines": [Line(name: "A", quantity: 2), Line(name: "B", quantity: 1)]])
        let template = try Template("{{#lines}}{{name}}×{{quantity}} {{/lines}}")
        #expect(try template.render(value).output == "A×2 B×1 ")
    }

    @Test("a lambda is called each time it is used and its result is rendered in the current context")
    func lambdas() throws {
        let counter = CallCounter()
        let context: TemplateValue = [
            "count": .lambda(Lambda { String(counter.next()) }),
            "bold": .lambda(Lambda { text in "<b>" + text + "</b>" }),
            "who": "you & me",
        ]
        let template = try Template("{{count}},{{count}} {{#bold}}hi {{who}}{{/bold}}")
        #expect(try template.render(context).output == "1,2 <b>hi you &amp; me</b>")
    }
}
