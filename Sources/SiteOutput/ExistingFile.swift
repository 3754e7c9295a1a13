#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a file on disk compares with bytes about to be written there: the check that leaves an
/// unchanged page alone (keeping its modification time), done on bytes and without reading a file
/// whose size already differs.
enum ExistingFile: Equatable {
    /// Nothing readable there (symbolic links are followed, as a read would).
    case missing
    case same
    case different

    static func compare(atPath path: String, with bytes: UnsafeRawBufferPointer) -> ExistingFile {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .missing }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .missing }
        // Only a regular file's size says how much a read returns; anything else is replaced.
        guard status.st_mode & S_IFMT == S_IFREG else { return .different }
        guard status.st_size == bytes.count else { return .different }
        guard let expected = bytes.baseAddress, !bytes.isEmpty else { return .same }
        // One byte more than expected, to see a file that grew since `fstat`.
        let capacity = bytes.count + 1
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < capacity {
            let count = read(descriptor, buffer + filled, capacity - filled)
            if count < 0, errno == EINTR { continue }
            if count < 0 { return .missing }
            if count == 0 { break }
            filled += count
        }
        return filled == bytes.count && memcmp(buffer, expected, bytes.count) == 0 ? .same : .different
    }
}
