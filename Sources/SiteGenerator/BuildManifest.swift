import DigitalDownloads
import Foundation
import SiteOutput

/// The files a build wrote, kept in the output folder so that pruning removes only the
/// tool's own files and nothing else someone put there, and what each page was made from, so
/// that the next build makes again only the pages whose inputs changed.
struct BuildManifest: Sendable, Equatable {
    static let fileName = ".download-pages-manifest.json"
    /// 1: pages as a list of ids; 2: each page with its ``PageRecord`` (see `BuildManifest+Format`).
    static let currentVersion = 2

    /// The pages the tool wrote, by order id.
    var pages: [String: PageRecord] = [:]
    /// Paths of the public files copied, relative to the output root.
    var publicFiles: Set<String> = []

    init() {}

    /// The folder of the pages, `orders/ID/index.html`, at the output's root.
    static let pagesFolder = "orders"
    static func pagePath(_ id: String) -> String { "\(pagesFolder)/\(id)/\(SiteBuilder.pageFileName)" }

    /// The previous build's manifest; an unreadable one counts as empty, so nothing is pruned on a guess.
    static func load(from folder: OutputFolder) -> BuildManifest {
        // Entries are checked as they are read: only valid ids and clean relative paths count.
        guard let url = try? folder.file([fileName]), let bytes = try? BoundedFile.readBytes(url, limit: Int.max),
            let manifest = try? BuildManifest(reading: bytes, acceptingPage: isValidPageID, acceptingPublicFile: isCleanRelativePath)
        else { return BuildManifest() }
        return manifest
    }

    static func isValidPageID(_ id: String) -> Bool { (try? OrderID(id)) != nil }

    static func isCleanRelativePath(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." } && !path.isEmpty
    }

    func save(to folder: OutputFolder) throws {
        try AtomicFile.write(encoded(), to: try folder.file([Self.fileName]))
    }
}
