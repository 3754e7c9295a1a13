/// The body of a v1 orders answer: `{"data": …, "links": {…}, "meta": {…}}`.
///
/// `data` is accepted both as a list of orders (a page of the search, the "view" example) and
/// as one order object (the search example in the document); either way `orders` is a list.
/// `links` and `meta` are absent from a single order's answer, so both are optional; when
/// present they must have the documented shape.
public struct V1OrderResultPage: Sendable, Equatable {
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

    init(fields: JSONFields) throws(DecodingFailure) {
        let expected = "an order or a list of orders"
        switch fields.probe(CodingKeys.data) {
        case nil:
            let apiMessage = fields.lenientString(CodingKeys.message) ?? fields.lenientString(CodingKeys.error)
            throw DecodingFailure(
                path: fields.path(CodingKeys.data), problem: .missing, hint: apiMessage.map { "the API said: \"\($0)\"" })
        case .null?:
            throw fields.failure(CodingKeys.data, .null(expected: expected))
        case .array?:
            orders = try fields.requiredArray(CodingKeys.data, V1Order.init(fields:))
        case .object?:
            orders = [try fields.requiredObject(CodingKeys.data, V1Order.init(fields:))]
        case let other?:
            throw fields.failure(CodingKeys.data, .wrongType(expected: expected, found: other.kindDescription))
        }
        links = try fields.optionalObject(CodingKeys.links, V1PageLinks.init(fields:))
        meta = try fields.optionalObject(CodingKeys.meta, V1PageMeta.init(fields:))
    }

    /// The next page's address, or nil on the last page.
    public var next: String? { links?.next }
}
