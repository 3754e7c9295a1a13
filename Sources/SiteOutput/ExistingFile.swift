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
        return compare(descriptor, status: status, with: bytes)
    }

    /// The file at `path` relative to the open folder `folder`, never through a symbolic link at
    /// its end (a link there is `.different`: the write replaces it). With the file's stamp when
    /// it holds the same bytes, so the caller need not ask again.
    static func compare(
        _ path: String, in folder: Int32, with bytes: UnsafeRawBufferPointer
    ) -> (existing: ExistingFile, stamp: FileStamp?) {
        let descriptor = openat(folder, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return (errno == ELOOP ? .different : .missing, nil) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return (.missing, nil) }
        let existing = compare(descriptor, status: status, with: bytes)
        return (existing, existing == .same ? FileStamp(status) : nil)
    }

    private static func compare(_ descriptor: Int32, status: stat, with bytes: UnsafeRawBufferPointer) -> ExistingFile {
        // Only a regular file's size says how much a read returns; anything else is replaced.
        guard status.st_mode & S_IFMT == S_IFREG else { return .different }
        guard status.st_size == bytes.count else { return .different }
        guard let expected = bytes.baseAddress, !bytes.isEmpty else { return .same }
        // Compared a chunk at a time, so that checking a large file (a manifest of 100,000 pages)
        // costs no second copy of it; a page fits in one chunk. One byte more than expected is
        // asked for, to see a file that grew since `fstat`.
        let capacity = min(bytes.count + 1, 1 << 16)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        let chunk = UnsafeMutableRawBufferPointer(start: buffer, count: capacity)
        var compared = 0
        while true {
            let (count, failure) = BoundedFile.fill(chunk, from: descriptor, size: Int(status.st_size) - compared)
            if failure != nil { return .missing }
            guard compared + count <= bytes.count, memcmp(buffer, expected + compared, count) == 0 else { return .different }
            compared += count
            if count < capacity { break }  // the file ended
        }
        return compared == bytes.count ? .same : .different
    }
}
