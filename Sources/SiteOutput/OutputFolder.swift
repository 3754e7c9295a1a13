#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder a site is written to, and the only place the tool writes: every path is
/// built from checked components under it, and no write goes through a symbolic link that
/// could lead outside.
public struct OutputFolder: Sendable {
    public let root: URL

    public enum PathError: Error, Sendable, Equatable, CustomStringConvertible {
        case notAFolder(String)
        case unsafeComponent(String)
        case symbolicLink(String)
        case cannotCreate(String, reason: String)
        case cannotSynchronize(String, reason: String)
        case cannotOpen(String, reason: String)

        public var description: String {
            switch self {
            case .notAFolder(let path): "\(path): exists and is not a folder"
            case .unsafeComponent(let component): "refusing to write to a path containing '\(component)'"
            case .symbolicLink(let path): "\(path): is a symbolic link; refusing to write through it"
            case .cannotCreate(let path, let reason): "\(path): cannot create folder: \(reason)"
            case .cannotSynchronize(let path, let reason): "\(path): cannot flush the written files to disk: \(reason)"
            case .cannotOpen(let path, let reason): "\(path): cannot open folder: \(reason)"
            }
        }
    }

    /// Creates the folder when missing.
    public init(_ root: URL) throws(PathError) {
        let root = root.standardizedFileURL
        if FileManager.default.fileExists(atPath: root.path) {
            guard Self.isFolder(root.path) else { throw .notAFolder(root.path) }
        } else {
            do {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreate(root.path, reason: Self.reason(error))
            }
        }
        self.root = root
    }

    /// The file at `components` under the root, after checking that no component can climb
    /// out (`..`, `/`, empty) and that no existing folder on the way is a symbolic link.
    public func file(_ components: [String]) throws(PathError) -> URL {
        // Paths are joined as text: `URL`'s appending asks the file system whether each part is
        // a folder, which for a site of 100,000 pages is most of a rebuild's time.
        var path = root.path
        for (index, component) in components.enumerated() {
            guard Self.isSafeComponent(component) else { throw .unsafeComponent(component) }
            path += path.hasSuffix("/") ? component : "/" + component
            if index < components.count - 1, Self.isSymbolicLink(path) { throw .symbolicLink(path) }
        }
        return URL(fileURLWithPath: path, isDirectory: false)
    }

    /// A name that stays where it is put: not empty, `.` or `..`, with no `/` or NUL.
    static func isSafeComponent(_ component: String) -> Bool {
        // On UTF-8 bytes: `String.contains` compares Characters, a cost on every page's path.
        let utf8 = component.utf8
        return !utf8.isEmpty && component != "." && component != ".." && !utf8.contains { $0 == UInt8(ascii: "/") || $0 == 0 }
    }

    /// The file at a `/`-separated relative path under the root.
    public func file(relativePath: String) throws(PathError) -> URL {
        try file(relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
    }

    /// Removes a file the tool wrote, then its folders up to the root while they are empty.
    /// Returns whether a file was removed: false when there was none, or it could not go.
    @discardableResult
    public func remove(relativePath: String) throws(PathError) -> Bool {
        let url = try file(relativePath: relativePath)
        guard (try? FileManager.default.removeItem(at: url)) != nil else { return false }
        var folder = url.deletingLastPathComponent().standardizedFileURL
        while folder.path.count > root.path.count, folder.path.hasPrefix(root.path) {
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), contents.isEmpty else { break }
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
        return true
    }

    /// Brings the disk up to date with every file written under the root, including those written
    /// with ``AtomicFile/Durability/deferred``: one flush of the file system for a whole build.
    public func synchronize() throws(PathError) {
        let descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotSynchronize(root.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        if Self.syncFileSystem(descriptor) != 0 { throw .cannotSynchronize(root.path, reason: String(cString: strerror(errno))) }
    }

    /// Linux's `syncfs`, which flushes only this folder's file system; Glibc's module map leaves
    /// it out (it needs `_GNU_SOURCE`), so it is looked up at run time. Elsewhere, or if it is
    /// missing, `sync` flushes every file system, which is slower but as safe.
    private static func syncFileSystem(_ descriptor: Int32) -> Int32 {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            return unsafeBitCast(symbol, to: SyncFS.self)(descriptor)
        }
        sync()
        return 0
    }

    /// A folder, or a symbolic link to one.
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The system's words for why a file operation failed (`Not a directory`), rather than the
    /// error's type and code; without an errno behind it, the error as it describes itself.
    static func reason(_ error: any Error) -> String {
        var cause: any Error = error
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo["NSUnderlyingError"] as? any Error {
            cause = underlying
        }
        if let posix = cause as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return "\(error)"
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }
}
