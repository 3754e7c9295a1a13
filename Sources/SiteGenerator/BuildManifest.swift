import DigitalDownloads
import Foundation
import SiteOutput

/// The files a build wrote, kept in the output folder so that pruning removes only the
/// tool's own files and nothing else someone put there.
struct BuildManifest: Codable, Sendable, Equatable {
    static let fileName = ".download-pages-manifest.json"

    var version = 1
    /// Order ids that have a page.
    var pages: Set<String> = []
    /// Paths of the public files copied, relative to the output root.
    var publicFiles: Set<String> = []

    static func pagePath(_ id: String) -> String { "orders/\(id)/index.html" }

    /// The previous build's manifest; an unreadable one counts as empty, so nothing is pruned on a guess.
    static func load(from folder: OutputFolder) -> BuildManifest {
        guard let url = try? folder.file([fileName]), let data = FileManager.default.contents(atPath: url.path),
            let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data)
        else { return BuildManifest() }
        // Entries are re-checked: only valid ids and clean relative paths count.
        var checked = BuildManifest()
        checked.pages = manifest.pages.filter { (try? OrderID($0)) != nil }
        checked.publicFiles = manifest.publicFiles.filter { path in
            !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." } && !path.isEmpty
        }
        return checked
    }

    func save(to folder: OutputFolder) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: try folder.file([Self.fileName]))
    }
}
