/// A template's text with its line table, kept so that any byte offset met while
/// parsing or rendering can be turned into a line, a column and the line's text.
struct TemplateSource: Sendable {
    let text: String
    /// The text's UTF-8 bytes, which the parser scans and offsets count in.
    let bytes: [UInt8]
    /// The file name shown in messages.
    let file: String
    /// UTF-8 offset at which each line starts.
    private let lineStarts: [Int]

    init(text: String, file: String) {
        self.text = text
        self.file = file
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    func location(ofOffset offset: Int) -> SourceLocation {
        let lineIndex = lineIndex(ofOffset: offset)
        let start = lineStarts[lineIndex]
        let prefix = String(decoding: bytes[start..<min(offset, bytes.count)], as: UTF8.self)
        return SourceLocation(file: file, line: lineIndex + 1, column: prefix.count + 1)
    }

    /// The text of the line holding `offset`, without its line ending.
    func lineText(atOffset offset: Int) -> String {
        let lineIndex = lineIndex(ofOffset: offset)
        let start = lineStarts[lineIndex]
        var end = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    func diagnostic(_ problem: TemplateProblem, atOffset offset: Int) -> TemplateDiagnostic {
        TemplateDiagnostic(problem: problem, location: location(ofOffset: offset), sourceLine: lineText(atOffset: offset))
    }

    private func lineIndex(ofOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
