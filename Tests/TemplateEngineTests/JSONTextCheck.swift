/// Says where JSON text goes wrong, because `JSONDecoder` reports only "The given data was not
/// valid JSON" (no position, and the same words for text nested too deep to decode), and a
/// person fixing a data file needs a line and column to look at.
///
/// A small scanner of RFC 8259's grammar that ran only after the decoder had refused the text:
/// the engine's way of locating errors before `JSONDocument`, kept as part of the reference
/// (`ReferenceTemplateJSON`) that `TemplateValue(json:)` is compared with.
struct JSONTextCheck {
    /// The deepest nesting of arrays and objects `JSONDecoder` accepts.
    static let maximumDepth = 512

    enum Problem: Error, Equatable {
        /// At `offset` (a byte offset), the text stops being JSON.
        case syntax(offset: Int, reason: String)
        /// Valid JSON, but arrays and objects nested deeper than `maximumDepth`, from `offset`.
        case tooDeep(offset: Int)
    }

    private let bytes: [UInt8]
    private var index = 0

    /// The first problem of `bytes`; nil when the scanner finds none.
    static func problem(in bytes: [UInt8]) -> Problem? {
        var check = JSONTextCheck(bytes: bytes)
        do throws(Problem) {
            try check.value(depth: 0)
            check.skipWhitespace()
            if check.index < bytes.count { throw check.unexpected() }
            return nil
        } catch {
            return error
        }
    }

    /// "line 2, column 7: unexpected character 'x'"; "nested too deep: …".
    static func describe(_ problem: Problem, in bytes: [UInt8]) -> String {
        switch problem {
        case .syntax(let offset, let reason):
            return "\(position(of: offset, in: bytes)): \(reason)"
        case .tooDeep(let offset):
            return
                "nested too deep: more than \(maximumDepth) arrays and objects inside one another, from \(position(of: offset, in: bytes))"
        }
    }

    /// 1-based line and column of a byte offset; the column counts characters, not bytes.
    static func position(of offset: Int, in bytes: [UInt8]) -> String {
        let prefix = bytes[..<min(offset, bytes.count)]
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = prefix.count { $0 == 0x0A } + 1
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return "line \(line), column \(column)"
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func unexpected() -> Problem {
        guard let byte = current else { return .syntax(offset: index, reason: "unexpected end of the text") }
        let shown = byte >= 0x20 && byte < 0x7F ? "character '\(Character(UnicodeScalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return .syntax(offset: index, reason: "unexpected \(shown)")
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(Problem) {
        guard current == byte else { throw unexpected() }
        index += 1
    }

    private mutating func value(depth: Int) throws(Problem) {
        skipWhitespace()
        switch current {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw .tooDeep(offset: index) }
            try container(depth: depth + 1)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case .some(let byte) where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte): try number()
        default: throw unexpected()
        }
    }

    /// An array or an object, its opening bracket at `index`.
    private mutating func container(depth: Int) throws(Problem) {
        let isObject = current == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        index += 1
        skipWhitespace()
        if current == close {
            index += 1
            return
        }
        while true {
            if isObject {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw unexpected() }
                try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
            }
            try value(depth: depth)
            skipWhitespace()
            if current == close {
                index += 1
                return
            }
            try expect(UInt8(ascii: ","))
            // The decoder accepts a trailing comma; so does the scanner, to agree with it.
            skipWhitespace()
            if current == close {
                index += 1
                return
            }
        }
    }

    private mutating func string() throws(Problem) {
        index += 1
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 1
                guard let escaped = current, Array("\"\\/bfnrtu".utf8).contains(escaped) else { throw unexpected() }
                index += 1
                if escaped == UInt8(ascii: "u") {
                    for _ in 0..<4 {
                        guard let hex = current, hex.isHexDigit else { throw unexpected() }
                        index += 1
                    }
                }
            case ..<0x20:
                throw unexpected()
            default:
                index += 1
            }
        }
        throw unexpected()
    }

    private mutating func literal(_ word: String) throws(Problem) {
        for byte in word.utf8 { try expect(byte) }
    }

    private mutating func number() throws(Problem) {
        if current == UInt8(ascii: "-") { index += 1 }
        if current == UInt8(ascii: "0") {
            index += 1
        } else {
            try digits()
        }
        if current == UInt8(ascii: ".") {
            index += 1
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            try digits()
        }
    }

    private mutating func digits() throws(Problem) {
        guard let first = current, (0x30...0x39).contains(first) else { throw unexpected() }
        while let byte = current, (0x30...0x39).contains(byte) { index += 1 }
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
