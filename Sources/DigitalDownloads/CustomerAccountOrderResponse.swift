/// The body of `GET /api/v2/customer-account-orders?id=ID`: one order and the text
/// the store wants on its download page.
///
/// Decode it with `CustomerAccountOrderResponse.decode(from:orderID:)`, which turns every
/// problem into an `OrderDecodingError` naming the order and the JSON path.
public struct CustomerAccountOrderResponse: Sendable, Equatable {
    /// The largest body accepted, from the API or from a saved file: far above any real order
    /// (a few kB), low enough that a hostile or broken one cannot exhaust memory.
    public static let maximumBodyBytes = 8 * 1024 * 1024

    /// Required: a response without an order has nothing to put on a page.
    public var order: CustomerAccountOrder
    /// Lenient: missing, null or not an object reads as nil (the page falls back to its own text).
    public var text: StoreText?

    enum CodingKeys: String, CodingKey {
        case order
        case text
        // Read only to explain a missing order: error bodies tend to carry one of these.
        case message
        case error
    }

    public init(order: CustomerAccountOrder, text: StoreText? = nil) {
        self.order = order
        self.text = text
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        guard fields.contains(CodingKeys.order) else {
            let apiMessage = fields.lenientString(CodingKeys.message) ?? fields.lenientString(CodingKeys.error)
            throw DecodingFailure(
                path: fields.path(CodingKeys.order), problem: .missing, hint: apiMessage.map { "the API said: \"\($0)\"" })
        }
        order = try fields.requiredObject(CodingKeys.order, CustomerAccountOrder.init(fields:))
        text = fields.probe(CodingKeys.text) == .object ? try fields.requiredObject(CodingKeys.text, StoreText.init(fields:)) : nil
    }
}
