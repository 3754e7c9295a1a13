import Foundation

/// Writes exactly the given text, adding nothing (no final newline).
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

enum StandardError {
    /// Whether standard error is a terminal, where progress may be redrawn in place.
    static var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) != 0 }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
