/// Where and why bytes stop being JSON, with the line and column a person needs to find the spot.
///
/// `description` words it for any reader ("line 2, column 7: unexpected character 'x'"); a
/// reader with its own wording (the order decoder's) switches over `reason`.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A byte that cannot come here (after a value, in place of a value, in a literal).
        case unexpectedByte(UInt8)
        /// The text ends inside a value, or holds no value at all.
        case unexpectedEnd
        /// This digit after a number's leading `0` (`01`); `offset` is the digit's.
        case leadingZero(UInt8)
        /// A byte below 0x20 inside a string, where JSON requires an escape.
        case controlCharacter(UInt8)
        /// A backslash followed by this byte, which starts no escape; `offset` is the byte's.
        case invalidEscape(UInt8)
        /// A `\u` escape with this byte where a hex digit must be.
        case invalidHexDigit(UInt8)
        /// `\uD800`–`\uDBFF` not followed by a `\u` escape of a low surrogate; `offset` is its backslash.
        case unpairedHighSurrogate(UInt16)
        /// `\uDC00`–`\uDFFF` with no high surrogate before it; `offset` is its backslash.
        case unpairedLowSurrogate(UInt16)
        /// Bytes in a string that are not UTF-8: the first one, and how long the broken sequence is.
        case invalidUTF8(byte: UInt8, length: Int)
        /// A number too large for a `Double`, as written (`1e400`).
        case numberOutOfRange(String)
        /// An array or object more than `JSONDocument.maximumDepth` deep; `offset` is its bracket.
        case tooDeep
        /// Text of 4 GiB or more, beyond what a document indexes.
        case tooLarge
    }

    public let reason: Reason
    /// Byte offset of the problem in the UTF-8 text (after transcoding, for UTF-16 or UTF-32 input).
    public let offset: Int
    /// 1-based line of `offset`.
    public let line: Int
    /// 1-based column of `offset`, counted in characters, not bytes.
    public let column: Int

    public init(reason: Reason, offset: Int, line: Int, column: Int) {
        self.reason = reason
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// "line 2, column 7: unexpected character 'x'"; nesting gets "nested too deep: …, from line …".
    public var description: String {
        if case .tooDeep = reason {
            return "nested too deep: more than \(JSONDocument.maximumDepth) arrays and objects inside one another, "
                + "from line \(line), column \(column)"
        }
        return "line \(line), column \(column): \(explanation)"
    }

    /// What is wrong, without the position: "unexpected character 'x'", "unexpected end of the text".
    public var explanation: String {
        switch reason {
        case .unexpectedByte(let byte), .controlCharacter(let byte), .invalidEscape(let byte), .invalidHexDigit(let byte),
            .leadingZero(let byte):
            "unexpected \(Self.shown(byte))"
        case .unexpectedEnd:
            "unexpected end of the text"
        case .unpairedHighSurrogate(let unit):
            "\\u\(Self.hex(unit)) is half of a surrogate pair, with no low surrogate after it"
        case .unpairedLowSurrogate(let unit):
            "\\u\(Self.hex(unit)) is half of a surrogate pair, with no high surrogate before it"
        case .invalidUTF8(let byte, _):
            "byte 0x\(String(byte, radix: 16)) is not UTF-8"
        case .numberOutOfRange(let text):
            "number \(text) is too large"
        case .tooDeep:
            "more than \(JSONDocument.maximumDepth) arrays and objects inside one another"
        case .tooLarge:
            "the text is 4 GiB or more"
        }
    }

    /// "character 'x'" for printable ASCII, else "byte 0x9".
    static func shown(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? "character '\(Character(UnicodeScalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }

    /// Four uppercase hex digits, as a `\u` escape writes a UTF-16 unit.
    public static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
