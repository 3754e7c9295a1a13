/// A JSON number as Foundation's `JSONDecoder` reads it, so that every reader of a document
/// agrees on what is a whole number: `10`, `10.0`, `1e3` and `-0` are integers (they render as
/// `10`, never `10.0`, and count as a count), `1.5` and numbers beyond `Int64` are doubles.
public enum JSONNumber: Sendable, Equatable {
    case integer(Int64)
    case double(Double)
}
