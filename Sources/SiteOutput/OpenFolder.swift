#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of the output opened once for the many files a build writes below it (`orders/`):
/// each page is then reached from the open folder (`mkdirat`, `openat`, `renameat`) rather than
/// by walking the whole path again and asking about every folder on the way, and the folder
/// cannot be swapped for a symbolic link half way through a build.
public final class OpenFolder: Sendable {
    /// For messages: the folder's path when it was opened.
    public let path: String
    let descriptor: Int32

    /// Opens the folder `name` at the root of `output`, making it when missing. Refuses a
    /// symbolic link and anything that is not a folder.
    public init(_ name: String, in output: OutputFolder) throws(OutputFolder.PathError) {
        guard OutputFolder.isSafeComponent(name) else { throw .unsafeComponent(name) }
        let path = output.root.path + (output.root.path.hasSuffix("/") ? "" : "/") + name
        if mkdir(path, 0o777) != 0, errno != EEXIST {
            throw .cannotCreate(path, reason: String(cString: strerror(errno)))
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            // With O_DIRECTORY, Linux answers a symbolic link with ENOTDIR, as it does a file.
            if errno == ELOOP || OutputFolder.isSymbolicLink(path) { throw .symbolicLink(path) }
            if errno == ENOTDIR { throw .notAFolder(path) }
            throw .cannotCreate(path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The stamp of the regular file `name` in the subfolder `folder`, or nil when there is none
    /// or the subfolder is a symbolic link (never taken for the folder the tool made).
    public func stamp(of name: String, inSubfolder folder: String) -> FileStamp? {
        guard isRealFolder(folder) == true else { return nil }
        var status = stat()
        guard fstatat(descriptor, folder + "/" + name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileStamp(status)
    }

    /// Whether the entry `name` is a folder (true), something else, a symbolic link included
    /// (false), or missing (nil).
    func isRealFolder(_ name: String) -> Bool? {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return (status.st_mode & S_IFMT) == S_IFDIR
    }
}
