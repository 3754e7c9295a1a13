import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file of the output folder, read whole together with the validators of exactly the bytes
/// read (opened once, then `fstat` and `read` on the same descriptor, so an atomic replace
/// between the two cannot mix the old file's ETag with the new file's bytes).
struct SiteFile: Sendable {
    let bytes: [UInt8]
    let size: Int
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int
    let inode: UInt64

    /// Nil when the file cannot be opened as a regular file (gone, unreadable, a symbolic link
    /// at the last moment).
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        if offset < bytes.count { bytes.removeSubrange(offset...) }
        self.bytes = bytes
        size = bytes.count
        #if canImport(Darwin)
            modifiedSeconds = Int(status.st_mtimespec.tv_sec)
            modifiedNanoseconds = Int(status.st_mtimespec.tv_nsec)
        #else
            modifiedSeconds = Int(status.st_mtim.tv_sec)
            modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        #endif
        inode = UInt64(status.st_ino)
    }

    /// The validators; `variant` tells apart different bodies made from the same file (the HTML
    /// the preview serves changes with the build generation).
    func validators(variant: String? = nil) -> FileValidators {
        FileValidators(
            size: size, modifiedSeconds: modifiedSeconds, modifiedNanoseconds: modifiedNanoseconds, inode: inode, variant: variant)
    }
}
