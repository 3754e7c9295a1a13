extension JSONFields {
    /// A string that must be present and not blank.
    func requiredString<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> String {
        switch probe(key) {
        case nil:
            throw failure(key, .missing)
        case .null?:
            throw failure(key, .null(expected: "a string"))
        case .string(let value)?:
            guard !value.isBlank else { throw failure(key, .invalidValue("empty string")) }
            return value
        case let other?:
            throw failure(key, .wrongType(expected: "a string", found: other.kindDescription))
        }
    }

    /// An identifier: a non-blank string, or a whole number taken as its digits (ids are
    /// sometimes numeric).
    func requiredIdentifier<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> String {
        if case .integer(let value)? = probe(key) { return String(value) }
        return try requiredString(key)
    }

    /// A nested object that must be present; a value that is not an object is reported at its path.
    func requiredObject<Key: CodingKey, T>(_ key: Key, _ read: (JSONFields) throws(DecodingFailure) -> T) throws(DecodingFailure) -> T {
        guard let value = valueNode(key) else { throw failure(key, .missing) }
        return try read(JSONFields(document, object: value))
    }

    /// An array of objects that must be present (it may be empty).
    func requiredArray<Key: CodingKey, Element>(
        _ key: Key, _ read: (JSONFields) throws(DecodingFailure) -> Element
    ) throws(DecodingFailure) -> [Element] {
        guard let value = valueNode(key) else { throw failure(key, .missing) }
        switch JSONValue(document, node: value) {
        case .null:
            throw failure(key, .null(expected: "an array"))
        case .array:
            return try objects(in: value, read)
        case let other:
            throw failure(key, .wrongType(expected: "an array", found: other.kindDescription))
        }
    }

    /// A count that must be present: see `optionalCount`.
    func requiredCount<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> Int {
        guard let value = try optionalCount(key) else {
            throw failure(key, contains(key) ? .null(expected: "a whole number") : .missing)
        }
        return value
    }

    /// An order number: a JSON integer of 0 or more, or a string of digits with an optional
    /// leading `#` (as Shopify prints order names), since both spell the same number.
    func orderNumber<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> Int {
        let expected = "an order number (an integer or a string of digits)"
        switch probe(key) {
        case nil:
            throw failure(key, .missing)
        case .null?:
            throw failure(key, .null(expected: expected))
        case .integer(let value)?:
            guard value >= 0, let number = Int(exactly: value) else {
                throw failure(key, .invalidValue("expected \(expected), found \(value)"))
            }
            return number
        case .string(let text)?:
            var digits = Substring(text.trimmingWhitespace)
            if digits.first == "#" { digits = digits.dropFirst() }
            guard String(digits).isASCIIDigits, let number = Int(digits) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            return number
        case .number(let value)?:
            throw failure(key, .invalidValue("expected \(expected), found \(value)"))
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
    }
}
