import Foundation
import SiteOutput

/// The theme's static files (stylesheet, favicon, robots.txt, _headers, …), copied to the
/// output root as they are.
struct PublicFiles {
    let folder: URL

    /// Relative paths of the regular files under the folder; symbolic links and hidden files are skipped.
    func relativePaths() throws(SiteBuildError) -> [String] {
        let root = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .publicFolder("\(folder.path): no such folder")
        }
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles])
        else { throw .publicFolder("\(folder.path): cannot list") }
        var paths: [String] = []
        let prefix = root.pathComponents.count
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
            paths.append(url.standardizedFileURL.pathComponents.dropFirst(prefix).joined(separator: "/"))
        }
        return paths.sorted()
    }

    func copy(_ relativePath: String, to output: OutputFolder) throws(SiteBuildError) -> AtomicFile.Outcome {
        let source = folder.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw .publicFolder("\(source.path): cannot read")
        }
        do {
            if relativePath == BuildManifest.fileName || relativePath.hasPrefix("orders/") {
                throw SiteBuildError.publicFolder("\(source.path): conflicts with the pages the tool writes")
            }
            return try AtomicFile.write(data, to: try output.file(relativePath: relativePath))
        } catch let error as SiteBuildError {
            throw error
        } catch {
            throw .output("\(error)")
        }
    }
}
