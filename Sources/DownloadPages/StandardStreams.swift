import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes exactly the given text, adding nothing (no final newline).
enum StandardOutput {
    static func write(_ text: String) {
        // When the reader has gone (`download-pages orders list --all --json | head`), stop the
        // way a command killed by SIGPIPE does: quietly, with status 128 + 13.
        if !StreamWriter.write(text, to: STDOUT_FILENO) { exit(141) }
    }
}

enum StandardError {
    /// Whether standard error is a terminal, where progress may be redrawn in place.
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    static func write(_ text: String) {
        _ = StreamWriter.write(text, to: STDERR_FILENO)
    }
}

/// Writes all of a text to a file descriptor, retrying short writes; false when the reader is gone.
enum StreamWriter {
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
