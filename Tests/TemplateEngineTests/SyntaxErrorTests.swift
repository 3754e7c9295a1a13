import Testing

@testable import TemplateEngine

@Suite("Syntax errors")
struct SyntaxErrorTests {
    func diagnostics(_ text: String) -> [TemplateDiagnostic] {
        do {
            _ = try Template(text, name: "order", file: "order.mustache")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test("an unclosed section is reported at its opening tag, not at the end of the file")
    func unclosedSection() {
        let found = diagnostics("<ul>\n{{#order}}\n  {{#lines}}\n    <li>{{name}}</li>\n{{/order}}\n</ul>\n")
        #expect(found.map(\.message) == ["order.mustache:3:3: section 'lines' opened here is never closed"])
        #expect(
            found.first?.description == """
                order.mustache:3:3: section 'lines' opened here is never closed
                      {{#lines}}
                      ^
                """)
    }

    @Test("a closing tag with the wrong name says what it closes and where that opened")
    func mismatchedClose() {
        let found = diagnostics("\n\n\n\n\n\n\n  {{#lines}}\n  <li>{{name}}</li>\n  {{/line}}\n")
        #expect(
            found.map(\.message) == [
                "order.mustache:10:3: '{{/line}}' closes 'lines' opened at 8:3; a section must close with its own name"
            ])
    }

    @Test("an unclosed tag is reported where it opens, and parsing goes on to find later errors")
    func unclosedTagThenMore() {
        let found = diagnostics("<li>{{name</li>\n<p>{{#a}}</p>\n{{/b}}\n")
        #expect(
            found.map(\.message) == [
                "order.mustache:1:5: unclosed tag: '{{' opened here has no matching '}}'",
                "order.mustache:3:1: '{{/b}}' closes 'a' opened at 2:4; a section must close with its own name",
            ])
    }

    @Test("every error in a template is collected, in order")
    func collectsEveryError() {
        let found = diagnostics("{{}}\n{{a b}}\n{{/x}}\n{{a..b}}\n{{{c}}\n{{#open}}\n")
        #expect(
            found.map(\.message) == [
                "order.mustache:1:1: empty tag: a tag needs a name",
                "order.mustache:2:1: invalid name 'a b': a name cannot contain whitespace",
                "order.mustache:3:1: '{{/x}}' closes nothing: no section is open here",
                "order.mustache:4:1: invalid name 'a..b': a dotted name needs a name between every two dots",
                "order.mustache:5:1: '{{{c' must close with '}}}'",
                "order.mustache:6:1: section 'open' opened here is never closed",
            ])
    }

    @Test(
        "bad delimiter changes are explained",
        arguments: [
            ("{{=<% %>}}", "it must end with '=}}'"),
            ("{{=<%=}}", "give exactly two delimiters separated by a space"),
            ("{{=<% %> x=}}", "give exactly two delimiters separated by a space"),
            ("{{=a= b=}}", "a delimiter may not contain '='"),
        ])
    func badDelimiters(text: String, reason: String) {
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("order.mustache:1:1: bad delimiter change") == true)
        #expect(found.first?.message.contains(reason) == true)
    }

    @Test("columns count characters, not bytes, and the caret lines up under tabs")
    func columnsInCharacters() {
        let found = diagnostics("città\t{{#perché}}")
        #expect(found.first?.location == SourceLocation(file: "order.mustache", line: 1, column: 7))
        #expect(found.first?.description.hasSuffix("    città\t{{#perché}}\n         \t^") == true)
    }

    @Test("errors after a delimiter change use the new delimiters")
    func errorsWithCustomDelimiters() {
        let found = diagnostics("{{=<% %>=}}\n<%#a%>\n<%/b%>")
        #expect(
            found.map(\.message) == [
                "order.mustache:3:1: '<%/b%>' closes 'a' opened at 2:1; a section must close with its own name"
            ])
    }

    @Test("blocks and parents are checked like sections")
    func inheritanceErrors() {
        let found = diagnostics("{{<layout}}\n{{$title}}x\n{{/layout}}")
        #expect(found.map(\.message) == ["order.mustache:2:1: block 'title' opened here is never closed"])
    }
}
