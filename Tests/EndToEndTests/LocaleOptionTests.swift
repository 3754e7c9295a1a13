import Foundation
import TestSupport
import Testing

/// `--locale` on the built executable: the pages' language, and a code the theme lacks refused.
@Suite("End to end: --locale")
struct LocaleOptionTests {
    func workFolder() throws -> URL {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("locale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        return work
    }

    func themeArguments() -> [String] {
        ["--templates", Repository.templates.path, "--public", Repository.publicFolder.path]
    }

    @Test("build --locale it writes Italian pages")
    func italianBuild() throws {
        let work = try workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try CommandRun.runBlocking(
            ["build", "--sample-orders", "--locale", "it", "--output", "out"] + themeArguments(), in: work)
        #expect(result.status == 0, "\(result.error)")
        let page = try String(
            contentsOf: work.appendingPathComponent("out/orders/\(SampleID.unicode)/index.html"), encoding: .utf8)
        #expect(page.contains(#"<html lang="it">"#))
        #expect(page.contains("1,2 GB"))
        #expect(page.contains("Articoli"))
    }

    @Test("an unknown --locale is refused before anything is written, listing the theme's", arguments: ["build", "preview"])
    func unknownLocale(command: String) throws {
        let work = try workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try CommandRun.runBlocking(
            [command, "--sample-orders", "--locale", "xx", "--output", "out"] + themeArguments(), in: work)
        #expect(result.status == 64)
        #expect(result.error.contains("unknown --locale 'xx'"))
        #expect(result.error.contains("de, en, es, fr, it"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }
}
