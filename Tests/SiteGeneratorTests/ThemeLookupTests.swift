import DigitalDownloads
import Foundation
import SampleOrders
import TestSupport
import Testing

@testable import SiteGenerator

/// The built-in theme travels inside the tool, and a theme folder overrides it file by file.
@Suite("Theme lookup")
struct ThemeLookupTests {
    /// Every file of a folder, by `/`-separated relative path (hidden files left out).
    func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.pathComponents.count
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[url.standardizedFileURL.pathComponents.dropFirst(root).joined(separator: "/")] = try Data(contentsOf: url)
        }
        return files
    }

    @Test("the embedded theme and sample orders are exactly the repository's Templates/, Public/ and samples")
    func embeddedCopiesEqualTheFolders() throws {
        #expect(ThemeFileSet.builtIn.templateFiles == (try files(in: Repository.templates)))
        #expect(ThemeFileSet.builtIn.publicFiles == (try files(in: Repository.publicFolder)))
        let samples = try files(in: Repository.sampleOrders)
        #expect(SampleOrders.responses == Dictionary(uniqueKeysWithValues: samples.map { (String($0.key.dropLast(5)), $0.value) }))
        #expect(ThemeFileSet.builtIn.templateFiles["order.mustache"] != nil)
        #expect(SampleOrders.responses.count == SampleID.all.count)
    }

    @Test("a user's file beats the built-in one of the same path; every other file comes from the built-in theme")
    func userFileBeatsBuiltIn() async throws {
        let scratch = try Scratch()
        let templates = scratch.url.appendingPathComponent("my-theme")
        let publicFolder = scratch.url.appendingPathComponent("my-public")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: publicFolder, withIntermediateDirectories: true)
        try Data(#"<li class="my-asset">{{filename}}</li>"#.utf8)
            .write(to: templates.appendingPathComponent("partials/asset.mustache"))
        try Data("body { color: rebeccapurple; }\n".utf8).write(to: publicFolder.appendingPathComponent("style.css"))

        let summary = try await scratch.build([SampleID.apiDocExample]) {
            $0.templates = templates
            $0.publicFolder = publicFolder
        }
        #expect(summary.built == 1)
        let page = try scratch.page(SampleID.apiDocExample)
        #expect(try page.texts("//li[@class='my-asset']") == ["My new book", "My new book - part 2"], "the user's partial")
        #expect(try page.text("//h1") != nil, "the built-in layout and order page")
        #expect(try String(contentsOf: scratch.output.appendingPathComponent("style.css"), encoding: .utf8).contains("rebeccapurple"))
        let robots = try Data(contentsOf: scratch.output.appendingPathComponent("robots.txt"))
        #expect(robots == ThemeFileSet.builtIn.publicFiles["robots.txt"], "the built-in public file")
    }

    @Test("with no folders at all, the built-in theme builds the site")
    func builtInAlone() async throws {
        let scratch = try Scratch()
        let summary = try await scratch.build(SampleID.all) {
            $0.templates = nil
            $0.publicFolder = nil
        }
        #expect(summary.built == SampleID.all.count)
        for path in ThemeFileSet.builtIn.publicFiles.keys {
            #expect(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent(path).path))
        }
    }

    @Test("a broken user template is reported with its path and nothing is written")
    func brokenUserTemplate() async throws {
        let scratch = try Scratch()
        let templates = scratch.url.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("{{#order.lines}}\n".utf8).write(to: templates.appendingPathComponent("order.mustache"))
        await #expect {
            try await scratch.build([SampleID.apiDocExample]) { $0.templates = templates }
        } throws: { error in
            "\(error)".contains("order.mustache:1:1")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.output.path))
    }

    @Test("a templates folder that is given but missing is an error naming it")
    func missingFolder() {
        #expect {
            try Theme(templatesFolder: URL(fileURLWithPath: "/no/such/theme"), publicFolder: nil)
        } throws: { error in
            "\(error)" == "the theme cannot be used:\n/no/such/theme: cannot read: no such folder"
        }
    }

    @Test("the summary line says which folders are in use")
    func summaryLine() {
        #expect(
            Theme.summary(templatesFolder: URL(fileURLWithPath: "/shop/Templates"), publicFolder: nil)
                == "theme: templates from /shop/Templates over the built-in theme; built-in public files")
    }
}
