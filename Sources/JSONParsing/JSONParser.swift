/// Reads JSON text in one pass over its bytes into the flat list of nodes a `JSONDocument` holds.
///
/// Everything is checked here (grammar, escapes, UTF-8, number range, depth), so reading a value
/// out of the document later cannot fail. What it accepts beyond RFC 8259 is what Foundation's
/// `JSONDecoder` accepts too: one trailing comma in an array or object.
struct JSONParser {
    var nodes: [JSONNode] = []
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.index = start
        nodes.reserveCapacity(max(16, bytes.count / 12))
    }

    /// The whole text: one value, with only whitespace around it.
    mutating func parseDocument() throws(JSONSyntaxError) {
        try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count { throw error(.unexpectedByte(bytes[index]), at: index) }
    }

    func error(_ reason: JSONSyntaxError.Reason, at offset: Int) -> JSONSyntaxError {
        let (line, column) = TextPosition.lineAndColumn(of: offset, in: bytes)
        return JSONSyntaxError(reason: reason, offset: offset, line: line, column: column)
    }

    /// The error for the byte at `index`, or for the end of the text.
    func unexpected() -> JSONSyntaxError {
        index < bytes.count ? error(.unexpectedByte(bytes[index]), at: index) : error(.unexpectedEnd, at: index)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20:
                index += Self.spaces(at: index, in: bytes)
            case 0x0A, 0x0D, 0x09:
                index += 1
            default:
                return
            }
        }
    }

    /// How many spaces start at `offset` (which holds one), up to eight read at once: indented
    /// JSON (`json.dumps(indent=4)`, most pretty printers) is half spaces, in runs of four to
    /// twenty, which a byte at a time costs more than the values between them.
    @inline(__always)
    private static func spaces(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        assert(offset < bytes.count && bytes[offset] == 0x20, "called where a space is")
        guard offset + 8 <= bytes.count, let base = bytes.baseAddress else { return 1 }
        let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        // Zero bytes where there are spaces; the first byte that is not one ends the run.
        let others = word ^ 0x2020_2020_2020_2020
        return others == 0 ? 8 : others.trailingZeroBitCount >> 3
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            try parseString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < JSONDocument.maximumDepth else { throw error(.tooDeep, at: index) }
            if bytes[index] == UInt8(ascii: "{") {
                try parseObject(depth: depth + 1)
            } else {
                try parseArray(depth: depth + 1)
            }
        case UInt8(ascii: "t"):
            try parseLiteral("true", kind: .bool, payload: 1)
        case UInt8(ascii: "f"):
            try parseLiteral("false", kind: .bool, payload: 0)
        case UInt8(ascii: "n"):
            try parseLiteral("null", kind: .null, payload: 0)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
        case let byte:
            throw error(.unexpectedByte(byte), at: index)
        }
    }

    private mutating func parseLiteral(_ word: StaticString, kind: JSONKind, payload: UInt64) throws(JSONSyntaxError) {
        let start = index
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard index < bytes.count, bytes[index] == byte else { throw unexpected() }
            index += 1
        }
        nodes.append(JSONNode(kind: kind, start: start, next: nodes.count + 1, payload: payload))
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) {
        let node = nodes.count
        nodes.append(JSONNode(kind: .array, start: index, next: 0))
        index += 1
        var count: UInt64 = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            while true {
                try parseValue(depth: depth)
                count += 1
                skipWhitespace()
                guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                }
                guard bytes[index] == UInt8(ascii: ",") else { throw error(.unexpectedByte(bytes[index]), at: index) }
                index += 1
                skipWhitespace()
                // One trailing comma is accepted, as JSONDecoder accepts it.
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                }
            }
        }
        nodes[node].next = UInt32(truncatingIfNeeded: nodes.count)
        nodes[node].payload = count
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) {
        let node = nodes.count
        nodes.append(JSONNode(kind: .object, start: index, next: 0))
        index += 1
        var count: UInt64 = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
                try parseString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected() }
                index += 1
                try parseValue(depth: depth)
                count += 1
                skipWhitespace()
                guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    break
                }
                guard bytes[index] == UInt8(ascii: ",") else { throw error(.unexpectedByte(bytes[index]), at: index) }
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    break
                }
            }
        }
        nodes[node].next = UInt32(truncatingIfNeeded: nodes.count)
        nodes[node].payload = count
    }
}
