/// A template's text with its line table, kept so that any byte offset met while
/// parsing or rendering can be turned into a line, a column and the line's text.
/// A class, so that the renderer notes where it included a template from with one reference.
final class TemplateSource: Sendable {
    let text: String
    /// The text's UTF-8 bytes, which the parser scans and offsets count in.
    let bytes: [UInt8]
    /// The file name shown in messages.
    let file: String
    /// UTF-8 offset at which each line starts.
    private let lineStarts: [Int]
    /// On lines longer than ``checkpointStride`` bytes, the column of a character boundary about
    /// every stride bytes, in offset order: a column is then counted from the nearest checkpoint,
    /// not from the line start, so thousands of problems on one long line cost linear time.
    private let checkpoints: [(offset: Int, column: Int)]
    private static let checkpointStride = 256

    init(text: String, file: String) {
        self.text = text
        self.file = file
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
        var checkpoints: [(offset: Int, column: Int)] = []
        for (lineIndex, start) in starts.enumerated() {
            let end = lineIndex + 1 < starts.count ? starts[lineIndex + 1] : bytes.count
            guard end - start > Self.checkpointStride else { continue }
            let utf8 = text.utf8
            let line = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
            var column = 1
            var lastCheckpoint = start
            for index in line.indices {
                let offset = utf8.distance(from: utf8.startIndex, to: index)
                if offset - lastCheckpoint >= Self.checkpointStride {
                    checkpoints.append((offset, column))
                    lastCheckpoint = offset
                }
                column += 1
            }
        }
        self.checkpoints = checkpoints
    }

    func location(ofOffset offset: Int) -> SourceLocation {
        let lineIndex = lineIndex(ofOffset: offset)
        var base = (offset: lineStarts[lineIndex], column: 1)
        if let checkpoint = lastCheckpoint(atOrBefore: offset), checkpoint.offset > base.offset {
            base = checkpoint
        }
        let prefix = String(decoding: bytes[base.offset..<min(offset, bytes.count)], as: UTF8.self)
        return SourceLocation(file: file, line: lineIndex + 1, column: base.column + prefix.count)
    }

    /// The line holding `offset`, without its line ending, as a slice of the text.
    private func line(atOffset offset: Int) -> Substring {
        let lineIndex = lineIndex(ofOffset: offset)
        let start = lineStarts[lineIndex]
        var end = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: max(start, end))]
    }

    /// The text of the line holding `offset`, without its line ending.
    func lineText(atOffset offset: Int) -> String {
        String(line(atOffset: offset))
    }

    /// A diagnostic at `offset`, showing only the part of a long line around it.
    func diagnostic(_ problem: TemplateProblem, atOffset offset: Int) -> TemplateDiagnostic {
        let line = line(atOffset: offset)
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: min(max(offset, 0), bytes.count))
        let excerpt = SourceExcerpt(line: line, around: index)
        return TemplateDiagnostic(
            problem: problem, location: location(ofOffset: offset), sourceLine: excerpt.text, caretColumn: excerpt.caretColumn)
    }

    private func lastCheckpoint(atOrBefore offset: Int) -> (offset: Int, column: Int)? {
        var low = 0
        var high = checkpoints.count
        while low < high {
            let middle = (low + high) / 2
            if checkpoints[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? checkpoints[low - 1] : nil
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
