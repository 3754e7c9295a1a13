extension KeyedDecodingContainer {
    /// A string that must be present and not blank.
    func requiredString(_ key: Key) throws -> String {
        switch try probe(key) {
        case nil:
            throw failure(key, .missing)
        case .null:
            throw failure(key, .null(expected: "a string"))
        case .string(let value):
            guard !value.isBlank else { throw failure(key, .invalidValue("empty string")) }
            return value
        case let other?:
            throw failure(key, .wrongType(expected: "a string", found: other.kindDescription))
        }
    }

    /// An identifier: a non-blank string, or a whole number taken as its digits (ids are
    /// sometimes numeric).
    func requiredIdentifier(_ key: Key) throws -> String {
        if case .integer(let value)? = try probe(key) { return String(value) }
        return try requiredString(key)
    }

    /// A nested object that must be present; its own decoder reports a wrong type at its path.
    func requiredObject<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        guard contains(key) else { throw failure(key, .missing) }
        return try decode(type, forKey: key)
    }

    /// An array that must be present (it may be empty).
    func requiredArray<Element: Decodable>(of type: Element.Type, _ key: Key) throws -> [Element] {
        switch try probe(key) {
        case nil:
            throw failure(key, .missing)
        case .null:
            throw failure(key, .null(expected: "an array"))
        case .array:
            return try decode([Element].self, forKey: key)
        case let other?:
            throw failure(key, .wrongType(expected: "an array", found: other.kindDescription))
        }
    }

    /// A count that must be present: see `optionalCount`.
    func requiredCount(_ key: Key) throws -> Int {
        guard let value = try optionalCount(key) else {
            throw failure(key, contains(key) ? .null(expected: "a whole number") : .missing)
        }
        return value
    }

    /// An order number: a JSON integer of 0 or more, or a string of digits with an optional
    /// leading `#` (as Shopify prints order names), since both spell the same number.
    func orderNumber(_ key: Key) throws -> Int {
        let expected = "an order number (an integer or a string of digits)"
        switch try probe(key) {
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
