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

/// Reads a whole file with one open, one stat and as few reads as its size needs, refusing one
/// larger than a limit before reading it: a build reads thousands of small files this way.
public enum BoundedFile {
    public enum ReadError: Error, Sendable, Equatable {
        case notFound
        /// The file holds `size` bytes, more than the limit.
        case tooLarge(size: Int64)
        case cannotRead(reason: String)
    }

    public static func read(_ url: URL, limit: Int) throws(ReadError) -> Data {
        try read(atPath: url.path, limit: limit)
    }

    /// ``read(_:limit:)`` of a path: what a reader of thousands of files in one folder calls, with
    /// no `URL` to turn back into a path each time.
    public static func read(atPath path: String, limit: Int) throws(ReadError) -> Data {
        let (descriptor, size) = try openRegularFile(path, limit: limit)
        defer { close(descriptor) }
        // One byte more than the size, to see a file that grew since the stat.
        var data = Data(count: size + 1)
        let (total, failure) = data.withUnsafeMutableBytes { fill($0, from: descriptor, size: size) }
        if let failure { throw .cannotRead(reason: failure) }
        guard total <= limit else { throw .tooLarge(size: Int64(total)) }
        data.count = total
        return data
    }

    /// The file as bytes, read straight into the array: for a large file that is then parsed
    /// (a build's manifest), with no second copy.
    public static func readBytes(_ url: URL, limit: Int) throws(ReadError) -> [UInt8] {
        let (descriptor, size) = try openRegularFile(url.path, limit: limit)
        defer { close(descriptor) }
        var outcome: (total: Int, failure: String?) = (0, nil)
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            outcome = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, size: size)
            initialized = outcome.total
        }
        if let failure = outcome.failure { throw .cannotRead(reason: failure) }
        guard outcome.total <= limit else { throw .tooLarge(size: Int64(outcome.total)) }
        return bytes
    }

    /// The open file and its size, checked against the limit.
    private static func openRegularFile(_ path: String, limit: Int) throws(ReadError) -> (descriptor: Int32, size: Int) {
        // Non-blocking, so that a FIFO put where a file is expected (or a link to one) is opened
        // at once and refused below, rather than blocking the build until something writes to it.
        // Reads of a regular file ignore the flag.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .notFound }
            throw .cannotRead(reason: String(cString: strerror(errno)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotRead(reason: reason)
        }
        let size = Int64(status.st_size)
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .cannotRead(reason: "not a regular file")
        }
        guard size <= Int64(limit) else {
            close(descriptor)
            throw .tooLarge(size: size)
        }
        return (descriptor, Int(size))
    }

    /// Reads until `buffer` is full or the file ends: how many bytes, or why it failed.
    ///
    /// With `size`, the file's size from `fstat`, a read that comes back short at exactly that
    /// many bytes is taken as the end: a regular file had no more at that moment, so the read
    /// that would only answer 0 is not made (one call fewer for each order and page read).
    static func fill(
        _ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, size: Int? = nil
    ) -> (total: Int, failure: String?) {
        guard let base = buffer.baseAddress else { return (0, nil) }
        var total = 0
        while total < buffer.count {
            let count = Glibc.read(descriptor, base + total, buffer.count - total)
            if count < 0 {
                if errno == EINTR { continue }
                return (total, String(cString: strerror(errno)))
            }
            if count == 0 { break }
            let asked = buffer.count - total
            total += count
            if count < asked, total == size { break }
        }
        return (total, nil)
    }
}
