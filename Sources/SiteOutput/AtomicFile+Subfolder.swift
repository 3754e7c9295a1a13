import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension AtomicFile {
    /// What ``write(_:named:inSubfolder:of:durability:)`` did, and the file it left.
    public struct Written: Sendable, Equatable {
        public var outcome: Outcome
        /// The file's size and modification time as written (or as found, when unchanged).
        public var stamp: FileStamp?
    }

    /// Writes `bytes` to `folder/name` under `parent` as ``write(_:to:permissions:durability:)-(Data,_,_,_)``
    /// writes a file (a temporary file renamed over the target, or, for a file in a folder made
    /// now, an unnamed file linked in once whole; unchanged bytes left alone), in as
    /// few calls as a site of many pages needs: the subfolder is made first, and when that makes
    /// it, there is no old file to compare or folder to check; the stamp comes from the open file.
    ///
    /// An existing `folder` that is a symbolic link is refused; a symbolic link at `name` is
    /// replaced, never followed.
    public static func write(
        _ bytes: [UInt8], named name: String, inSubfolder folder: String, of parent: OpenFolder,
        durability: Durability = .flushed
    ) throws(WriteError) -> Written {
        let path = parent.path + "/" + folder + "/" + name
        guard OutputFolder.isSafeComponent(folder), OutputFolder.isSafeComponent(name) else {
            throw .cannotWrite(path: path, reason: "refusing a name that could lead outside the folder")
        }
        let root: Int32
        do {
            guard let descriptor = try parent.descriptor(creating: true) else {
                throw OutputFolder.PathError.cannotCreate(parent.path, reason: String(cString: strerror(ENOENT)))
            }
            root = descriptor
        } catch {
            throw .cannotWrite(path: path, reason: "\(error)")
        }
        let target = folder + "/" + name
        var existing = ExistingFile.missing
        if mkdirat(root, folder, 0o777) != 0 {
            let code = errno
            guard code == EEXIST else {
                throw .cannotWrite(path: path, reason: "cannot create folder \(parent.path)/\(folder): \(String(cString: strerror(code)))")
            }
            // A process racing the build, swapping this folder for a link between this check and
            // the write, is out of reach here as it was with whole paths: whoever can write to the
            // output folder can write there directly.
            guard OpenFolder.isRealFolder(folder, in: root) == true else {
                throw .cannotWrite(path: path, reason: "\(parent.path)/\(folder) is not a folder (or is a symbolic link); refusing to write through it")
            }
            let found = bytes.withUnsafeBytes { ExistingFile.compare(target, in: root, with: $0) }
            if found.existing == .same { return Written(outcome: .unchanged, stamp: found.stamp) }
            existing = found.existing
        }
        if existing == .missing,
            let written = try writeUnnamed(bytes, in: folder, as: target, under: root, path: path, durability: durability)
        {
            return written
        }
        let temporary = folder + "/" + temporaryName(for: name)
        let descriptor = openat(root, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
        if failure == nil, durability == .flushed, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, renameat(root, temporary, root, target) != 0 {
            failure = String(cString: strerror(errno))
        }
        if let failure {
            unlinkat(root, temporary, 0)
            throw .cannotWrite(path: path, reason: failure)
        }
        // Asked after the rename, as a later build will ask: some file systems (SMB, FUSE) set
        // the modification time when the file is closed, not when it is written.
        return Written(outcome: existing == .missing ? .created : .changed, stamp: OpenFolder.stamp(of: target, in: root))
    }

    /// Where nothing is at `target` yet (a folder this build just made), the file is written with
    /// no name (`O_TMPFILE`, Linux) and linked in under its name once whole: a reader still sees
    /// no file or the whole file, a build killed meanwhile leaves nothing behind, and no temporary
    /// name is made and renamed (15,608 new pages, 15 paired runs: median ratio 0.96). nil when
    /// the file system cannot make an unnamed file or `/proc` is not there to link it: the caller
    /// then writes through a temporary name, as on other systems.
    static func writeUnnamed(
        _ bytes: [UInt8], in folder: String, as target: String, under root: Int32, path: String, durability: Durability
    ) throws(WriteError) -> Written? {
        #if os(Linux)
            let descriptor = openat(root, folder, unnamedFileFlag | O_WRONLY | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return nil }
            var failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
            if failure == nil, durability == .flushed, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
            // A file that appeared at `target` meanwhile (EEXIST) is replaced through a temporary
            // name, as any existing file is.
            let linked = failure == nil && linkUnnamed(descriptor, as: target, under: root)
            close(descriptor)
            if let failure { throw .cannotWrite(path: path, reason: failure) }
            guard linked else { return nil }
            // Asked once the file is closed, as for a renamed one.
            return Written(outcome: .created, stamp: OpenFolder.stamp(of: target, in: root))
        #else
            return nil
        #endif
    }

    #if os(Linux)
        /// The two ways Linux links an unnamed file in under a name.
        enum UnnamedLink: Sendable {
            /// `linkat(fd, "", …, AT_EMPTY_PATH)`: the open file itself, with no path to resolve.
            /// Unprivileged since Linux 6.10 for a file the caller opened; refused before.
            case emptyPath
            /// `linkat` of `/proc/self/fd/N`, following the link: what older kernels allow, at
            /// the cost of resolving that path (2.3% of a 15,608-page build's samples, perf).
            case procPath
        }

        /// Set once the empty-path link has been refused where the `/proc` one worked, so that a
        /// kernel without it costs one refused call per build, not one per page.
        static let emptyPathLinkRefused = Atomic<Bool>(false)

        /// Links the unnamed file open as `descriptor` in as `target` under `root`, by the empty
        /// path unless this kernel refused it, else by `/proc`. false when neither could (EEXIST
        /// among others: a file appeared at `target`).
        static func linkUnnamed(_ descriptor: Int32, as target: String, under root: Int32) -> Bool {
            if !emptyPathLinkRefused.load(ordering: .relaxed) {
                if link(descriptor, as: target, under: root, by: .emptyPath) == 0 { return true }
                if errno == EEXIST { return false }
                guard link(descriptor, as: target, under: root, by: .procPath) == 0 else { return false }
                emptyPathLinkRefused.store(true, ordering: .relaxed)
                return true
            }
            return link(descriptor, as: target, under: root, by: .procPath) == 0
        }

        /// One `linkat` by `route`: 0, or -1 with `errno` set.
        static func link(_ descriptor: Int32, as target: String, under root: Int32, by route: UnnamedLink) -> Int32 {
            switch route {
            case .emptyPath: return linkat(descriptor, "", root, target, emptyPathFlag)
            case .procPath: return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", root, target, AT_SYMLINK_FOLLOW)
            }
        }

        /// `AT_EMPTY_PATH`, which Glibc defines only under `_GNU_SOURCE`, so Swift does not import it.
        static let emptyPathFlag: Int32 = 0x1000

        /// `O_TMPFILE`, which Glibc defines as a macro Swift does not import: `__O_TMPFILE`
        /// (the same on every Linux architecture Swift runs on) with `O_DIRECTORY`.
        static let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY
    #endif
}
