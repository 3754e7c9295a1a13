/// The two decoding policies every model uses, in one place:
///
/// - **required** fields (a page can't do without them) must be present, non-null and of the
///   right type; anything else throws a `DecodingFailure` naming the JSON path;
/// - **lenient** fields only decorate the page: `null`, a missing key or an unusable type reads
///   as absent, and unambiguous variants are coerced (a numeric id, a digit string, `0`/`1`).

extension Decoder {
    /// The keyed container of a JSON object, or a path-naming failure when the value is not one.
    func objectContainer<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let value = try JSONValue(from: self)
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
    func probe(_ key: Key) throws -> JSONValue? {
        guard contains(key) else { return nil }
        return try decode(JSONValue.self, forKey: key)
    }

    func failure(_ key: Key, _ problem: DecodingFailure.Problem) -> DecodingFailure {
        DecodingFailure(codingPath: codingPath + [key], problem: problem)
    }

    // MARK: Required

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

    /// A count of downloads: a non-negative whole number (or a string of digits);
    /// nil when missing or null. Other values are errors: a misread count would
    /// misstate what the customer may still download.
    func count(_ key: Key) throws -> Int? {
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
            let trimmed = text.trimmingWhitespace
            guard trimmed.isASCIIDigits, let count = Int(trimmed) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            return count
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
    }

    // MARK: Lenient

    /// A non-blank string; a number is taken as its digits; anything else reads as nil.
    func lenientString(_ key: Key) -> String? {
        switch try? probe(key) {
        case .string(let value)?:
            return value.isBlank ? nil : value
        case .integer(let value)?:
            return String(value)
        case .number(let value)?:
            return String(value)
        default:
            return nil
        }
    }

    /// A whole number, or a string of digits; anything else reads as nil.
    func lenientInt64(_ key: Key) -> Int64? {
        switch try? probe(key) {
        case .integer(let value)?:
            return value
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            return trimmed.isASCIIDigits ? Int64(trimmed) : nil
        default:
            return nil
        }
    }

    /// `true`/`false`, `1`/`0`, or the strings "true"/"false"/"1"/"0"; anything else reads as nil.
    func lenientBool(_ key: Key) -> Bool? {
        switch try? probe(key) {
        case .bool(let value)?:
            return value
        case .integer(1)?:
            return true
        case .integer(0)?:
            return false
        case .string(let text)?:
            switch text.trimmingWhitespace.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: return nil
            }
        default:
            return nil
        }
    }

    /// A list of labels: an array (non-string scalars become text, blanks and others dropped),
    /// or one comma-separated string (Shopify's own tag format). Anything else reads as empty.
    func lenientStringList(_ key: Key) -> [String] {
        switch try? probe(key) {
        case .array?:
            let items = (try? decode([JSONValue].self, forKey: key)) ?? []
            return items.compactMap { item in
                switch item {
                case .string(let value):
                    let trimmed = value.trimmingWhitespace
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
                .map { String($0).trimmingWhitespace }
                .filter { !$0.isEmpty }
        default:
            return []
        }
    }

    /// A byte size in either of the shapes the API uses; anything unusable reads as nil.
    func lenientByteSize(_ key: Key) -> ByteSize? {
        guard let value = try? probe(key) else { return nil }
        return ByteSize(json: value)
    }
}

extension String {
    /// True for the empty string and strings of only whitespace or newlines.
    var isBlank: Bool { allSatisfy { $0.isWhitespace } }

    /// Trims whitespace and newlines at both ends, without needing Foundation.
    var trimmingWhitespace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }

    /// Non-empty and made only of the ASCII digits 0-9.
    var isASCIIDigits: Bool {
        !isEmpty && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
