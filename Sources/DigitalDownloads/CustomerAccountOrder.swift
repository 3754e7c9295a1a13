/// An order as the customer's download page sees it: its number, its lines, and the
/// assets attached to the order itself rather than to a product.
public struct CustomerAccountOrder: Sendable, Equatable {
    /// Required. Accepted as a JSON integer or as a string of digits (an optional leading `#`,
    /// as Shopify prints order names, is allowed), because both spell the same number and
    /// the page only displays it. Must be 0 or more.
    public var orderNumber: Int
    /// Required (may be empty): a missing `lines` key means the API changed shape, not "no lines".
    public var lines: [OrderLine]
    /// Lenient: missing or null reads as no order-level assets.
    public var assets: [Asset]

    enum CodingKeys: String, CodingKey {
        case orderNumber = "order_number"
        case lines
        case assets
    }

    public init(orderNumber: Int, lines: [OrderLine], assets: [Asset] = []) {
        self.orderNumber = orderNumber
        self.lines = lines
        self.assets = assets
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        orderNumber = try fields.orderNumber(CodingKeys.orderNumber)
        lines = try fields.requiredArray(CodingKeys.lines, OrderLine.init(fields:))
        assets = try fields.optionalArray(CodingKeys.assets, Asset.init(fields:))
    }

    /// Every asset on the order, order-level ones first, then each line's in order.
    public var allAssets: [Asset] {
        assets + lines.flatMap(\.assets)
    }

    /// Whether the order has anything to download; a page without files says so instead.
    public var hasAssets: Bool {
        !assets.isEmpty || lines.contains { !$0.assets.isEmpty }
    }
}
