import Foundation

// The decoding this package used before the one-pass reader (`JSONDocument` and `JSONFields`), kept
// unchanged but for names, as the reference the differential tests compare the reader with.

/// Says where a body stops being JSON, because `JSONDecoder` only reports
/// "The given data was not valid JSON" and a person needs a line and column to look at.
enum ReferenceJSONSyntax {
    /// A description like "line 3, column 18 (byte 31): Invalid value", with a note when the body
    /// looks like an HTML page; nil when the data actually parses as JSON.
    static func problem(in data: Data) -> String? {
        let message: String
        let offset: Int?
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let info = (error as NSError).userInfo
            let debug = info["NSDebugDescription"] as? String ?? String(describing: error)
            offset = info["NSJSONSerializationErrorIndex"] as? Int ?? number(after: "character ", in: debug)
            message = reason(from: debug)
        }

        var parts: [String] = []
        if let offset, offset >= 0, offset <= data.count {
            let (line, column) = lineAndColumn(of: offset, in: data)
            parts.append("line \(line), column \(column) (byte \(offset))")
        }
        if !message.isEmpty { parts.append(message) }
        var detail = parts.joined(separator: ": ")
        if detail.isEmpty { detail = "unreadable" }
        if looksLikeHTML(data) {
            detail += "; the body looks like an HTML page, not the API's JSON"
        }
        return detail
    }

    /// "Invalid value around character 31." → "invalid value"; other messages lose their final ".".
    private static func reason(from debug: String) -> String {
        var text = debug
        if let range = text.range(of: " around ") { text = String(text[..<range.lowerBound]) }
        if text.hasSuffix(".") { text.removeLast() }
        guard let first = text.first else { return "" }
        return first.lowercased() + text.dropFirst()
    }

    /// The integer right after `marker` in `text`, if any.
    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        let digits = text[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
        return Int(digits)
    }

    /// 1-based line and column of a byte offset; the column counts characters, not bytes.
    static func lineAndColumn(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        let prefix = data.prefix(offset)
        let line = prefix.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = prefix.lastIndex(of: 0x0A).map { prefix.index(after: $0) } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    private static func looksLikeHTML(_ data: Data) -> Bool {
        data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "<")
    }
}
