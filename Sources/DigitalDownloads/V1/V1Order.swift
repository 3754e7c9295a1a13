/// One order of the v1 orders API (`GET /api/v1/orders`, `GET /api/v1/orders/ID`).
///
/// `id` and `order_number` are required: an order without them cannot be listed or looked up.
/// The timestamps are absent from the document's "view" example, so missing or `null` reads as
/// nil. `assets` is nil when the answer has no `assets` key (not asked for with `with_assets`),
/// and empty when the order has none.
public struct V1Order: Encodable, Sendable, Equatable {
    public var id: String
    public var orderNumber: Int
    public var emailSentAt: V1Timestamp?
    public var orderedAt: V1Timestamp?
    public var assets: [AssetData]?

    enum CodingKeys: String, CodingKey {
        case id
        case orderNumber = "order_number"
        case emailSentAt = "email_sent_at"
        case orderedAt = "ordered_at"
        case assets
    }

    public init(
        id: String, orderNumber: Int, emailSentAt: V1Timestamp? = nil, orderedAt: V1Timestamp? = nil,
        assets: [AssetData]? = nil
    ) {
        self.id = id
        self.orderNumber = orderNumber
        self.emailSentAt = emailSentAt
        self.orderedAt = orderedAt
        self.assets = assets
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        id = try fields.requiredIdentifier(CodingKeys.id)
        orderNumber = try fields.orderNumber(CodingKeys.orderNumber)
        emailSentAt = try fields.optionalTimestamp(CodingKeys.emailSentAt)
        orderedAt = try fields.optionalTimestamp(CodingKeys.orderedAt)
        switch fields.probe(CodingKeys.assets) {
        case nil:
            assets = nil
        case .null?:
            assets = []
        default:
            // An asset of a v1 order is read by the listing's policy: every field optional but typed.
            assets = try fields.requiredArray(CodingKeys.assets) { asset throws(DecodingFailure) in
                try AssetData(fields: asset, policy: .ordersListing)
            }
        }
    }

    /// The API's own field names and values (timestamps in Unix seconds, `null` when absent);
    /// `assets` is written only when the answer had them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(orderNumber, forKey: .orderNumber)
        try container.encode(emailSentAt, forKey: .emailSentAt)
        try container.encode(orderedAt, forKey: .orderedAt)
        try container.encodeIfPresent(assets, forKey: .assets)
    }
}
