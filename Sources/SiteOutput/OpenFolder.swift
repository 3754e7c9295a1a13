import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of the output opened once for the many files a build writes below it (`orders/`):
/// each page is then reached from the open folder (`mkdirat`, `openat`, `renameat`) rather than
/// by walking the whole path again and asking about every folder on the way, and the folder
/// cannot be swapped for a symbolic link half way through a build.
///
/// Opened on first use, and made only by the first write: a build whose orders all fail leaves
/// no empty folder, and a folder in the way (a file, a symbolic link) fails each write that
/// needs it, naming it, as any other unwritable page does, rather than the whole build.
public final class OpenFolder: Sendable {
    /// The folder's path, for messages.
    public let path: String
    /// The open descriptor, or -1 until one is opened.
    private let opened = Atomic<Int32>(-1)

    /// The folder `name` at the root of `output`; nothing is opened or made yet.
    public init(_ name: String, in output: OutputFolder) throws(OutputFolder.PathError) {
        guard OutputFolder.isSafeComponent(name) else { throw .unsafeComponent(name) }
        path = output.root.path + (output.root.path.hasSuffix("/") ? "" : "/") + name
    }

    deinit {
        let descriptor = opened.load(ordering: .acquiring)
        if descriptor >= 0 { close(descriptor) }
    }

    /// The open folder, made first when `creating` and missing. Throws when it cannot be had,
    /// or is a symbolic link or not a folder; nil when it is missing and not to be made.
    func descriptor(creating: Bool) throws(OutputFolder.PathError) -> Int32? {
        let current = opened.load(ordering: .acquiring)
        if current >= 0 { return current }
        if creating, mkdir(path, 0o777) != 0 {
            let code = errno
            if code != EEXIST { throw .cannotCreate(path, reason: String(cString: strerror(code))) }
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT, !creating { return nil }
            // With O_DIRECTORY, Linux answers a symbolic link with ENOTDIR, as it does a file.
            if code == ELOOP || OutputFolder.isSymbolicLink(path) { throw .symbolicLink(path) }
            if code == ENOTDIR { throw .notAFolder(path) }
            throw .cannotOpen(path, reason: String(cString: strerror(code)))
        }
        // Two writers may open it at once: the first to store its descriptor wins.
        let (stored, winner) = opened.compareExchange(expected: -1, desired: descriptor, ordering: .acquiringAndReleasing)
        if stored { return descriptor }
        close(descriptor)
        return winner
    }

    /// The stamp of the regular file `name` in the subfolder `folder`, or nil when there is none
    /// or the subfolder is a symbolic link (never taken for the folder the tool made).
    public func stamp(of name: String, inSubfolder folder: String) -> FileStamp? {
        guard let descriptor = (try? descriptor(creating: false)) ?? nil,
            Self.isRealFolder(folder, in: descriptor) == true
        else { return nil }
        return Self.stamp(of: folder + "/" + name, in: descriptor)
    }

    /// The stamp of the regular file at `path` relative to `descriptor`, not following a link there.
    static func stamp(of path: String, in descriptor: Int32) -> FileStamp? {
        var status = stat()
        guard fstatat(descriptor, path, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileStamp(status)
    }

    /// Whether the entry `name` is a folder (true), something else, a symbolic link included
    /// (false), or missing (nil).
    static func isRealFolder(_ name: String, in descriptor: Int32) -> Bool? {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return (status.st_mode & S_IFMT) == S_IFDIR
    }
}
