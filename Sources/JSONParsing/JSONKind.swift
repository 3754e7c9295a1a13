/// The six kinds of JSON value, as a parsed document records them.
public enum JSONKind: UInt8, Sendable, Equatable {
    case null
    case bool
    case number
    case string
    case array
    case object
}
