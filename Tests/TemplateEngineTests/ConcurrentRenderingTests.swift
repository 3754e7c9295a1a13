import Testing

@testable import TemplateEngine

@Suite("Compile once, render many")
struct ConcurrentRenderingTests {
    @Test("one compiled template renders from many tasks at once, each with its own data")
    func concurrentRendering() async throws {
        let library = TemplateLibrary(sources: [
            "page": "{{<layout}}{{$body}}{{#items}}{{> item}}{{/items}}{{/body}}{{/layout}}",
            "layout": "<main>{{$body}}{{/body}}</main>",
            "item": "<i>{{id}}:{{.}}</i>",
        ])
        let template = try library.compiled("page")
        let outputs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<200 {
                group.addTask {
                    let context: TemplateValue = ["id": .int(index), "items": ["a", "b"]]
                    return (index, try template.render(context, library: library).output)
                }
            }
            var outputs: [Int: String] = [:]
            for try await (index, output) in group { outputs[index] = output }
            return outputs
        }
        #expect(outputs.count == 200)
        for (index, output) in outputs {
            #expect(output == "<main><i>\(index):a</i><i>\(index):b</i></main>")
        }
    }
}
