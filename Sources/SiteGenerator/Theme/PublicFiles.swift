import Foundation
import SiteOutput

extension Theme {
    /// Copies the public file at `path` to the same path under the output root (unchanged bytes
    /// are left alone). A path that would overwrite the tool's own files is refused.
    func copyPublicFile(_ path: String, to output: OutputFolder) throws(SiteBuildError) -> AtomicFile.Outcome {
        guard let file = publicFiles[path] else { throw .publicFolder("\(path): no such public file") }
        if path == BuildManifest.fileName || path == UnfinishedBuildMarker.fileName || path.hasPrefix("orders/") {
            throw .publicFolder("\(file.displayPath): conflicts with the pages the tool writes")
        }
        do {
            // Not flushed here: when asked to (SiteBuildConfiguration.flushesToDisk), a build
            // flushes them with the pages; syncPublicFiles, the preview's copy, never does.
            return try AtomicFile.write(file.bytes, to: try output.file(relativePath: path), durability: .deferred)
        } catch {
            throw .output("\(error)")
        }
    }
}
