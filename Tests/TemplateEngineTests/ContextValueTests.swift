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
