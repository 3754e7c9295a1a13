import DigitalDownloads
import Foundation
import SiteGenerator
import TemplateEngine

/// What a batch of changed paths means for the site: only what depends on the change is redone.
///
/// - a template (`*.mustache`, or a folder of them) or a strings file (`strings/*.json`) → every
///   page is rendered again (pages that come out the same are not rewritten);
/// - a file of the public folder → that file is copied (or removed, if it was deleted);
/// - a saved response `ID.json` in the orders folder → that order's page (removed, when the file was deleted).
///
/// Paths under the output folder, hidden files and editors' temporary files are ignored.
struct RebuildPlan: Equatable, Sendable {
    var renderAll = false
    var orders: Set<OrderID> = []
    var removedOrders: Set<OrderID> = []
    /// Paths relative to the public folder; `""` is the whole folder.
    var publicPaths: Set<String> = []
    /// The changed paths that matter, as given, for the log.
    var reasons: [String] = []

    var isEmpty: Bool { !renderAll && orders.isEmpty && removedOrders.isEmpty && publicPaths.isEmpty }

    /// The folders watched, as the watcher reports paths under them (standardized, absolute).
    struct Folders: Sendable {
        var templates: String?
        var publicFolder: String?
        var orders: String?
        var output: String
    }

    init() {}

    init(changes: Set<String>, folders: Folders) {
        enum Kind { case templates, publicFolder, orders, output }
        var roots: [(String, Kind)] = [(folders.output, .output)]
        if let templates = folders.templates { roots.append((templates, .templates)) }
        if let publicFolder = folders.publicFolder { roots.append((publicFolder, .publicFolder)) }
        if let orders = folders.orders { roots.append((orders, .orders)) }
        // The most specific folder wins when folders are nested (a theme with its public folder inside).
        roots.sort { $0.0.count > $1.0.count }

        for path in changes.sorted() {
            guard let (root, kind) = roots.first(where: { path == $0.0 || path.hasPrefix($0.0 + "/") }) else { continue }
            let relative = path == root ? "" : String(path.dropFirst(root.count + 1))
            let components = relative.split(separator: "/").map(String.init)
            if components.contains(where: Self.isIgnoredName) { continue }
            switch kind {
            case .output:
                continue
            case .templates:
                // A template, the folder itself, or a new folder that may hold templates. (A deleted
                // folder is seen through its files, which are reported one by one.)
                let isTemplate = relative.hasSuffix(".\(TemplateLibrary.fileExtension)")
                let isStrings = components.first == ThemeStrings.folderName && relative.hasSuffix(".json")
                guard isTemplate || isStrings || relative.isEmpty || SiteFolder.kind(path) == .folder else { continue }
                renderAll = true
            case .publicFolder:
                publicPaths.insert(relative)
            case .orders:
                if relative.isEmpty {
                    renderAll = true
                } else if components.count == 1, relative.hasSuffix(".json"), let id = try? OrderID(String(relative.dropLast(5))) {
                    if SiteFolder.kind(path) == .file { orders.insert(id) } else { removedOrders.insert(id) }
                } else {
                    continue
                }
            }
            reasons.append(path)
        }
    }

    /// Hidden files and folders, and the temporary files editors write next to the real one.
    static func isIgnoredName(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix("#")
            || name == "4913"
    }
}
