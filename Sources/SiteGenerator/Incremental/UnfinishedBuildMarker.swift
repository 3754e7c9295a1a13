import Foundation
import SiteOutput

/// A file a build keeps in the output folder while it writes: a build that finds one knows the
/// previous one was killed, and only then walks the whole output for the temporary files a
/// killed write leaves. (Walking 100,000 page folders on every build would cost more than a
/// rebuild where nothing changed.)
enum UnfinishedBuildMarker {
    static let fileName = ".download-pages-unfinished"

    /// Sweeps the temporary files of a killed build, if the marker says there was one, then sets
    /// the marker for this build.
    static func begin(in output: OutputFolder) throws(SiteBuildError) {
        let marker = try url(in: output)
        if FileManager.default.fileExists(atPath: marker.path) {
            AtomicFile.sweepTemporaryFiles(in: output.root)
        }
        do {
            // Flushed: after a power cut the next build must still know to sweep.
            try AtomicFile.write(Data("a download-pages build is writing to this folder, or was killed while it did\n".utf8), to: marker)
        } catch {
            throw .output("\(error)")
        }
    }

    /// The build is over and left no temporary file behind.
    static func end(in output: OutputFolder) {
        guard let marker = try? url(in: output) else { return }
        unlink(marker.path)
    }

    private static func url(in output: OutputFolder) throws(SiteBuildError) -> URL {
        do {
            return try output.file([fileName])
        } catch {
            throw .output("\(error)")
        }
    }
}
