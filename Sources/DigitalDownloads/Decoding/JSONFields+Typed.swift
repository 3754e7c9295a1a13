extension JSONFields {
    /// An array of objects where missing or null means empty; any other non-array is still an
    /// error, because these arrays hold downloads and silently dropping them would hide files.
    func optionalArray<Key: CodingKey, Element>(
        _ key: Key, _ read: (JSONFields) throws(DecodingFailure) -> Element
    ) throws(DecodingFailure) -> [Element] {
        guard let value = valueNode(key) else { return [] }
        switch JSONValue(document, node: value) {
        case .null:
            return []
        case .array:
            return try objects(in: value, read)
        case let other:
            throw failure(key, .wrongType(expected: "an array", found: other.kindDescription))
        }
    }

    /// An object where missing or null means absent; a non-object is an error.
    func optionalObject<Key: CodingKey, T>(_ key: Key, _ read: (JSONFields) throws(DecodingFailure) -> T) throws(DecodingFailure) -> T? {
        guard let value = valueNode(key), document.kind(of: value) != .null else { return nil }
        return try read(JSONFields(document, object: value))
    }

    /// A string as sent (a number is taken as its text); missing or null is nil.
    func optionalString<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> String? {
        switch probe(key) {
        case nil, .null?:
            return nil
        case .string(let value)?:
            return value
        case .integer(let value)?:
            return String(value)
        case .number(let value)?:
            return String(value)
        case let other?:
            throw failure(key, .wrongType(expected: "a string", found: other.kindDescription))
        }
    }

    /// A boolean, also `0`/`1` and the strings "true"/"false"/"1"/"0" (as PHP often sends);
    /// missing or null is nil.
    func optionalBool<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> Bool? {
        switch probe(key) {
        case nil, .null?:
            return nil
        case .bool(let value)?:
            return value
        case .integer(0)?:
            return false
        case .integer(1)?:
            return true
        case .string(let text)?:
            switch text.trimmingWhitespace.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: throw failure(key, .invalidValue("expected a boolean, found \"\(text)\""))
            }
        case let other?:
            throw failure(key, .wrongType(expected: "a boolean", found: other.kindDescription))
        }
    }

    /// A count: a whole number of 0 or more (or a string of digits); missing or null is nil.
    /// Other values are errors: a misread count would misstate what the customer may still
    /// download, or how far a listing got.
    func optionalCount<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> Int? {
        let expected = "a whole number"
        switch probe(key) {
        case nil, .null?:
            return nil
        case .integer(let value)?:
            guard value >= 0 else {
                throw failure(key, .invalidValue("expected a count of 0 or more, found \(value)"))
            }
            guard let count = Int(exactly: value) else {
                throw failure(key, .invalidValue("count \(value) is too large"))
            }
            return count
        case .number(let value)?:
            throw failure(key, .invalidValue("expected \(expected), found \(value)"))
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            guard trimmed.isASCIIDigits, let count = Int(trimmed) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            return count
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
    }

    /// A byte size in either shape the API uses ("10MB" or a number of bytes); missing or null is nil.
    func optionalByteSize<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> ByteSize? {
        switch probe(key) {
        case nil, .null?:
            return nil
        case let value?:
            guard let size = ByteSize(json: value) else {
                throw failure(
                    key, .invalidValue("expected a size (\"10MB\" or a number of bytes), found \(value.kindDescription)"))
            }
            return size
        }
    }
}
