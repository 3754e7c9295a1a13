import Foundation
import SiteOutput
import TestRandom
import Testing

@testable import SiteGenerator

/// The line reader of the manifest reads what the tool writes exactly as the full JSON reader
/// does, and gives up (leaving it to the JSON reader) rather than read anything else differently.
@Suite struct ManifestLinesTests {
    static func manifest(_ random: inout SplitMix, pages: Int) -> BuildManifest {
        var manifest = BuildManifest()
        let warnings = ["plain", "with \"quotes\" and \\ backslash", "line\nbreak", "tab\tand \u{1}", "é ✓ 🎵", ""]
        for index in 0..<random.below(4) { manifest.publicFiles.insert(["style.css", "img/a b.svg", "x\"y.txt", "f\(index)"][index]) }
        for index in 0..<pages {
            var hasher = ContentHasher()
            hasher.combine("\(index) \(random.next())")
            var record = PageRecord()
            if random.below(10) > 0 { record.inputs = hasher.finalize() }
            if random.below(10) > 0 {
                let size = Int64(random.below(3) == 0 ? 0 : random.below(1_000_000))
                let modified = random.below(5) == 0 ? Int64.max : Int64(1_700_000_000_000_000_000 + random.below(1_000_000_000))
                record.file = FileStamp(size: size, modified: modified)
            }
            if random.below(8) == 0 { record.warnings = (0...random.below(2)).map { _ in warnings[random.below(warnings.count)] } }
            let id = ["order\(index)", "A-\(index)_b", "\(index)"][random.below(3)]
            manifest.pages[id] = record
        }
        return manifest
    }

    @Test func whatTheToolWritesIsReadByLinesAsByJSON() throws {
        var random = SplitMix(seed: 42)
        for round in 0..<200 {
            let manifest = Self.manifest(&random, pages: round == 0 ? 0 : random.below(40))
            let bytes = manifest.encoded()
            let lines = try #require(
                BuildManifest.readingLines(bytes, acceptingPage: { _ in true }, acceptingPublicFile: { _ in true }), "round \(round)")
            #expect(lines == manifest, "round \(round)")
            #expect(try BuildManifest(parsingJSON: bytes) == manifest)
            // The checks drop the same entries on both paths.
            let accepts: (String) -> Bool = { !$0.hasPrefix("A") && !$0.contains(" ") }
            let checkedLines = BuildManifest.readingLines(bytes, acceptingPage: accepts, acceptingPublicFile: accepts)
            #expect(checkedLines == (try BuildManifest(parsingJSON: bytes, acceptingPage: accepts, acceptingPublicFile: accepts)))
        }
    }

    /// Random edits of written manifests: the line reader either gives up or agrees with the JSON reader.
    @Test func editedManifestsAreReadAsJSONReadsThemOrLeftToIt() throws {
        var random = SplitMix(seed: 7)
        let alphabet = Array(#"{}[],:"\ 0123456789abcdefxn-"#.utf8) + [0x0A, 0x00, 0xC3]
        var agreed = 0
        var declined = 0
        for round in 0..<3_000 {
            var bytes = Self.manifest(&random, pages: 1 + random.below(6)).encoded()
            for _ in 0...random.below(3) {
                let position = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[position] = alphabet[random.below(alphabet.count)]
                case 1: bytes.insert(alphabet[random.below(alphabet.count)], at: position)
                default: bytes.remove(at: position)
                }
            }
            let lines = BuildManifest.readingLines(bytes, acceptingPage: { _ in true }, acceptingPublicFile: { _ in true })
            guard let lines else {
                declined += 1
                continue
            }
            let json = try? BuildManifest(parsingJSON: bytes)
            #expect(json == lines, "round \(round): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            agreed += 1
        }
        // Both outcomes happen: small edits often keep the form, and often break it.
        #expect(agreed > 300 && declined > 300, "agreed \(agreed), declined \(declined)")
    }

    /// Two texts a review found the line reader read differently: a second "pages" spelled with
    /// an escape (the JSON reader takes the first member of a name), and warnings nested one level
    /// short of the limit on a line of their own but past it in the whole file.
    @Test func textsTheJSONReaderReadsOtherwiseAreLeftToIt() throws {
        let escapedPages = "{\"version\": 2,\n\"pag\\u0065s\": {\"aaaa\": {}}, \"publicFiles\": [],\n\"pages\": {\n\"bbbb\": {}\n}}\n"
        let escapedBytes = Array(escapedPages.utf8)
        #expect(BuildManifest.readingLines(escapedBytes, acceptingPage: { _ in true }, acceptingPublicFile: { _ in true }) == nil)
        #expect(try BuildManifest(reading: escapedBytes).pages.keys.sorted() == ["aaaa"])

        let nested = String(repeating: "[", count: 510) + String(repeating: "]", count: 510)
        let deep = "{\"version\": 2,\n\"publicFiles\": [],\n\"pages\": {\n\"cccc\": {\"warnings\": \(nested)}\n}}\n"
        let deepBytes = Array(deep.utf8)
        #expect((try? BuildManifest(parsingJSON: deepBytes)) == nil)
        #expect(BuildManifest.readingLines(deepBytes, acceptingPage: { _ in true }, acceptingPublicFile: { _ in true }) == nil)
    }
}
