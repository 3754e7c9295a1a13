/// The `links` of a paginated v1 answer: where the first, last, previous and next pages are.
/// `prev` is `null` on the first page and `next` on the last.
public struct V1PageLinks: Sendable, Equatable {
    public var first: String?
    public var last: String?
    public var prev: String?
    public var next: String?

    enum CodingKeys: String, CodingKey {
        case first, last, prev, next
    }

    public init(first: String? = nil, last: String? = nil, prev: String? = nil, next: String? = nil) {
        self.first = first
        self.last = last
        self.prev = prev
        self.next = next
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        first = try fields.optionalLink(CodingKeys.first)
        last = try fields.optionalLink(CodingKeys.last)
        prev = try fields.optionalLink(CodingKeys.prev)
        next = try fields.optionalLink(CodingKeys.next)
    }
}

extension JSONFields {
    /// A URL string or `null`; missing reads as `null`; an empty string is no link.
    func optionalLink<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> String? {
        switch probe(key) {
        case nil, .null?:
            return nil
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            return trimmed.isEmpty ? nil : trimmed
        case let other?:
            throw failure(key, .wrongType(expected: "a URL string or null", found: other.kindDescription))
        }
    }
}
