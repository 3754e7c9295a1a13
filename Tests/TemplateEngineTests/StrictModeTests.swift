import Testing

@testable import TemplateEngine

@Suite("Strict mode and warnings")
struct StrictModeTests {
    let context: TemplateValue = ["product": ["name": "Book", "variant": nil], "lines": [["name": "A"]]]

    @Test("outside strict mode a misspelt name renders as nothing")
    func lenientByDefault() throws {
        let template = try Template("[{{prodcut.name}}]", name: "order", file: "order.mustache")
        #expect(try template.render(context).output == "[]")
    }

    @Test("in strict mode a name that resolves to nothing is an error with its position")
    func strictNamesTypo() throws {
        let template = try Template("<h1>\n  {{prodcut.name}} {{product.nmae}}\n</h1>", name: "order", file: "order.mustache")
        let error = #expect(throws: TemplateError.self) {
            try template.render(context, options: RenderOptions(strict: true))
        }
        let diagnostics = error?.diagnostics ?? []
        #expect(
            diagnostics.map(\.message) == [
                "order.mustache:2:3: 'prodcut.name' resolves to nothing in the context (strict mode)",
                "order.mustache:2:20: 'product.nmae' resolves to nothing in the context (strict mode)",
            ])
        #expect(diagnostics.first?.description.contains("\n      {{prodcut.name}} {{product.nmae}}\n      ^") == true)
    }

    @Test("strict mode accepts null values, sections and the implicit iterator")
    func strictAcceptsPresentValues() throws {
        let template = try Template("{{product.name}}{{^product.variant}}-{{/product.variant}}{{#lines}}{{name}}{{.}}{{/lines}}")
        #expect(try template.render(context, options: RenderOptions(strict: true)).output == "Book-A")
    }

    @Test("a missing partial renders as nothing but is reported with where it was included")
    func missingPartialWarns() throws {
        let library = TemplateLibrary(sources: ["page": "<p>\n  {{> partials/asset}}\n</p>"])
        let rendering = try library.render("page", [:])
        #expect(rendering.output == "<p>\n</p>")
        #expect(rendering.warnings.map(\.message) == ["page:2:3: partial 'partials/asset' not found"])
    }

    @Test("in strict mode a missing partial or parent is an error")
    func missingPartialStrict() throws {
        let library = TemplateLibrary(sources: ["page": "{{>nope}}{{<layout}}{{/layout}}"])
        let error = #expect(throws: TemplateError.self) {
            try library.render("page", [:], options: RenderOptions(strict: true))
        }
        #expect(
            error?.diagnostics.map(\.message) == [
                "page:1:1: partial 'nope' not found",
                "page:1:10: parent template 'layout' not found",
            ])
    }

    @Test("a missing name inside a partial names the partial and the chain that included it")
    func strictInsidePartial() throws {
        let library = TemplateLibrary(sources: [
            "order": "Order\n{{#lines}}\n  {{> line}}\n{{/lines}}",
            "line": "<li>{{nmae}}</li>\n",
        ])
        let error = #expect(throws: TemplateError.self) {
            try library.render("order", context, options: RenderOptions(strict: true))
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.message == "line:1:5: 'nmae' resolves to nothing in the context (strict mode)")
        #expect(diagnostic.includedFrom.map(\.description) == ["order:3:3"])
        #expect(diagnostic.description.hasSuffix("  included from order:3:3"))
    }
}
