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
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .notFound }
            throw .cannotRead(reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .cannotRead(reason: String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .cannotRead(reason: "not a regular file") }
        let size = Int64(status.st_size)
        guard size <= Int64(limit) else { throw .tooLarge(size: size) }
        // One byte more than the size, to see a file that grew since the stat.
        var data = Data(count: Int(size) + 1)
        var total = 0
        var failure: String?
        data.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while total < buffer.count {
                let count = Glibc.read(descriptor, base + total, buffer.count - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                if count == 0 { break }
                total += count
            }
        }
        if let failure { throw .cannotRead(reason: failure) }
        guard total <= limit else { throw .tooLarge(size: Int64(total)) }
        data.count = total
        return data
    }
}
