import Foundation
import SiteGenerator
import TestSupport
import Testing

/// `init`, `check` and the theme lookup, run as a user runs them: the executable in a folder of
/// its own, with nothing of this repository around it.
@Suite("download-pages init and check")
struct ThemeCommandsTests {
    @Test("init writes the whole built-in theme, then refuses to overwrite any of it, listing the files; --force overwrites")
    func initWritesAndRefuses() throws {
        let folder = try TemporaryFolder()
        let first = try CommandRun.runBlocking(["init"], in: folder.url)
        #expect(first.status == 0)
        #expect(first.output.contains("download-pages preview --sample-orders"))
        let written = try String(contentsOfFile: folder.path("Templates/partials/asset.mustache"), encoding: .utf8)
        #expect(Data(written.utf8) == ThemeFileSet.builtIn.templateFiles["partials/asset.mustache"])
        #expect(FileManager.default.fileExists(atPath: folder.path("Public/style.css")))

        try "mine".write(toFile: folder.path("Public/style.css"), atomically: true, encoding: .utf8)
        let again = try CommandRun.runBlocking(["init"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.error.contains("would be overwritten"))
        #expect(again.error.contains("  Public/style.css\n"))
        #expect(again.error.contains("--force"))
        #expect(try String(contentsOfFile: folder.path("Public/style.css"), encoding: .utf8) == "mine", "nothing was written")

        let forced = try CommandRun.runBlocking(["init", "--force"], in: folder.url)
        #expect(forced.status == 0)
        #expect(
            try Data(contentsOf: folder.url.appendingPathComponent("Public/style.css")) == ThemeFileSet.builtIn.publicFiles["style.css"])
    }

    @Test("a build in a folder with one overridden partial shows the override and the rest of the built-in theme")
    func overrideOnePartial() throws {
        let folder = try TemporaryFolder([
            "Templates/partials/asset.mustache": #"<li class="custom-asset">{{filename}} ({{size}})</li>"#
        ])
        let result = try CommandRun.runBlocking(["build", "--sample-orders"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.error.hasPrefix(
                "theme: templates from \(folder.url.standardizedFileURL.path)/Templates over the built-in theme; built-in public files\n"))
        let page = try String(contentsOfFile: folder.path("site/orders/\(SampleID.apiDocExample)/index.html"), encoding: .utf8)
        #expect(page.contains(#"<li class="custom-asset">My new book (10 MB)</li>"#))
        #expect(page.contains(#"<h2 class="order-number">"#), "the built-in order page and layout")
        #expect(FileManager.default.fileExists(atPath: folder.path("site/style.css")))
    }

    @Test("check passes the built-in theme and fails a misspelt name, a missing partial and a missing public file, with positions")
    func checkFindsProblems() throws {
        let clean = try TemporaryFolder()
        let ok = try CommandRun.runBlocking(["check"], in: clean.url)
        #expect(ok.status == 0)
        #expect(
            ok.error.contains("theme OK: 4 templates, 55 sample pages rendered strictly in 5 locales (de, en, es, fr, it), 5 public files"))

        let broken = try TemporaryFolder([
            "Templates/partials/asset.mustache": "<li>\n  {{filenme}}\n  {{> partials/badge}}\n</li>",
            "Templates/layout.mustache": #"<link href="{{page.root}}theme.css">{{$content}}{{/content}}"#,
            "Templates/extra.mustache": "{{#open}}",
        ])
        let result = try CommandRun.runBlocking(["check"], in: broken.url)
        #expect(result.status == 1)
        #expect(result.error.contains("error: extra.mustache:1:1: section 'open' opened here is never closed"))
        #expect(result.error.contains("error: partials/asset.mustache:3:3: partial 'partials/badge' not found"))
        #expect(result.error.contains("error: partials/asset.mustache:2:3: 'filenme' resolves to nothing in the context (strict mode)"))
        #expect(result.error.contains("error: a page links ../../theme.css, but the theme has no public file theme.css"))
    }

    @Test("check: a strings key no locale defines fails with its position; a key a locale lacks is a warning; --locale checks one")
    func checkStrings() throws {
        let folder = try TemporaryFolder([
            "Templates/partials/asset.mustache": "<li>{{filename}} {{strings.download_now}}</li>",
            "Templates/strings/it.json": #"{"items_heading": "Prodotti"}"#,
        ])
        let result = try CommandRun.runBlocking(["check"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.error.contains(
                "error: partials/asset.mustache:1:18: 'strings.download_now' resolves to nothing in the context (strict mode)"))
        #expect(!result.error.contains("warning: strings/it.json has no 'items_heading'"), "the theme's it.json overrides one key")
        #expect(result.error.contains("5 locales (de, en, es, fr, it)"))

        let italian = try TemporaryFolder(["Templates/strings/xx.json": #"{"items_heading": "Items, in xx"}"#])
        let one = try CommandRun.runBlocking(["check", "--locale", "xx"], in: italian.url)
        #expect(one.status == 0, "warnings do not fail")
        #expect(one.error.contains("warning: strings/xx.json has no 'footer': the pages show the English words"))
        #expect(one.error.contains("rendered strictly in 1 locale (xx)"))
        let unknown = try CommandRun.runBlocking(["check", "--locale", "nl"], in: italian.url)
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("unknown --locale 'nl': the theme has strings for de, en, es, fr, it, xx"))
    }
}
