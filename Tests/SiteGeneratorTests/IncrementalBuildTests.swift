import Foundation
import SiteOutput
import TestSupport
import Testing

@testable import SiteGenerator

/// A rebuild keeps every page whose inputs are unchanged without decoding, rendering or writing
/// it, and makes again exactly the pages a change reaches.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    static let ids = SampleID.all

    /// A scratch site with its own copy of the theme, built once.
    final class Site {
        let scratch: Scratch
        let templates: URL
        let publicFolder: URL

        init() async throws {
            scratch = try Scratch()
            templates = scratch.url.appendingPathComponent("Templates")
            publicFolder = scratch.url.appendingPathComponent("Public")
            try FileManager.default.copyItem(at: Repository.templates, to: templates)
            try FileManager.default.copyItem(at: Repository.publicFolder, to: publicFolder)
            let first = try await build()
            #expect(first.changed == IncrementalBuildTests.ids.count)
            #expect(first.reused == 0)
        }

        func build(_ configure: (inout SiteBuildConfiguration) -> Void = { _ in }) async throws -> BuildSummary {
            try await scratch.build(IncrementalBuildTests.ids) { configuration in
                configuration.templates = templates
                configuration.publicFolder = publicFolder
                configure(&configuration)
            }
        }

        func stamps() -> [String: FileStamp?] {
            Dictionary(uniqueKeysWithValues: IncrementalBuildTests.ids.map { ($0, FileStamp(of: scratch.pageURL($0))) })
        }

        func append(_ text: String, to file: URL) throws {
            let handle = try FileHandle(forWritingTo: file)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
    }

    @Test("nothing changed: every page is kept, none rendered or written, and the files keep their times")
    func nothingChanged() async throws {
        let site = try await Site()
        let before = site.stamps()
        let summary = try await site.build()
        #expect(summary.reused == Self.ids.count)
        #expect(summary.unchanged == Self.ids.count)
        #expect(summary.changed == 0)
        #expect(site.stamps() == before)
        #expect(summary.description.contains("(\(Self.ids.count) with unchanged inputs, not rendered)"))
    }

    @Test("--force renders every page again (and still writes none whose bytes are the same)")
    func forceRendersEverything() async throws {
        let site = try await Site()
        let summary = try await site.build { $0.reusesUnchangedPages = false }
        #expect(summary.reused == 0)
        #expect(summary.unchanged == Self.ids.count)
    }

    @Test("a changed order makes its page again, and only its page")
    func changedOrder() async throws {
        let site = try await Site()
        let body = try String(contentsOf: site.scratch.responses.appendingPathComponent("\(SampleID.apiDocExample).json"), encoding: .utf8)
        try site.scratch.saveResponse(body.replacingOccurrences(of: "1050", with: "1051"), id: SampleID.apiDocExample)
        let summary = try await site.build()
        #expect(summary.reused == Self.ids.count - 1)
        #expect(summary.changed == 1)
        #expect(try site.scratch.page(SampleID.apiDocExample).text("//body")?.contains("1051") == true)
        // And the next build keeps it too.
        #expect(try await site.build().reused == Self.ids.count)
    }

    @Test("a changed template makes every page again")
    func changedTemplate() async throws {
        let site = try await Site()
        try site.append("<!-- a new line -->\n", to: site.templates.appendingPathComponent("partials/line.mustache"))
        let summary = try await site.build()
        #expect(summary.reused == 0)
        // Every page whose order has a line shows the new text.
        #expect(summary.changed > 0)
        #expect(try String(contentsOf: site.scratch.pageURL(SampleID.apiDocExample), encoding: .utf8).contains("a new line"))
    }

    @Test("a changed strings file makes every page again")
    func changedStrings() async throws {
        let site = try await Site()
        let file = site.templates.appendingPathComponent("strings/en.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let footer = try #require(text.range(of: "\"footer\": \""))
        try (text[..<footer.upperBound] + "Changed. " + text[footer.upperBound...]).write(to: file, atomically: true, encoding: .utf8)
        let summary = try await site.build()
        #expect(summary.reused == 0)
        #expect(summary.changed == Self.ids.count)
    }

    @Test("a changed public file makes every page again: the theme is one input (the pages' bytes stay the same)")
    func changedPublicFile() async throws {
        let site = try await Site()
        try site.append("\n/* changed */\n", to: site.publicFolder.appendingPathComponent("style.css"))
        let summary = try await site.build()
        #expect(summary.reused == 0)
        #expect(summary.unchanged == Self.ids.count)
        #expect(try String(contentsOf: site.scratch.output.appendingPathComponent("style.css"), encoding: .utf8).contains("changed"))
        #expect(try await site.build().reused == Self.ids.count)
    }

    @Test("a changed locale, strictness or tool version makes every page again")
    func changedOptions() async throws {
        let site = try await Site()
        let italian = try await site.build { $0.locale = "it" }
        #expect(italian.reused == 0)
        #expect(italian.changed == Self.ids.count)
        #expect(try await site.build { $0.locale = "it" }.reused == Self.ids.count)
        let strict = try await site.build { configuration in
            configuration.locale = "it"
            configuration.strictTemplates = true
        }
        #expect(strict.reused == 0)
        let upgraded = try await site.build { configuration in
            configuration.locale = "it"
            configuration.strictTemplates = true
            configuration.toolIdentity = "download-pages/9"
        }
        #expect(upgraded.reused == 0)
    }

    @Test("a page edited, replaced or deleted by someone else is made again, whatever its inputs")
    func touchedPageFile() async throws {
        let site = try await Site()
        let edited = site.scratch.pageURL(SampleID.apiDocExample)
        let original = try Data(contentsOf: edited)
        try site.append("<!-- edited -->", to: edited)
        let deleted = site.scratch.pageURL(SampleID.unicode)
        try FileManager.default.removeItem(at: deleted)
        let retimed = site.scratch.pageURL(SampleID.markdown)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: retimed.path)

        let summary = try await site.build()
        #expect(summary.reused == Self.ids.count - 3)
        #expect(summary.changed == 2)  // the edited one and the deleted one; the re-timed one has the same bytes
        #expect(try Data(contentsOf: edited) == original)
        #expect(FileManager.default.fileExists(atPath: deleted.path))
    }

    @Test("a kept page repeats the warnings its making gave")
    func keptPageRepeatsWarnings() async throws {
        let site = try await Site()
        try site.scratch.saveResponse(
            #"""
            {"order": {"order_number": 1, "lines": [{"product": {"name": "Book"},
              "assets": [{"limits": {"downloaded": 0, "limit": 5}, "data": {"filename": "a.pdf", "url": "ftp://example.com/a.pdf"}}]}]}}
            """#,
            id: SampleID.noFiles)
        let made = try await site.build()
        let warning = try #require(made.warnings.first { $0.contains("ftp://") })
        let kept = try await site.build()
        #expect(kept.reused == Self.ids.count)
        #expect(kept.warnings.sorted() == made.warnings.sorted())  // pages finish in any order
        #expect(kept.warnings.contains(warning))
    }

    @Test("a manifest from before digests (version 1) makes every page again once, then keeps them")
    func versionOneManifest() async throws {
        let site = try await Site()
        let manifest = site.scratch.output.appendingPathComponent(BuildManifest.fileName)
        let old = #"{"version": 1, "pages": \#(Self.ids.map { "\"\($0)\"" }), "publicFiles": ["style.css"]}"#
        try Data(old.utf8).write(to: manifest)
        let summary = try await site.build()
        #expect(summary.reused == 0)
        #expect(summary.unchanged == Self.ids.count)
        #expect(try await site.build().reused == Self.ids.count)
        let saved = try BuildManifest(reading: Array(Data(contentsOf: manifest)))
        #expect(saved.pages.count == Self.ids.count)
        #expect(saved.pages.values.allSatisfy { $0.inputs != nil && $0.file != nil })
        #expect(String(decoding: try Data(contentsOf: manifest), as: UTF8.self).hasPrefix(#"{"version": 2,"#))
    }

    @Test("the manifest reads back what it wrote, warnings with quotes, newlines and control characters included")
    func manifestRoundTrip() throws {
        var manifest = BuildManifest()
        manifest.publicFiles = ["style.css", "a \"quoted\" name"]
        var hasher = ContentHasher()
        hasher.combine("x")
        manifest.pages["a1"] = PageRecord(
            inputs: hasher.finalize(), file: FileStamp(size: 12, modified: 1_764_088_000_123_456_789),
            warnings: ["line\nbreak \"quote\" back\\slash \u{1}\u{1F}", "é ✓"])
        manifest.pages["b2"] = PageRecord()
        manifest.pages["c3"] = PageRecord(inputs: nil, file: nil, warnings: ["only a warning"])
        #expect(try BuildManifest(reading: manifest.encoded()) == manifest)
        #expect(try BuildManifest(reading: BuildManifest().encoded()) == BuildManifest())
        // Damaged records are unknown, not trusted: a wrong type leaves the field nil.
        let damaged = #"{"version": 2, "pages": {"a1": {"inputs": 5, "size": "12", "modified": 3}, "b2": []}}"#
        let read = try BuildManifest(reading: Array(damaged.utf8))
        #expect(read.pages["a1"] == PageRecord())
        #expect(read.pages["b2"] == PageRecord())
    }

    @Test("a manifest's pages with ids that are not order ids, and public files outside the site, are dropped as it is read")
    func hostileManifestEntriesAreDropped() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root)
        let text = #"""
            {"version": 2, "publicFiles": ["style.css", "/etc/passwd", "../up.css", "a/./b.css", "", "img/logo.svg"],
            "pages": {"a1": {"size": 1, "modified": 2}, "../../etc": {}, "": {}, "two words": {}, "b2": {}}}
            """#
        try Data(text.utf8).write(to: root.appendingPathComponent(BuildManifest.fileName))
        let loaded = BuildManifest.load(from: folder)
        #expect(Set(loaded.pages.keys) == ["a1", "b2"])
        #expect(loaded.pages["a1"]?.file == FileStamp(size: 1, modified: 2))
        #expect(loaded.publicFiles == ["style.css", "img/logo.svg"])
        // Version 1 is checked the same way.
        let old = #"{"version": 1, "pages": ["a1", "../x", "b2"], "publicFiles": ["../y"]}"#
        try Data(old.utf8).write(to: root.appendingPathComponent(BuildManifest.fileName))
        #expect(Set(BuildManifest.load(from: folder).pages.keys) == ["a1", "b2"])
        #expect(BuildManifest.load(from: folder).publicFiles.isEmpty)
    }

    @Test("digests: length-prefixed parts, every byte counts, stable text form")
    func digests() throws {
        func digest(_ parts: [String]) -> ContentDigest {
            var hasher = ContentHasher()
            for part in parts { hasher.combine(part) }
            return hasher.finalize()
        }
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["abc"]) == digest(["abc"]))
        #expect(digest([""]) != digest([]))
        #expect(digest(["\u{0}"]) != digest([""]))
        // Each single-bit change of a 100-byte part changes the digest.
        let base = Array(repeating: UInt8(ascii: "x"), count: 100)
        var seen = Set<ContentDigest>()
        var baseHasher = ContentHasher()
        base.withUnsafeBytes { baseHasher.combine($0) }
        seen.insert(baseHasher.finalize())
        for index in base.indices {
            for bit in 0..<8 {
                var changed = base
                changed[index] ^= UInt8(1 << bit)
                var hasher = ContentHasher()
                changed.withUnsafeBytes { hasher.combine($0) }
                seen.insert(hasher.finalize())
            }
        }
        #expect(seen.count == 1 + 100 * 8)
        let value = digest(["page"])
        #expect(ContentDigest(hex: value.description) == value)
        #expect(value.description.count == 32)
        #expect(ContentDigest(hex: "not hex") == nil)
        #expect(ContentDigest(hex: String(repeating: "A", count: 32)) == nil)
    }
}
