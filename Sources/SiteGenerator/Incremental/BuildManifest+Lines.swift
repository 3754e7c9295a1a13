import JSONParsing
import SiteOutput

/// The manifest read a line at a time, in the exact form ``BuildManifest/encoded()`` writes: a
/// site of 100,000 pages is read without building a JSON tree of its 900,000 values (about 50 MB
/// for a moment, the highest the memory of a rebuild rose). Anything in another form (an older
/// version, a file someone edited) makes the reader give up, and the full JSON reader reads it.
extension BuildManifest {
    static func readingLines(
        _ bytes: [UInt8], acceptingPage acceptsPage: (String) -> Bool, acceptingPublicFile acceptsPublicFile: (String) -> Bool
    ) -> BuildManifest? {
        bytes.withUnsafeBufferPointer { text in
            // `{"version": 2,\n"publicFiles": [...],` then `\n"pages": {`, the pages, `\n}}\n`.
            guard text.starts(with: Self.versionLine), let pagesStart = Self.firstIndex(of: Self.pagesLine, in: text),
                text.count >= pagesStart + Self.pagesLine.count + Self.closingLine.count,
                text[(text.count - Self.closingLine.count)...].elementsEqual(Self.closingLine),
                // The head ends with its list of public files, exactly as written: `],`.
                text[pagesStart - 1] == UInt8(ascii: ","), text[pagesStart - 2] == UInt8(ascii: "]"),
                // and says nothing about pages itself, nor anything in `\u` escapes (which could
                // spell "pages" as a second member that the JSON reader, taking the first, would read).
                Self.firstIndex(of: Self.pagesName, in: UnsafeBufferPointer(rebasing: text[..<pagesStart])) == nil,
                Self.firstIndex(of: Self.unicodeEscape, in: UnsafeBufferPointer(rebasing: text[..<pagesStart])) == nil
            else { return nil }
            // The head, closed as an object of its own, is small: the full reader reads it.
            var head = Array(text[..<(pagesStart - 1)])
            head.append(UInt8(ascii: "}"))
            guard var manifest = try? BuildManifest(parsingJSON: head, acceptingPage: acceptsPage, acceptingPublicFile: acceptsPublicFile)
            else { return nil }
            let bodyEnd = text.count - Self.closingLine.count
            var position = pagesStart + Self.pagesLine.count
            while position < bodyEnd {
                guard text[position] == UInt8(ascii: "\n") else { return nil }
                position += 1
                var lineEnd = position
                while lineEnd < bodyEnd, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                var line = position..<lineEnd
                if lineEnd < bodyEnd {
                    // Every line but the last ends with a comma.
                    guard lineEnd > position, text[lineEnd - 1] == UInt8(ascii: ",") else { return nil }
                    line = position..<(lineEnd - 1)
                }
                // A page and nothing else: `"ID": {...}`, with no second comma for JSON's leniency
                // about one trailing comma to swallow.
                guard line.count >= 2, text[line.lowerBound] == UInt8(ascii: "\""), text[line.upperBound - 1] == UInt8(ascii: "}"),
                    let (id, record) = pageLine(text, line)
                else { return nil }
                if acceptsPage(id) { manifest.pages[id] = record }
                position = lineEnd
            }
            return manifest
        }
    }

    private static let versionLine = Array(#"{"version": 2,"#.utf8)
    private static let pagesLine = Array("\n\"pages\": {".utf8)
    private static let pagesName = Array("\"pages\"".utf8)
    private static let unicodeEscape = Array("\\u".utf8)
    private static let closingLine = Array("\n}}\n".utf8)

    /// `"ID": {"inputs": "HEX", "size": N, "modified": N}` read directly; any other line (with
    /// warnings, say) is read as JSON on its own. Nil when it is neither.
    private static func pageLine(_ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (String, PageRecord)? {
        if let read = plainPageLine(text, line) { return read }
        // As deep in its own document as in the manifest (the root, then "pages"), so that the
        // nesting limit falls where it does for the whole file.
        var object = Array(#"{"": {"#.utf8)
        object.append(contentsOf: text[line])
        object.append(contentsOf: Array("}}".utf8))
        guard let document = try? JSONDocument(parsing: object), document.kind(of: document.root) == .object,
            let pages = document.member(named: "", in: document.root), document.kind(of: pages) == .object, document.count(of: pages) == 1
        else { return nil }
        for (key, value) in document.members(of: pages) {
            return (document.string(at: key), record(in: document, at: value))
        }
        return nil
    }

    /// The common line, or nil to leave it to the JSON reader.
    private static func plainPageLine(_ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (String, PageRecord)? {
        var reader = LineReader(text: text, position: line.lowerBound, end: line.upperBound)
        guard reader.skip(#"""#), let id = reader.word(where: isIDByte), reader.skip(#"": {"#) else { return nil }
        var record = PageRecord()
        if reader.skip(#""inputs": ""#) {
            guard let hex = reader.word(where: isLowercaseHexByte), reader.skip(#"""#) else { return nil }
            record.inputs = ContentDigest(hex: hex)
            if reader.skip(", ") {
                guard reader.skip(#""size": "#), let size = reader.integer(), reader.skip(#", "modified": "#),
                    let modified = reader.integer()
                else { return nil }
                record.file = FileStamp(size: size, modified: modified)
            }
        }
        guard reader.skip("}"), reader.position == reader.end else { return nil }
        return (id, record)
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }

    private static func isLowercaseHexByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }

    private static func firstIndex(of pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count >= pattern.count else { return nil }
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) { return start }
        }
        return nil
    }
}

/// A cursor over one line of the manifest.
private struct LineReader {
    let text: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    /// Steps over `literal` if the line continues with it.
    mutating func skip(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard end - position >= count else { return false }
        let matches = literal.withUTF8Buffer { literal in
            text[position..<(position + count)].elementsEqual(literal)
        }
        if matches { position += count }
        return matches
    }

    /// The bytes up to the first that `accepts` refuses; nil when there are none.
    mutating func word(where accepts: (UInt8) -> Bool) -> String? {
        let start = position
        while position < end, accepts(text[position]) { position += 1 }
        return position > start ? String(decoding: text[start..<position], as: UTF8.self) : nil
    }

    /// A non-negative integer as JSON writes it (no leading zero) that fits in 64 bits; nil
    /// otherwise, for the JSON reader to judge.
    mutating func integer() -> Int64? {
        let start = position
        var value: Int64 = 0
        while position < end, (0x30...0x39).contains(text[position]) {
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = times10.addingReportingOverflow(Int64(text[position] - 0x30))
            guard !overflow, !overflowAgain else { return nil }
            value = sum
            position += 1
        }
        let digits = position - start
        guard digits > 0, !(digits > 1 && text[start] == 0x30) else { return nil }
        return value
    }
}
