import Foundation
import JSONParsing

/// Words where a body stops being JSON: a line and column to look at, and the reason in the
/// words the tool has always used (those of Foundation's `JSONSerialization`).
enum JSONSyntax {
    /// A description like "line 3, column 18 (byte 31): invalid value", with a note when the body
    /// looks like an HTML page.
    static func describe(_ error: JSONSyntaxError, in data: Data) -> String {
        var line = error.line
        var column = error.column
        var offset = error.offset
        let reason: String
        switch error.reason {
        case .unexpectedByte:
            reason = "invalid value"
        case .unexpectedEnd:
            reason = "unexpected end of file during JSON parse"
        case .leadingZero:
            reason = "number with leading zero"
        case .controlCharacter:
            reason = "unescaped control character"
        case .invalidEscape:
            // Point at the backslash, which is on the same line, one character before.
            offset -= 1
            column -= 1
            reason = "invalid escape sequence"
        case .invalidHexDigit:
            reason = "invalid hex encoded sequence"
        case .unpairedHighSurrogate(let unit):
            reason = "unpaired high surrogate \\u\(JSONSyntaxError.hex(unit)) (expected a low-surrogate code point after it)"
        case .unpairedLowSurrogate(let unit):
            reason = "unpaired low surrogate \\u\(JSONSyntaxError.hex(unit)) (no high-surrogate code point before it)"
        case .invalidUTF8(_, let length):
            reason = "invalid UTF-8 sequence \(length) bytes starting from character \(error.offset)"
        case .numberOutOfRange(let text):
            reason = "number \(text) is not representable in Swift"
        case .tooDeep:
            reason = "too many nested arrays or dictionaries"
        case .tooLarge:
            (line, column) = (1, 1)
            reason = "the body is 4 GiB or more"
        }
        var detail = "line \(line), column \(column) (byte \(offset)): \(reason)"
        if looksLikeHTML(data) {
            detail += "; the body looks like an HTML page, not the API's JSON"
        }
        return detail
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func looksLikeHTML(_ data: Data) -> Bool {
        data.first(where: { !isWhitespace($0) }) == UInt8(ascii: "<")
    }
}
