/// The body of `GET /api/v2/customer-account-orders?id=ID`: one order and the text
/// the store wants on its download page.
///
/// Decode it with `CustomerAccountOrderResponse.decode(from:orderID:)`, which turns every
/// problem into an `OrderDecodingError` naming the order and the JSON path.
public struct CustomerAccountOrderResponse: Decodable, Sendable, Equatable {
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
        guard container.contains(.order) else {
            let apiMessage = container.lenientString(.message) ?? container.lenientString(.error)
            throw DecodingFailure(
                codingPath: container.codingPath + [CodingKeys.order],
                problem: .missing,
                hint: apiMessage.map { "the API said: \"\($0)\"" }
            )
        }
        order = try container.decode(CustomerAccountOrder.self, forKey: .order)
        text =
            (try? container.probe(.text)) == .object
            ? try container.decode(StoreText.self, forKey: .text)
            : nil
    }
}
