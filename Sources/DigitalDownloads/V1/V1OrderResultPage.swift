/// The body of a v1 orders answer: `{"data": …, "links": {…}, "meta": {…}}`.
///
/// `data` is accepted both as a list of orders (a page of the search, the "view" example) and
/// as one order object (the search example in the document); either way `orders` is a list.
/// `links` and `meta` are absent from a single order's answer, so both are optional; when
/// present they must have the documented shape.
public struct V1OrderResultPage: Decodable, Sendable, Equatable {
    public var orders: [V1Order]
    public var links: V1PageLinks?
    public var meta: V1PageMeta?

    enum CodingKeys: String, CodingKey {
        case data
        case links
        case meta
        // Read only to explain a missing `data`: error bodies carry one of these.
        case message
        case error
    }

    public init(orders: [V1Order], links: V1PageLinks? = nil, meta: V1PageMeta? = nil) {
        self.orders = orders
        self.links = links
        self.meta = meta
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
        let expected = "an order or a list of orders"
        switch try container.probe(.data) {
        case nil:
            let apiMessage = container.lenientString(.message) ?? container.lenientString(.error)
            throw DecodingFailure(
                codingPath: container.codingPath + [CodingKeys.data], problem: .missing,
                hint: apiMessage.map { "the API said: \"\($0)\"" })
        case .null?:
            throw container.failure(.data, .null(expected: expected))
        case .array?:
            orders = try container.decode([V1Order].self, forKey: .data)
        case .object?:
            orders = [try container.decode(V1Order.self, forKey: .data)]
        case let other?:
            throw container.failure(.data, .wrongType(expected: expected, found: other.kindDescription))
        }
        links = try container.optionalObject(V1PageLinks.self, .links)
        meta = try container.optionalObject(V1PageMeta.self, .meta)
    }

    /// The next page's address, or nil on the last page.
    public var next: String? { links?.next }
}
