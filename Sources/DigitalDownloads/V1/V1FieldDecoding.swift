import Foundation

/// The field readers of the v1 orders API, on top of the shared `probe`/`failure` machinery.
///
/// v1 fields are either required (an order's `id` and `order_number`, the pagination numbers)
/// or *optional but typed*: a missing key or `null` reads as absent, while a value of the wrong
/// kind is an error naming its JSON path, because a listing that silently drops a value it
/// could not read would misreport the orders.
extension KeyedDecodingContainer {
    /// A non-blank string, or a whole number taken as its digits (ids are sometimes numeric).
    func v1RequiredIdentifier(_ key: Key) throws -> String {
        let expected = "a string"
        switch try probe(key) {
        case nil:
            throw failure(key, .missing)
        case .null?:
            throw failure(key, .null(expected: expected))
        case .string(let value)?:
            guard !value.isBlank else { throw failure(key, .invalidValue("empty string")) }
            return value
        case .integer(let value)?:
            return String(value)
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
    }

    /// An order number: a JSON integer, or a string of digits with an optional leading `#`.
    func v1OrderNumber(_ key: Key) throws -> Int {
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

    /// A string; missing or null is nil, a number is taken as its text, anything else an error.
    func v1OptionalString(_ key: Key) throws -> String? {
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

    /// A boolean (also `0`/`1` and their strings, as PHP often sends); missing or null is nil.
    func v1OptionalBool(_ key: Key) throws -> Bool? {
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
            switch text.trimmingWhitespace.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: throw failure(key, .invalidValue("expected a boolean, found \"\(text)\""))
            }
        case let other?:
            throw failure(key, .wrongType(expected: "a boolean", found: other.kindDescription))
        }
    }

    /// A whole number ≥ 0 (or a string of digits, as some PHP serialisers send).
    func v1RequiredCount(_ key: Key) throws -> Int {
        guard let value = try v1OptionalCount(key) else {
            throw failure(key, contains(key) ? .null(expected: "a whole number") : .missing)
        }
        return value
    }

    /// Like `v1RequiredCount`, but missing or null is nil (Laravel sends `from`/`to` as null on an empty page).
    func v1OptionalCount(_ key: Key) throws -> Int? {
        let expected = "a whole number"
        switch try probe(key) {
        case nil, .null?:
            return nil
        case .integer(let value)?:
            guard value >= 0, let count = Int(exactly: value) else {
                throw failure(key, .invalidValue("expected \(expected) of 0 or more, found \(value)"))
            }
            return count
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            guard trimmed.isASCIIDigits, let count = Int(trimmed) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            return count
        case .number(let value)?:
            throw failure(key, .invalidValue("expected \(expected), found \(value)"))
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
    }

    /// A Unix timestamp in seconds (an integer, a fractional number or a string of digits);
    /// missing or null is nil. Values that cannot be seconds since 1970 (negative, or so large
    /// they are surely milliseconds) are errors rather than dates thousands of years away.
    func v1Timestamp(_ key: Key) throws -> V1Timestamp? {
        let expected = "a Unix timestamp in seconds"
        let seconds: Double
        switch try probe(key) {
        case nil, .null?:
            return nil
        case .integer(let value)?:
            seconds = Double(value)
        case .number(let value)?:
            seconds = value
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            guard trimmed.isASCIIDigits, let value = Double(trimmed) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            seconds = value
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
        guard seconds.isFinite, seconds >= 0, seconds < V1Timestamp.implausiblyLarge else {
            let shown = seconds.isFinite && seconds.rounded() == seconds ? String(Int64(exactly: seconds) ?? 0) : String(seconds)
            throw failure(key, .invalidValue("expected \(expected), found \(shown)"))
        }
        return V1Timestamp(unixSeconds: seconds)
    }
}
