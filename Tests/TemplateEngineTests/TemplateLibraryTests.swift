import Foundation
import Testing

@testable import TemplateEngine

/// A temporary folder of template files, removed when the test ends.
struct TemplateFolder: ~Copyable {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite("Template library")
struct TemplateLibraryTests {
    @Test("a template's name is its path relative to the folder, without the extension")
    func namesFromPaths() throws {
        let folder = try TemplateFolder([
            "order.mustache": "{{<layout}}{{$body}}{{#lines}}{{> partials/line}}{{/lines}}{{/body}}{{/layout}}",
            "layout.mustache": "<main>{{$body}}{{/body}}</main>",
            "partials/line.mustache": "<li>{{name}}{{#assets}}{{> partials/assets/asset}}{{/assets}}</li>",
            "partials/assets/asset.mustache": "[{{filename}}]",
            "README.md": "not a template",
            "notes.txt": "{{ignored",
        ])
        let library = try TemplateLibrary(folder: folder.url)
        #expect(library.names == ["layout", "order", "partials/assets/asset", "partials/line"])
        let context: TemplateValue = ["lines": [["name": "Book", "assets": [["filename": "book.pdf"]]]]]
        #expect(try library.render("order", context).output == "<main><li>Book[book.pdf]</li></main>")
    }

    @Test("a syntax error in a partial names the partial and the chain of inclusions")
    func errorThroughPartials() throws {
        let folder = try TemplateFolder([
            "order.mustache": "<h1>{{title}}</h1>\n<ul>\n  {{#lines}}{{> partials/line}}{{/lines}}\n</ul>",
            "partials/line.mustache": "<li>\n  {{> partials/asset}}\n</li>",
            "partials/asset.mustache": "<a href=\"{{url}}\">\n  {{filename</a>",
        ])
        let library = try TemplateLibrary(folder: folder.url)
        let error = #expect(throws: TemplateError.self) { try library.render("order", [:]) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(
            diagnostic.description == """
                partials/asset.mustache:2:3: unclosed tag: '{{' opened here has no matching '}}'
                      {{filename</a>
                      ^
                  included from partials/line.mustache:2:3
                  included from order.mustache:3:13
                """)
    }

    @Test("a broken template the page does not use does not stop it, but validate() finds it")
    func unrelatedBrokenTemplate() throws {
        let library = TemplateLibrary(sources: ["page": "ok", "draft": "{{#x}}"])
        #expect(try library.render("page", [:]).output == "ok")
        #expect(throws: TemplateError.self) { try library.validate() }
    }

    @Test("asking for a template that does not exist lists the ones that do")
    func unknownTemplate() {
        let library = TemplateLibrary(sources: ["order": "", "layout": ""])
        #expect(throws: TemplateError.templateNotFound(name: "ordr", available: ["layout", "order"])) {
            try library.render("ordr", [:])
        }
    }

    @Test("a folder that does not exist is a clear error")
    func missingFolder() {
        #expect(throws: TemplateError.unreadable(path: "/nonexistent/themes", reason: "no such folder")) {
            try TemplateLibrary(folder: URL(fileURLWithPath: "/nonexistent/themes"))
        }
    }

    @Test("templates are compiled once: a later change to the file does not change the library")
    func compiledOnce() throws {
        let folder = try TemplateFolder(["page.mustache": "v1 {{x}}"])
        let library = try TemplateLibrary(folder: folder.url)
        try "v2 {{x}}".write(to: folder.url.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        #expect(try library.render("page", ["x": "!"]).output == "v1 !")
        #expect(try TemplateLibrary(folder: folder.url).render("page", ["x": "!"]).output == "v2 !")
    }
}

@Suite struct UnresolvedReferenceTests {
    @Test func everyMissingPartialAndParentIsListedWithItsPosition() {
        let library = TemplateLibrary(sources: [
            "page": "{{<layuot}}{{$body}}x{{/body}}{{/layuot}}",
            "list": "<ul>\n  {{> partials/itme}}\n  {{> present}}\n</ul>",
            "present": "ok",
        ])
        let found = library.unresolvedReferences().map(\.message)
        #expect(
            found == [
                "list:2:3: partial 'partials/itme' not found",
                "page:1:1: parent template 'layuot' not found",
            ])
    }
}
