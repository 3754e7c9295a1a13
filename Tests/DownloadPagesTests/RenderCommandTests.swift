import Foundation
import TestSupport
import Testing

@Suite("download-pages render")
struct RenderCommandTests {
    @Test("prints exactly the rendered text, adding nothing, with partials and parents from --partials")
    func rendersExactly() throws {
        let folder = try TemporaryFolder([
            "page.mustache": "{{<layout}}{{$body}}{{#items}}{{> partials/item}}{{/items}}{{/body}}{{/layout}}",
            "theme/layout.mustache": "<ul>{{$body}}{{/body}}</ul>",
            "theme/partials/item.mustache": "<li>{{name}}</li>",
            "data.json": #"{"items": [{"name": "Libro & CD"}, {"name": "日本"}]}"#,
        ])
        let result = try CommandRun.runBlocking([
            "render", folder.path("page.mustache"), "--data", folder.path("data.json"), "--partials", folder.path("theme"),
        ])
        #expect(result.status == 0)
        #expect(result.output == "<ul><li>Libro &amp; CD</li><li>日本</li></ul>")
        #expect(result.error == "")
    }

    @Test("an unclosed section exits non-zero with file, line, column and a caret on standard error")
    func unclosedSection() throws {
        let folder = try TemporaryFolder([
            "order.mustache": "<h1>{{title}}</h1>\n<ul>\n  {{#lines}}\n  <li>{{name}}</li>\n</ul>\n",
            "data.json": "{}",
        ])
        let result = try CommandRun.runBlocking(["render", "order.mustache", "--data", "data.json"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.output == "")
        #expect(
            result.error == """
                error: order.mustache:3:3: section 'lines' opened here is never closed
                      {{#lines}}
                      ^

                """)
    }

    @Test("a missing partial renders as nothing with a warning; --strict makes it an error")
    func missingPartial() throws {
        let folder = try TemporaryFolder(["page.mustache": "a{{> nope}}b", "data.json": "{}"])
        let lenient = try CommandRun.runBlocking(["render", "page.mustache", "--data", "data.json"], in: folder.url)
        #expect(lenient.status == 0)
        #expect(lenient.output == "ab")
        #expect(lenient.error.contains("warning: page.mustache:1:2: partial 'nope' not found"))

        let strict = try CommandRun.runBlocking(["render", "page.mustache", "--data", "data.json", "--strict"], in: folder.url)
        #expect(strict.status != 0)
        #expect(strict.output == "")
        #expect(strict.error.contains("error: page.mustache:1:2: partial 'nope' not found"))
    }

    @Test("--strict reports a misspelt name with its position")
    func strictTypo() throws {
        let folder = try TemporaryFolder([
            "page.mustache": "<p>{{product.name}}</p>\n<p>{{prodcut.name}}</p>",
            "data.json": #"{"product": {"name": "Book"}}"#,
        ])
        let result = try CommandRun.runBlocking(["render", "page.mustache", "--data", "data.json", "--strict"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.error.contains("page.mustache:2:4: 'prodcut.name' resolves to nothing in the context (strict mode)"))
    }

    @Test("unreadable files and invalid JSON are reported by path")
    func badInputs() throws {
        let folder = try TemporaryFolder(["page.mustache": "x", "bad.json": "{\"a\": "])
        let noTemplate = try CommandRun.runBlocking(["render", "missing.mustache", "--data", "bad.json"], in: folder.url)
        #expect(noTemplate.status != 0)
        #expect(noTemplate.error.contains("missing.mustache: cannot read: no such file"))

        let badJSON = try CommandRun.runBlocking(["render", "page.mustache", "--data", "bad.json"], in: folder.url)
        #expect(badJSON.status != 0)
        #expect(badJSON.error.contains("bad.json: not valid JSON: line 1, column 7: unexpected end of the text"), "\(badJSON.error)")
    }
}
