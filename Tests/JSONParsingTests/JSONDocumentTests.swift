import Testing

@testable import JSONParsing

/// What a parsed document holds: kinds, numbers as `JSONDecoder` reads them, strings with their
/// escapes read, members found as `JSONDecoder` finds keys, and the way to a value.
@Suite struct JSONDocumentTests {
    private func parse(_ text: String) throws -> JSONDocument {
        try JSONDocument(parsing: Array(text.utf8))
    }

    @Test(arguments: [
        ("null", JSONKind.null), ("true", .bool), ("false", .bool), ("0", .number), ("\"\"", .string), ("[]", .array),
        ("{}", .object), (" \n\t\r[ ] ", .array),
    ])
    func anyValueCanBeTheRoot(text: String, kind: JSONKind) throws {
        #expect(try parse(text).kind(of: 0) == kind)
    }

    @Test(arguments: [
        ("0", JSONNumber.integer(0)), ("-0", .integer(0)), ("42", .integer(42)), ("-17", .integer(-17)),
        ("1.0", .integer(1)), ("1e3", .integer(1000)), ("1E+2", .integer(100)), ("-1e3", .integer(-1000)),
        ("0.5e1", .integer(5)), ("100e-2", .integer(1)), ("-0.0", .integer(0)), ("1e-400", .integer(0)),
        ("1.5", .double(1.5)), ("1e-3", .double(0.001)), ("123.456e2", .double(12345.6)),
        ("9223372036854775807", .integer(.max)), ("-9223372036854775808", .integer(.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808)), ("1e19", .double(1e19)), ("1e18", .integer(1_000_000_000_000_000_000)),
        ("9007199254740993.0", .integer(9_007_199_254_740_993)), ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ("1.7976931348623157e308", .double(1.7976931348623157e308)),
    ])
    func numbersReadAsJSONDecoderReadsThem(text: String, number: JSONNumber) throws {
        #expect(try parse(text).number(at: 0) == number)
    }

