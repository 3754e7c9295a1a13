@testable import DigitalDownloads

// The decoding this package used before the one-pass reader (`JSONDocument` and `JSONFields`), kept
// unchanged but for names, as the reference the differential tests compare the reader with.

/// The kind of JSON value found at a position, read without committing to a Swift type.
///
/// Decoding probes a field with this first, so an error can say what was *found*
/// ("expected a string, found a number") and lenient fields can coerce what they safely can.
/// Containers record only their kind; their contents are decoded by the real model type.
enum ReferenceJSONValue: Decodable, Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array
    case object

    init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? single.decode(Double.self) {
            self = .number(value)
        } else if let value = try? single.decode(String.self) {
            self = .string(value)
        } else if (try? decoder.unkeyedContainer()) != nil {
            self = .array
        } else {
            self = .object
        }
    }

    /// The same value as the production reader's enum, for `ByteSize(json:)`.
    var production: JSONValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .integer(let value): .integer(value)
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        case .array: .array
        case .object: .object
        }
    }

    /// How the kind reads in an error message: "a number", "an array", "null".
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
