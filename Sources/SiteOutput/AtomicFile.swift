#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way this tool writes a file: to a temporary file in the same folder (flushed first
/// when its ``Durability`` asks), then renamed over the target, so that a reader (a static host,
/// a sync tool, a second build) sees either the old file or the new one, never half of one.
public enum AtomicFile {
    /// What `write` did.
    public enum Outcome: Sendable, Equatable {
        case created
        case changed
        /// The file already held exactly these bytes and was left alone, keeping its modification time.
        case unchanged
    }

    public enum WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
            }
        }
    }

    /// When the written bytes reach the disk.
    public enum Durability: Sendable, Equatable {
        /// Flushed (`fsync`) before the rename: the file survives a power cut as soon as `write`
        /// returns. For single files, such as a build's manifest.
        case flushed
        /// Renamed without a flush: other processes still see the old file or the new one, never
        /// half of one, and the system writes it out on its own schedule (or at once, for all
        /// files, in ``OutputFolder/synchronize()``). A flush costs milliseconds a file on common
        /// disks, so a site of thousands of pages is written this way.
        case deferred
    }

    /// Writes `data` to `url` atomically, unless the file already holds exactly these bytes.
    ///
    /// Refuses to write through a symbolic link: the target is replaced, never followed.
    @discardableResult
    public static func write(
        _ data: Data, to url: URL, permissions: mode_t = 0o644, durability: Durability = .flushed
    ) throws(WriteError) -> Outcome {
        let result = data.withUnsafeBytes { buffer in
            Result { () throws(WriteError) in try write(buffer, to: url, permissions: permissions, durability: durability) }
        }
        return try result.get()
    }

    /// Writes `bytes` as ``write(_:to:permissions:durability:)-(Data,_,_,_)`` writes data: what a
    /// page renderer that produces bytes hands over, with no copy into `Data`.
    @discardableResult
    public static func write(
        _ bytes: [UInt8], to url: URL, permissions: mode_t = 0o644, durability: Durability = .flushed
    ) throws(WriteError) -> Outcome {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(WriteError) in try write(buffer, to: url, permissions: permissions, durability: durability) }
        }
        return try result.get()
    }

    private static func write(
        _ buffer: UnsafeRawBufferPointer, to url: URL, permissions: mode_t, durability: Durability
    ) throws(WriteError) -> Outcome {
        let path = url.path
        let existing = ExistingFile.compare(atPath: path, with: buffer)
        if existing == .same, !isSymbolicLink(path) { return .unchanged }

        let folder = url.deletingLastPathComponent()
        let temporary = folder.path + "/" + temporaryName(for: url.lastPathComponent)
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        if descriptor < 0, errno == ENOENT {
            // The folder is missing: made only now, so writing into an existing one costs no call.
            if let reason = makeFolder(folder.path) {
                throw .cannotWrite(path: path, reason: "cannot create folder \(folder.path): \(reason)")
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        }
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(buffer, to: descriptor)
        if failure == nil, durability == .flushed, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
        return existing == .missing ? .created : .changed
    }

    /// Writes the whole of `buffer` to `descriptor`: nil, or why it could not.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }

    /// Makes the folder at `path` and any missing folders above it, with `mkdir` itself: one
    /// call for a page's new folder, where `FileManager` first asks about every parent. Returns
    /// why it could not, or nil. A folder that appears meanwhile (another writer) is fine.
    static func makeFolder(_ path: String) -> String? {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT else { return String(cString: strerror(errno)) }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard !parent.isEmpty, parent != path else { return String(cString: strerror(ENOENT)) }
        if let reason = makeFolder(parent) { return reason }
        return mkdir(path, 0o777) == 0 || errno == EEXIST ? nil : String(cString: strerror(errno))
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// `.index.html.<UUID>.tmp`: hidden, and recognisable as the tool's own.
    ///
    /// The UUID is a random base drawn once for the process and a count of the names made, not a
    /// fresh random UUID each time (`UUID()` reads `/dev/urandom`: three calls a page). Unique
    /// within the process by the count, across processes by the base; the file is made with
    /// `O_EXCL` all the same, so a name in use is never written over.
    static func temporaryName(for name: String) -> String {
        let count = temporaryNamesMade.wrappingAdd(1, ordering: .relaxed).oldValue
        let low = temporaryNameBase.low ^ count
        let high = temporaryNameBase.high
        let uuid = UUID(
            uuid: (
                UInt8(truncatingIfNeeded: high >> 56), UInt8(truncatingIfNeeded: high >> 48),
                UInt8(truncatingIfNeeded: high >> 40), UInt8(truncatingIfNeeded: high >> 32),
                UInt8(truncatingIfNeeded: high >> 24), UInt8(truncatingIfNeeded: high >> 16),
                UInt8(truncatingIfNeeded: high >> 8), UInt8(truncatingIfNeeded: high),
                UInt8(truncatingIfNeeded: low >> 56), UInt8(truncatingIfNeeded: low >> 48),
                UInt8(truncatingIfNeeded: low >> 40), UInt8(truncatingIfNeeded: low >> 32),
                UInt8(truncatingIfNeeded: low >> 24), UInt8(truncatingIfNeeded: low >> 16),
                UInt8(truncatingIfNeeded: low >> 8), UInt8(truncatingIfNeeded: low)
            ))
        return ".\(name).\(uuid.uuidString).tmp"
    }

    private static let temporaryNameBase: (high: UInt64, low: UInt64) = (.random(in: .min ... .max), .random(in: .min ... .max))
    private static let temporaryNamesMade = Atomic<UInt64>(0)

    /// Whether `name` is a temporary file `write` makes: one left behind by a process killed
    /// between creating and renaming it, safe to delete.
    public static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let middle = name.dropFirst().dropLast(4)
        guard let dot = middle.lastIndex(of: "."), dot > middle.startIndex else { return false }
        return UUID(uuidString: String(middle[middle.index(after: dot)...])) != nil
    }

    /// Removes the temporary files a killed process left in `folder` and its subfolders (never
    /// following symbolic links). Returns how many were removed.
    @discardableResult
    public static func sweepTemporaryFiles(in folder: URL) -> Int {
        var removed = 0
        var pending = [folder.path]
        while let path = pending.popLast() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                let child = path + "/" + name
                var status = stat()
                guard lstat(child, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(child)
                case S_IFREG where isTemporaryName(name):
                    if unlink(child) == 0 { removed += 1 }
                default:
                    continue  // symbolic links are never followed, nor removed
                }
            }
        }
        return removed
    }
}
