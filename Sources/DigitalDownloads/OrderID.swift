/// An order id as the customer-account page URL carries it: a plain token of ASCII letters, digits,
/// `-` and `_` (the v2 API's are 32 hex characters, the v1 API's UUIDs).
///
/// The one check every id passes before it is used, by the site, the response cache, the v1
/// API and the preview: the id becomes a query value, a file name in the cache and a folder
/// name under the output, so `../x` must never reach any of them.
public struct OrderID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String
    /// Four times the longest id the API hands out: room to spare, and still a safe file name.
    public static let maximumLength = 128

    public init(_ text: String) throws(OrderIDError) {
        guard !text.isEmpty else { throw .empty }
        guard text.utf8.count <= Self.maximumLength else { throw .tooLong(text) }
        guard text.utf8.allSatisfy(Self.isAllowed) else { throw .invalidCharacters(text) }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (lhs: OrderID, rhs: OrderID) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
