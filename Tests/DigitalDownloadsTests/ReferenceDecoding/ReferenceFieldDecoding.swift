@testable import DigitalDownloads

// The decoding this package used before the one-pass reader (`JSONDocument` and `JSONFields`), kept
// unchanged but for names, as the reference the differential tests compare the reader with.

/// The field readers every model uses, in one place. A field is read by one of three policies:
///
/// - **required** (`FieldDecoding+Required.swift`): a page or a listing cannot do without it;
///   it must be present, non-null and of the right type, else a `DecodingFailure` names its
///   JSON path;
/// - **typed** (`FieldDecoding+Typed.swift`): missing or `null` reads as absent, but a value of
///   the wrong kind is an error, because silently dropping it would misreport the order (a
///   download count, an array of downloads, every field of the v1 orders API);
/// - **lenient** (`FieldDecoding+Lenient.swift`): the field only decorates a page, so an
///   unusable value reads as absent. Each lenient reader is its typed reader with the error
///   dropped, so both coerce the same unambiguous variants (a numeric id, a digit string,
///   `0`/`1` for a boolean).

extension Decoder {
    /// The keyed container of a JSON object, or a path-naming failure when the value is not one.
    func objectContainer<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let value = try ReferenceJSONValue(from: self)
        switch value {
        case .object:
            return try container(keyedBy: type)
        case .null:
            throw DecodingFailure(codingPath: codingPath, problem: .null(expected: "an object"))
        default:
            throw DecodingFailure(
                codingPath: codingPath,
                problem: .wrongType(expected: "an object", found: value.kindDescription)
            )
        }
    }
}

extension KeyedDecodingContainer {
    /// The value's kind, or nil when the key is absent.
    func probe(_ key: Key) throws -> ReferenceJSONValue? {
        guard contains(key) else { return nil }
        return try decode(ReferenceJSONValue.self, forKey: key)
    }

    func failure(_ key: Key, _ problem: DecodingFailure.Problem) -> DecodingFailure {
        DecodingFailure(codingPath: codingPath + [key], problem: problem)
    }
}

extension KeyedDecodingContainer {
    /// A string that must be present and not blank.
    func requiredString(_ key: Key) throws -> String {
        switch try probe(key) {
        case nil:
            throw failure(key, .missing)
        case .null:
            throw failure(key, .null(expected: "a string"))
        case .string(let value):
            guard !value.referenceIsBlank else { throw failure(key, .invalidValue("empty string")) }
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
            var digits = Substring(text.referenceTrimmingWhitespace)
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

extension KeyedDecodingContainer {
    /// An array where missing or null means empty; any other non-array is still an error,
    /// because these arrays hold downloads and silently dropping them would hide files.
    func optionalArray<Element: Decodable>(of type: Element.Type, _ key: Key) throws -> [Element] {
        switch try probe(key) {
        case nil, .null?:
            return []
        case .array?:
            return try decode([Element].self, forKey: key)
        case let other?:
            throw failure(key, .wrongType(expected: "an array", found: other.kindDescription))
        }
    }

    /// An object where missing or null means absent; a non-object is an error.
    func optionalObject<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        switch try probe(key) {
        case nil, .null?:
            return nil
        default:
            return try decode(type, forKey: key)
        }
    }

    /// A string as sent (a number is taken as its text); missing or null is nil.
    func optionalString(_ key: Key) throws -> String? {
        switch try probe(key) {
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
    func optionalBool(_ key: Key) throws -> Bool? {
        switch try probe(key) {
        case nil, .null?:
            return nil
        case .bool(let value)?:
            return value
        case .integer(0)?:
            return false
        case .integer(1)?:
            return true
        case .string(let text)?:
            switch text.referenceTrimmingWhitespace.lowercased() {
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
    func optionalCount(_ key: Key) throws -> Int? {
        let expected = "a whole number"
        switch try probe(key) {
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
            let trimmed = text.referenceTrimmingWhitespace
            guard trimmed.isASCIIDigits, let count = Int(trimmed) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            return count
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
    }

    /// A byte size in either shape the API uses ("10MB" or a number of bytes); missing or null is nil.
    func optionalByteSize(_ key: Key) throws -> ByteSize? {
        switch try probe(key) {
        case nil, .null?:
            return nil
        case let value?:
            guard let size = ByteSize(json: value.production) else {
                throw failure(
                    key, .invalidValue("expected a size (\"10MB\" or a number of bytes), found \(value.kindDescription)"))
            }
            return size
        }
    }
}

extension KeyedDecodingContainer {
    /// A non-blank string (a number is taken as its digits); anything else reads as nil.
    func lenientString(_ key: Key) -> String? {
        guard let value = try? optionalString(key), !value.referenceIsBlank else { return nil }
        return value
    }

    /// A whole number, or a string of digits; anything else reads as nil.
    func lenientInt64(_ key: Key) -> Int64? {
        switch try? probe(key) {
        case .integer(let value)?:
            return value
        case .string(let text)?:
            let trimmed = text.referenceTrimmingWhitespace
            return trimmed.isASCIIDigits ? Int64(trimmed) : nil
        default:
            return nil
        }
    }

    /// `optionalBool`, with anything unusable read as nil.
    func lenientBool(_ key: Key) -> Bool? {
        (try? optionalBool(key)) ?? nil
    }

    /// `optionalByteSize`, with anything unusable read as nil.
    func lenientByteSize(_ key: Key) -> ByteSize? {
        (try? optionalByteSize(key)) ?? nil
    }

    /// A list of labels: an array (non-string scalars become text, blanks and others dropped),
    /// or one comma-separated string (Shopify's own tag format). Anything else reads as empty.
    func lenientStringList(_ key: Key) -> [String] {
        switch try? probe(key) {
        case .array?:
            let items = (try? decode([ReferenceJSONValue].self, forKey: key)) ?? []
            return items.compactMap { item in
                switch item {
                case .string(let value):
                    let trimmed = value.referenceTrimmingWhitespace
                    return trimmed.isEmpty ? nil : trimmed
                case .integer(let value):
                    return String(value)
                case .number(let value):
                    return String(value)
                default:
                    return nil
                }
            }
        case .string(let text)?:
            return text.split(separator: ",")
                .map { String($0).referenceTrimmingWhitespace }
                .filter { !$0.isEmpty }
        default:
            return []
        }
    }
}
