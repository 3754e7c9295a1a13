import Foundation

/// Reads a theme folder into memory: every regular, non-hidden file under it, by `/`-separated
/// relative path. Symbolic links are skipped, so a theme cannot pull in files from elsewhere.
enum ThemeFolderReader {
    enum Failure: Error, Sendable {
        case noSuchFolder
        case cannotList
        case cannotRead(URL)
    }

    static func files(in folder: URL) throws(Failure) -> [String: URL] {
        let root = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noSuchFolder
        }
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles])
        else { throw .cannotList }
        var files: [String: URL] = [:]
        let prefix = root.pathComponents.count
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
            files[url.standardizedFileURL.pathComponents.dropFirst(prefix).joined(separator: "/")] = url
        }
        return files
    }
}
