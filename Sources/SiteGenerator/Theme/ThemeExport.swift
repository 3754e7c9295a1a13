import Foundation
import SiteOutput

/// The built-in theme written out as folders to start customising: `Templates/` (templates and
/// strings files) and `Public/`, the folders a build then picks up by itself.
public struct ThemeExport: Sendable {
    public static let templatesFolderName = "Templates"
    public static let publicFolderName = "Public"

    /// Paths relative to the destination (`Templates/order.mustache`, `Public/style.css`) and bytes.
    public let files: [String: Data]

    public init(_ theme: ThemeFileSet = .builtIn) {
        var files: [String: Data] = [:]
        for (path, bytes) in theme.templateFiles { files[Self.templatesFolderName + "/" + path] = bytes }
        for (path, bytes) in theme.publicFiles { files[Self.publicFolderName + "/" + path] = bytes }
        self.files = files
    }

    /// The files that already exist in `folder` (or are in the way, such as a folder of that name).
    public func existing(in folder: URL) -> [String] {
        files.keys.sorted().filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// Writes every file into `folder` (made if missing). Unless `overwrite`, nothing is written
    /// when any of them exists already. Returns the paths written, sorted.
    public func write(into folder: URL, overwrite: Bool) throws(ThemeExportError) -> [String] {
        let existing = existing(in: folder)
        if !overwrite && !existing.isEmpty { throw .wouldOverwrite(existing) }
        do {
            let destination = try OutputFolder(folder)
            for path in files.keys.sorted() {
                _ = try AtomicFile.write(files[path] ?? Data(), to: try destination.file(relativePath: path))
            }
        } catch let error as ThemeExportError {
            throw error
        } catch {
            throw .cannotWrite("\(error)")
        }
        return files.keys.sorted()
    }
}

/// Why the theme was not written.
public enum ThemeExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// These files exist already; nothing was written.
    case wouldOverwrite([String])
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .wouldOverwrite(let paths):
            "not writing the theme: \(paths.count) file\(paths.count == 1 ? "" : "s") would be overwritten:\n"
                + paths.map { "  \($0)" }.joined(separator: "\n")
        case .cannotWrite(let reason):
            "cannot write the theme: \(reason)"
        }
    }
}
