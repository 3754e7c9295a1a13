import Testing

@testable import TemplateEngine

@Suite("Recursion bound")
struct RecursionTests {
    @Test("a partial that includes itself without end stops with a clear error, not a crash")
    func infinitePartialRecursion() throws {
        let library = TemplateLibrary(sources: ["loop": "x{{> loop}}", "page": "start {{> loop}}"])
        let error = #expect(throws: TemplateError.self) { try library.render("page", [:]) }
        let message = try #require(error?.diagnostics.first?.message)
        #expect(message.contains("partials nest deeper than 100 levels"))
        #expect(message.contains("loop > loop"))
    }

    @Test("branching recursion is cut at the limit at once instead of running exponentially")
    func branchingRecursion() throws {
        let library = TemplateLibrary(sources: ["tree": "{{> tree}}{{> tree}}{{> tree}}"])
        #expect(throws: TemplateError.self) { try library.render("tree", [:]) }
    }

    @Test("mutual recursion through parents is bounded too")
    func parentRecursion() throws {
        let library = TemplateLibrary(sources: ["a": "{{<b}}{{/b}}", "b": "{{<a}}{{/a}}"])
        #expect(throws: TemplateError.self) { try library.render("a", [:]) }
    }

    @Test("recursion that ends with the data is fine, up to the configured depth")
    func boundedRecursion() throws {
        let library = TemplateLibrary(sources: ["node": "{{name}}{{#child}}({{> node}}){{/child}}"])
        var tree: TemplateValue = ["name": "leaf", "child": nil]  // without "child", the parent's would be found
        for level in 0..<20 { tree = ["name": .string("n\(level)"), "child": tree] }
        let output = try library.render("node", tree).output
        #expect(output.hasPrefix("n19(n18("))
        #expect(output.hasSuffix("(leaf)" + String(repeating: ")", count: 19)))
        #expect(throws: TemplateError.self) {
            try library.render("node", tree, options: RenderOptions(maximumDepth: 10))
        }
    }
}
