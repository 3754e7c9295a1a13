import Testing

@testable import TemplateEngine

/// No template, however deeply it nests, may overflow the stack: the parser and the renderer
/// stop at ``TemplateLimits`` with an error at the tag one level too deep.
@Suite("Nesting bounds")
struct NestingLimitTests {
    static let limit = TemplateLimits.maximumNesting

    static func nested(_ open: String, _ close: String, _ count: Int, inner: String = "x") -> String {
        String(repeating: open, count: count) + inner + String(repeating: close, count: count)
    }

    /// Compiles and renders `text` on a 512 KB stack; the messages of the error, if any.
    static func messages(_ text: String, _ context: TemplateValue = [:], library: TemplateLibrary = TemplateLibrary()) -> [String] {
        onSmallStack {
            failure { () throws(TemplateError) in
                _ = try Template(text, name: "page", file: "page.mustache").render(context, library: library)
            }.map(\.message)
        }
    }

    static let tooDeep = "nested more than 100 levels deep"

    @Test(
        "thousands of nested sections, inverted sections, blocks and parents are a syntax error at the tag one too deep",
        arguments: ["{{#a}}", "{{^a}}", "{{$b}}", "{{<p}}", "{{#f}}"])
    func deepNestingIsASyntaxError(opening: String) {
        let closing = "{{/" + opening.dropFirst(3)
        for count in [Self.limit + 1, 3_000] {
            let found = Self.messages(Self.nested(opening, closing, count), ["a": true, "f": false])
            let column = Self.limit * opening.count + 1
            #expect(found == ["page.mustache:1:\(column): " + TemplateProblem.nestingTooDeep(limit: Self.limit).description])
        }
    }

    @Test("20,000 nested sections, as first seen crashing the release build")
    func twentyThousandSections() {
        let found = Self.messages(Self.nested("{{#a}}\n", "{{/a}}\n", 20_000), ["a": true])
        #expect(found == ["page.mustache:\(Self.limit + 1):1: " + TemplateProblem.nestingTooDeep(limit: Self.limit).description])
    }

    @Test("the deepest nesting allowed compiles and renders on a small stack", arguments: ["{{#a}}", "{{^f}}", "{{$b}}"])
    func deepestAllowedRenders(opening: String) {
        let closing = "{{/" + opening.dropFirst(3)
        let text = Self.nested(opening, closing, Self.limit)
        let output = onSmallStack { try? Template(text).render(["a": true, "f": false]).output }
        #expect(output == "x")
    }

    @Test("nesting continued through a partial is stopped while rendering, at the tag, with where it was included from")
    func nestingThroughPartials() throws {
        let half = Self.nested("{{#a}}", "{{/a}}", 60, inner: "{{>inner}}")
        let library = TemplateLibrary(sources: ["inner": Self.nested("{{#a}}", "{{/a}}", 60)])
        let diagnostic = onSmallStack {
            failure { () throws(TemplateError) in
                _ = try Template(half, name: "page", file: "page.mustache").render(["a": true], library: library)
            }.first
        }
        // 60 sections, the partial, then the 40th section inside it is the 101st level.
        #expect(diagnostic?.message == "inner:1:\(39 * 6 + 1): " + TemplateProblem.nestingTooDeep(limit: Self.limit).description)
        #expect(diagnostic?.includedFrom.map(\.description) == ["page.mustache:1:361"])
    }

    @Test("a partial that includes itself inside a section stops before the stack runs out, even on a small stack")
    func recursivePartialInSection() {
        let library = TemplateLibrary(sources: ["q": "{{#a}}{{>q}}{{/a}}"])
        let found = Self.messages("{{>q}}", ["a": true], library: library)
        #expect(found.count == 1)
        #expect(found.first?.contains(Self.tooDeep) == true)
    }

    @Test("a lambda whose result uses the lambda again is bounded, as a section and as a value")
    func selfReferentialLambdas() {
        let section: TemplateValue = ["l": .lambda(Lambda { (text: String) in "{{#l}}" + text + "{{/l}}" })]
        let value: TemplateValue = ["l": .lambda(Lambda { () in "{{l}}" })]
        for (text, context) in [("{{#l}}x{{/l}}", section), ("{{l}}", value)] {
            let found = Self.messages(text, context)
            #expect(found.count == 1)
            #expect(found.first?.hasPrefix("page.mustache (lambda result):1:1: " + Self.tooDeep) == true)
        }
    }

    @Test("a lambda's result nested inside deep sections counts toward the same bound")
    func lambdaResultInsideSections() {
        let context: TemplateValue = ["a": true, "l": .lambda(Lambda { (_: String) in Self.nested("{{#a}}", "{{/a}}", 30) })]
        let text = Self.nested("{{#a}}", "{{/a}}", 80, inner: "{{#l}}{{/l}}")
        let found = Self.messages(text, context)
        #expect(found.count == 1)
        #expect(found.first?.contains(Self.tooDeep) == true)
    }

    @Test("a partial depth above the nesting bound does not lift it")
    func maximumDepthCannotLiftTheBound() {
        let library = TemplateLibrary(sources: ["loop": "{{>loop}}"])
        let found = onSmallStack {
            failure { () throws(TemplateError) in
                _ = try library.render("loop", [:], options: RenderOptions(maximumDepth: 100_000))
            }.map(\.message)
        }
        #expect(found.count == 1)
        #expect(found.first?.contains(Self.tooDeep) == true)
    }
}
