import Testing

@testable import TemplateEngine

/// A render remembers which template each fixed partial tag names (`Renderer.fixedPartials`);
/// these check that what it remembers is never another tag's partial.
@Suite("Partial lookups within a render")
struct PartialLookupTests {
    @Test("fixed partials included over and over, more tags than the render remembers, each give their own text")
    func manyFixedPartials() throws {
        // 24 tags, past the 16 a render remembers: the later ones are looked up every time.
        let count = 24
        var sources = ["page": (0..<count).map { "{{#items}}{{>p\($0)}}{{/items}}" }.joined(separator: "|")]
        for index in 0..<count { sources["p\(index)"] = "\(index):{{n}};" }
        let library = TemplateLibrary(sources: sources)
        let output = try library.render("page", ["items": [["n": 1], ["n": 2], ["n": 3]]]).output
        let expected = (0..<count).map { "\($0):1;\($0):2;\($0):3;" }.joined(separator: "|")
        #expect(output == expected)
    }

    @Test("a dynamic partial name is read again at every include")
    func dynamicPartialFollowsTheContext() throws {
        let library = TemplateLibrary(sources: [
            "page": "{{#items}}{{>*kind}}{{/items}}",
            "file": "[file {{n}}]",
            "link": "[link {{n}}]",
        ])
        let items: TemplateValue = ["items": [["kind": "file", "n": 1], ["kind": "link", "n": 2], ["kind": "file", "n": 3]]]
        #expect(try library.render("page", items).output == "[file 1][link 2][file 3]")
    }

    @Test("partial tags in lambda results, compiled and freed within the render, name their own partials")
    func partialsInLambdaResults() throws {
        // Each expansion compiles a new template whose tags are freed after it is rendered; a new
        // tag may then sit at a freed one's address, and must not be taken for it.
        let library = TemplateLibrary(sources: [
            "page": "{{#items}}{{#wrap}}x{{/wrap}}{{/items}}",
            "a": "A{{n}}",
            "b": "B{{n}}",
        ])
        let items: [TemplateValue] = (0..<40).map { index in
            let name = index % 3 == 0 ? "a" : "b"
            return ["n": .int(index), "wrap": .lambda(Lambda { (_: String) in "{{>\(name)}}" })]
        }
        let output = try library.render("page", ["items": .array(items)]).output
        let expected = (0..<40).map { ($0 % 3 == 0 ? "A" : "B") + "\($0)" }.joined()
        #expect(output == expected)
    }

    @Test("an indented standalone partial indents each of its lines, every time it is included")
    func indentedPartialRepeated() throws {
        let library = TemplateLibrary(sources: [
            "page": "<ul>\n{{#items}}\n  {{>item}}\n{{/items}}\n</ul>\n",
            "item": "<li>\n{{n}}\n</li>\n",
        ])
        let output = try library.render("page", ["items": [["n": 1], ["n": 2]]]).output
        #expect(output == "<ul>\n  <li>\n  1\n  </li>\n  <li>\n  2\n  </li>\n</ul>\n")
    }
}
