extension JSONFields {
    /// A non-blank string (a number is taken as its digits); anything else reads as nil.
    func lenientString<Key: CodingKey>(_ key: Key) -> String? {
        guard let value = try? optionalString(key), !value.isBlank else { return nil }
        return value
    }

    /// A whole number, or a string of digits; anything else reads as nil.
    func lenientInt64<Key: CodingKey>(_ key: Key) -> Int64? {
        switch probe(key) {
        case .integer(let value)?:
            return value
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            return trimmed.isASCIIDigits ? Int64(trimmed) : nil
        default:
            return nil
        }
    }

    /// `optionalBool`, with anything unusable read as nil.
    func lenientBool<Key: CodingKey>(_ key: Key) -> Bool? {
        (try? optionalBool(key)) ?? nil
    }

    /// `optionalByteSize`, with anything unusable read as nil.
    func lenientByteSize<Key: CodingKey>(_ key: Key) -> ByteSize? {
        (try? optionalByteSize(key)) ?? nil
    }

    /// A list of labels: an array (non-string scalars become text, blanks and others dropped),
    /// or one comma-separated string (Shopify's own tag format). Anything else reads as empty.
    func lenientStringList<Key: CodingKey>(_ key: Key) -> [String] {
        guard let value = valueNode(key) else { return [] }
        switch JSONValue(document, node: value) {
        case .array:
            return document.elements(of: value).compactMap { element in
                switch JSONValue(document, node: element) {
                case .string(let text):
                    let trimmed = text.trimmingWhitespace
                    return trimmed.isEmpty ? nil : trimmed
                case .integer(let number):
                    return String(number)
                case .number(let number):
                    return String(number)
                default:
                    return nil
                }
            }
        case .string(let text):
            return text.split(separator: ",")
                .map { String($0).trimmingWhitespace }
                .filter { !$0.isEmpty }
        default:
            return []
        }
    }
}
