import DigitalDownloads
import Foundation
import SiteOutput

/// The small steps a preview takes when one file changes, instead of a whole build: one order's
/// page, one public file, a page whose saved response was deleted.
///
/// Each step reads and writes the build manifest, so steps must not run at the same time as each
/// other or as a `build` into the same folder (the preview runs them one after the other).
extension SiteBuilder {
    /// Re-renders only these orders' pages. The theme is loaded and checked first (a broken theme
    /// throws and nothing is written); public files are not copied; every other page stays as it
    /// is and stays in the manifest. A page whose bytes did not change is not rewritten.
    public func buildPages(_ ids: [OrderID]) async throws(SiteBuildError) -> BuildSummary {
        guard !ids.isEmpty else { return BuildSummary() }
        var configuration = self.configuration
        configuration.copiesPublicFiles = false
        configuration.prune = false
        let builder = SiteBuilder(
            configuration: configuration, source: source, uptime: uptime, events: events, flushFileSystem: flushFileSystem)
        return try await builder.build(ids)
    }

    /// Brings these paths of the public folder (relative to it, `/`-separated; `""` is the whole
    /// folder) up to date in the output: each public file under them (the folder's, else the
    /// built-in theme's) is copied, and files the tool copied earlier that the theme no longer has
    /// are removed. Files the tool did not copy are never removed.
    public func syncPublicFiles(_ paths: [String]) throws(SiteBuildError) -> PublicFilesUpdate {
        let theme = try configuration.loadTheme()
        let output = try openOutputFolder()
        var manifest = BuildManifest.load(from: output)
        let present = theme.publicFiles.keys.sorted()
        func covers(_ path: String, _ candidate: String) -> Bool {
            path.isEmpty || candidate == path || candidate.hasPrefix(path + "/")
        }
        var update = PublicFilesUpdate()
        var copied = Set<String>()
        for path in Set(paths) {
            for candidate in present where covers(path, candidate) && !copied.contains(candidate) {
                copied.insert(candidate)
                if try theme.copyPublicFile(candidate, to: output) != .unchanged { update.copied.append(candidate) }
                manifest.publicFiles.insert(candidate)
            }
            for candidate in manifest.publicFiles where covers(path, candidate) && theme.publicFiles[candidate] == nil {
                _ = try? output.remove(relativePath: candidate)
                manifest.publicFiles.remove(candidate)
                update.removed.append(candidate)
            }
        }
        update.copied.sort()
        update.removed.sort()
        try save(manifest, to: output)
        return update
    }

    /// Removes the pages of these orders, only where the manifest says the tool wrote them
    /// (a saved response deleted while a preview runs). Returns how many were removed.
    public func removePages(_ ids: [OrderID]) throws(SiteBuildError) -> Int {
        let output = try openOutputFolder()
        var manifest = BuildManifest.load(from: output)
        var removed = 0
        for id in ids where manifest.pages[id.rawValue] != nil {
            _ = try? output.remove(relativePath: BuildManifest.pagePath(id.rawValue))
            manifest.pages[id.rawValue] = nil
            removed += 1
        }
        if removed > 0 { try save(manifest, to: output) }
        return removed
    }

    private func save(_ manifest: BuildManifest, to output: OutputFolder) throws(SiteBuildError) {
        do {
            try manifest.save(to: output)
        } catch {
            throw .output("\(error)")
        }
    }
}
