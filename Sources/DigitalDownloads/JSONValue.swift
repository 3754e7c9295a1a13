import JSONParsing

/// The kind of JSON value found at a position, read without committing to a Swift type.
///
/// Decoding probes a field with this first, so an error can say what was *found*
/// ("expected a string, found a number") and lenient fields can coerce what they safely can.
/// Containers record only their kind; their contents are read by the real model type.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array
    case object

    /// The value of `node`; numbers are integers exactly when `JSONDecoder` would decode an `Int64`.
    ///
    /// `document` is borrowed: an initializer otherwise takes its arguments owned, and every probe
    /// of a field would retain and release the document's two arrays.
    init(_ document: borrowing JSONDocument, node: Int) {
        switch document.kind(of: node) {
        case .null: self = .null
        case .bool: self = .bool(document.bool(at: node))
        case .number:
            switch document.number(at: node) {
            case .integer(let value)?: self = .integer(value)
            case .double(let value)?: self = .number(value)
            case nil: self = .null
            }
        case .string: self = .string(document.string(at: node))
        case .array: self = .array
        case .object: self = .object
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
