import DigitalDownloads
import Foundation
import SiteOutput

/// The files a build wrote, kept in the output folder so that pruning removes only the
/// tool's own files and nothing else someone put there, and what each page was made from, so
/// that the next build makes again only the pages whose inputs changed.
struct BuildManifest: Codable, Sendable, Equatable {
    static let fileName = ".download-pages-manifest.json"
    /// 1: pages as a list of ids; 2: each page with its ``PageRecord``.
    static let currentVersion = 2

    var version = currentVersion
    /// The pages the tool wrote, by order id.
    var pages: [String: PageRecord] = [:]
    /// Paths of the public files copied, relative to the output root.
    var publicFiles: Set<String> = []

    init() {}

    static func pagePath(_ id: String) -> String { "orders/\(id)/index.html" }

    private enum CodingKeys: String, CodingKey {
        case version, pages, publicFiles
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        publicFiles = try container.decodeIfPresent(Set<String>.self, forKey: .publicFiles) ?? []
        if version >= 2 {
            pages = try container.decodeIfPresent([String: PageRecord].self, forKey: .pages) ?? [:]
        } else {
            // Version 1 knew which pages were the tool's, not what they were made from.
            let ids = try container.decodeIfPresent([String].self, forKey: .pages) ?? []
            pages = Dictionary(ids.map { ($0, PageRecord()) }, uniquingKeysWith: { first, _ in first })
        }
        version = Self.currentVersion
    }

    /// The previous build's manifest; an unreadable one counts as empty, so nothing is pruned on a guess.
    static func load(from folder: OutputFolder) -> BuildManifest {
        guard let url = try? folder.file([fileName]), let data = FileManager.default.contents(atPath: url.path),
            let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data)
        else { return BuildManifest() }
        // Entries are re-checked: only valid ids and clean relative paths count.
        var checked = BuildManifest()
        checked.pages = manifest.pages.filter { (try? OrderID($0.key)) != nil }
        checked.publicFiles = manifest.publicFiles.filter { path in
            !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." } && !path.isEmpty
        }
        return checked
    }

    func save(to folder: OutputFolder) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: try folder.file([Self.fileName]))
    }
}