    @Test(arguments: [
        (#""plain""#, "plain"), (#""a\"b\\c\/d""#, "a\"b\\c/d"), (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
        (#""\u00e9\u00E9""#, "éé"), (#""\ud83d\ude00!""#, "😀!"), (#""\u0000""#, "\u{0}"), (#""日本\n語""#, "日本\n語"),
        (#""e\u0301""#, "e\u{301}"),
    ])
    func stringsAreUnescaped(text: String, value: String) throws {
        let document = try parse(text)
        #expect(document.string(at: 0) == value)
        #expect(document.string(at: 0).unicodeScalars.elementsEqual(value.unicodeScalars))
    }

    @Test func membersAreFoundAsJSONDecoderFindsKeys() throws {
        let document = try parse(#"{"a": 1, "a": 2, "\u0062": [true], "c": {"d": null}, "K": 3}"#)
        #expect(document.count(of: 0) == 5)
        #expect(document.member(named: "a", in: 0).map(document.number(at:)) == .integer(1), "the first of duplicates wins")
        let b = try #require(document.member(named: "b", in: 0), "an escaped name is read")
        #expect(document.kind(of: b) == .array)
        #expect(document.member(named: "k", in: 0) == nil)
        #expect(document.member(named: "d", in: 0) == nil, "only the object's own members")
        let c = try #require(document.member(named: "c", in: 0))
        #expect(document.member(named: "d", in: c).map(document.kind(of:)) == .null)
        #expect(document.members(of: 0).map { document.string(at: $0.key) } == ["a", "a", "b", "c", "K"])
        // Names are compared as Unicode text: U+212A KELVIN SIGN is canonically "K".
        let kelvin = try parse("{\"\u{212A}\": 1}")
        #expect(kelvin.member(named: "K", in: 0) != nil)
    }

    @Test func elementsInOrderAndPathsToValues() throws {
        let document = try parse(#"{"lines": [{"p": 1}, {"assets": [0, {"size": "x"}]}], "z": []}"#)
        let lines = try #require(document.member(named: "lines", in: 0))
        let elements = Array(document.elements(of: lines))
        #expect(elements.count == 2)
        let assets = try #require(document.member(named: "assets", in: elements[1]))
        let second = try #require(Array(document.elements(of: assets)).last)
        let size = try #require(document.member(named: "size", in: second))
        #expect(document.path(to: size) == [.key("lines"), .index(1), .key("assets"), .index(1), .key("size")])
        #expect(document.path(to: 0) == [])
        #expect(document.path(to: try #require(document.member(named: "z", in: 0))) == [.key("z")])
    }

    @Test(arguments: ["[1, 2,]", #"{"a": 1,}"#, "[[],]", "\u{FEFF}{}", "\u{FEFF} [1]"])
    func acceptsWhatJSONDecoderAccepts(text: String) throws {
        _ = try parse(text)
    }

    @Test func utf16AndUTF32TextIsTranscoded() throws {
        let text = #"{"name": "café 😀"}"#
        let utf16LE: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16BE: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let utf32LE: [UInt8] = text.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) } }
        for bytes in [utf16LE, utf16BE, utf32LE] {
            let document = try JSONDocument(parsing: bytes)
            #expect(document.member(named: "name", in: 0).map(document.string(at:)) == "café 😀")
        }
    }

    @Test func nestingIsLimitedTo512() throws {
        let depth = JSONDocument.maximumDepth
        _ = try parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        let tooDeep = "\n" + String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        let error = try #require(throws: JSONSyntaxError.self) { try parse(tooDeep) }
        #expect(error.reason == .tooDeep)
        #expect((error.offset, error.line, error.column) == (depth + 1, 2, depth + 1))
        // Hostile depth fails without running out of stack.
        #expect(throws: JSONSyntaxError.self) { try parse(String(repeating: "[", count: 1_000_000)) }
    }

    @Test(arguments: [
        ("", JSONSyntaxError.Reason.unexpectedEnd, 0),
        ("   ", .unexpectedEnd, 3),
        ("{nope", .unexpectedByte(UInt8(ascii: "n")), 1),
        ("[1 2]", .unexpectedByte(UInt8(ascii: "2")), 3),
        ("[1,,2]", .unexpectedByte(UInt8(ascii: ",")), 3),
        ("[,]", .unexpectedByte(UInt8(ascii: ",")), 1),
        (#"{"a":1,,}"#, .unexpectedByte(UInt8(ascii: ",")), 7),
        (#"{"a" 1}"#, .unexpectedByte(UInt8(ascii: "1")), 5),
        (#"{"a":}"#, .unexpectedByte(UInt8(ascii: "}")), 5),
        ("{1:2}", .unexpectedByte(UInt8(ascii: "1")), 1),
        ("[1] x", .unexpectedByte(UInt8(ascii: "x")), 4),
        ("{} \u{0}", .unexpectedByte(0), 3),
        ("[trux]", .unexpectedByte(UInt8(ascii: "x")), 4),
        ("[tru", .unexpectedEnd, 4),
        ("[01]", .leadingZero(UInt8(ascii: "1")), 2),
        ("[-01]", .leadingZero(UInt8(ascii: "1")), 3),
        ("[1.]", .unexpectedByte(UInt8(ascii: "]")), 3),
        ("[1e]", .unexpectedByte(UInt8(ascii: "]")), 3),
        ("[-]", .unexpectedByte(UInt8(ascii: "]")), 2),
        ("[.5]", .unexpectedByte(UInt8(ascii: ".")), 1),
        ("+1", .unexpectedByte(UInt8(ascii: "+")), 0),
        ("1e400", .numberOutOfRange("1e400"), 0),
        ("[-1.8e308]", .numberOutOfRange("-1.8e308"), 1),
        ("\"tab\there\"", .controlCharacter(9), 4),
        (#""é\x""#, .invalidEscape(UInt8(ascii: "x")), 4),
        (#""\u12G4""#, .invalidHexDigit(UInt8(ascii: "G")), 5),
        (#""\ud83d""#, .unpairedHighSurrogate(0xD83D), 1),
        (#""a\ud83d\u0041""#, .unpairedHighSurrogate(0xD83D), 2),
        (#""\ude00""#, .unpairedLowSurrogate(0xDE00), 1),
        ("\"abc", .unexpectedEnd, 4),
        ("'a'", .unexpectedByte(UInt8(ascii: "'")), 0),
        ("NaN", .unexpectedByte(UInt8(ascii: "N")), 0),
        ("// c\n1", .unexpectedByte(UInt8(ascii: "/")), 0),
        (" \u{FEFF}{}", .unexpectedByte(0xEF), 1),
    ])
    func syntaxErrorsSayWhatAndWhere(text: String, reason: JSONSyntaxError.Reason, offset: Int) throws {
        let error = try #require(throws: JSONSyntaxError.self) { try parse(text) }
        #expect(error.reason == reason)
        #expect(error.offset == offset)
    }

    @Test(
        arguments: [
            ([0x22, 0xFF, 0x22], 0xFF, 1), ([0x22, 0xC3, 0x22], 0xC3, 1), ([0x22, 0xED, 0xA0, 0x80, 0x22], 0xED, 3),
            ([0x22, 0xC0, 0x80, 0x22], 0xC0, 2), ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 0xF4, 4), ([0x22, 0xE2, 0x82], 0xE2, 2),
        ] as [([UInt8], UInt8, Int)])
    func stringsMustBeUTF8(bytes: [UInt8], lead: UInt8, length: Int) throws {
        let error = try #require(throws: JSONSyntaxError.self) { try JSONDocument(parsing: bytes) }
        #expect(error.reason == .invalidUTF8(byte: lead, length: length))
        #expect(error.offset == 1)
    }

    /// Runs of spaces are skipped eight at a time: each width, wherever the run ends against the
    /// end of the text, must stop exactly at the first byte that is not a space.
    @Test(arguments: 0...20)
    func indentationOfEveryWidth(width: Int) throws {
        let run = String(repeating: " ", count: width)
        let document = try parse("{\n\(run)\"a\"\(run):\(run)[\(run)1,\t\(run)\"b\"\(run)]\(run)\r\n}\(run)")
        let list = try #require(document.member(named: "a", in: document.root))
        #expect(Array(document.elements(of: list)).map { document.kind(of: $0) } == [.number, .string])
        for (text, offset) in [("[\(run)x", 1 + width), ("{}\(run)\u{0}", 2 + width), ("[1\(run) \(run)2]", 3 + 2 * width)] {
            let error = try #require(throws: JSONSyntaxError.self) { try parse(text) }
            #expect(error.offset == offset, "\(text.debugDescription)")
        }
    }

    /// A string's plain run is read eight bytes at a time and ends at the first byte of a word
    /// that needs attention: wherever that byte falls in a word, and whatever follows it in the
    /// same word, the run must stop exactly there.
    @Test(arguments: 0...20)
    func stringRunsEndAtEveryOffset(length: Int) throws {
        let plain = String(repeating: "a", count: length)
        // The string closes at each offset, with more quotes, escapes and bytes beyond ASCII after it.
        let closed = try parse("[\"\(plain)\", \"\\\"éx\"]")
        #expect(Array(closed.elements(of: closed.root)).map { closed.string(at: $0) } == [plain, "\"éx"])
        // An escape, a byte beyond ASCII and an escaped quote in the same word after the run.
        for (tail, value) in [(#"\n\"é"#, "\n\"é"), (#"é\t\""#, "é\t\""), (#"\u0041\""#, "A\"")] {
            let document = try parse("[\"\(plain)\(tail)\"]")
            let element = try #require(Array(document.elements(of: document.root)).first)
            #expect(document.string(at: element) == plain + value, "\(tail)")
        }
        // A control character ends the run as an error at its own offset (not NUL: `"` then NUL
        // opens the text, which reads as UTF-16).
        for control in ["\u{1}", "\u{1F}", "\n"] {
            let error = try #require(throws: JSONSyntaxError.self) { try parse("\"\(plain)\(control)aaaaaaaaaa\"") }
            #expect(error.offset == 1 + length, "\(control.debugDescription)")
        }
        // Unterminated, at every length against the end of the text.
        let error = try #require(throws: JSONSyntaxError.self) { try parse("\"\(plain)") }
        #expect((error.reason, error.offset) == (.unexpectedEnd, 1 + length))
    }

    @Test func positionsCountLinesAndCharacters() throws {
        let error = try #require(throws: JSONSyntaxError.self) { try parse("{\"é\": \"ü\",\n  \"b\": x}") }
        #expect((error.line, error.column, error.offset) == (2, 8, 20))
        #expect(error.description == "line 2, column 8: unexpected character 'x'")
    }
}
