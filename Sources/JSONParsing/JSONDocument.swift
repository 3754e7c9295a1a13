/// JSON text parsed in one pass, kept as a flat list of values over the text's bytes.
///
/// Built for speed where `JSONDecoder` and `JSONSerialization` are slow: parsing makes no
/// `String` and no object per value, and a reader asks for the values it needs by node (an `Int`;
/// `root` is the whole document): a member by name, an element, a string made from its bytes
/// only when asked for. Both the template engine (`TemplateValue(json:)`) and the order decoder
/// read JSON this way.
public struct JSONDocument: Sendable {
    /// The deepest nesting of arrays and objects accepted, as `JSONDecoder` has it: deeper text is
    /// refused rather than allowed to exhaust the stack.
    public static let maximumDepth = 512

    /// The text, as UTF-8.
    @usableFromInline let bytes: [UInt8]
    /// Every value, in document order (see `JSONNode`).
    @usableFromInline let nodes: [JSONNode]

    /// The node of the document's top-level value.
    public var root: Int { 0 }

    /// Parses UTF-8 JSON text (a byte order mark is skipped; UTF-16 and UTF-32 text is transcoded
    /// first). Any single value may be the top level. Throws where the text stops being JSON.
    public init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
        let encoding = bytes.withUnsafeBufferPointer { JSONTextEncoding.detect($0) }
        var text = bytes
        var start = 0
        switch encoding {
        case .utf8(let skipping):
            start = skipping
        case .utf16, .utf32:
            text = bytes.withUnsafeBufferPointer { encoding.transcoded($0) }
        }
        guard text.count < Int(UInt32.max) else {
            throw JSONSyntaxError(reason: .tooLarge, offset: 0, line: 1, column: 1)
        }
        let result = text.withUnsafeBufferPointer { buffer -> Result<[JSONNode], JSONSyntaxError> in
            var parser = JSONParser(bytes: buffer, start: start)
            do throws(JSONSyntaxError) {
                try parser.parseDocument()
                return .success(parser.nodes)
            } catch {
                return .failure(error)
            }
        }
        self.bytes = text
        self.nodes = try result.get()
    }

    /// Parses JSON text from any bytes, e.g. `Data`; see `init(parsing:)`.
    @inlinable
    public init(parsing bytes: some Collection<UInt8>) throws(JSONSyntaxError) {
        // Contiguous bytes (`Data`) are copied in one go; `Array(bytes)` went byte by byte.
        try self.init(parsing: bytes.withContiguousStorageIfAvailable { Array($0) } ?? Array(bytes))
    }
}
