/// An order id as the customer-account page URL carries it: a plain token of letters, digits,
/// `-` and `_` (the API's are 32 hex characters).
///
/// Checked before any request is made or any file written, because the id becomes both a
/// query value and a folder name under the output: `../x` must never reach either.
public struct OrderID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public static let maximumLength = 128

    public init(_ text: String) throws(OrderIDError) {
        guard !text.isEmpty else { throw .empty }
        guard text.utf8.count <= Self.maximumLength else { throw .tooLong(text) }
        let allowed = text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        guard allowed else { throw .invalidCharacters(text) }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (lhs: OrderID, rhs: OrderID) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum OrderIDError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case tooLong(String)
    case invalidCharacters(String)

    public var description: String {
        switch self {
        case .empty:
            "an order id cannot be empty"
        case .tooLong(let text):
            "order id '\(text.prefix(40))…' is longer than \(OrderID.maximumLength) characters"
        case .invalidCharacters(let text):
            "order id '\(text.debugDescription.dropFirst().dropLast())' may contain only letters, digits, '-' and '_'"
        }
    }
}
