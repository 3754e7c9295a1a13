/// One line of an order: the product bought and the assets that came with it.
public struct OrderLine: Sendable, Equatable {
    /// Required: the page names each line by its product.
    public var product: Product
    /// Lenient: missing or null reads as no assets (a line may legitimately have none).
    public var assets: [Asset]

    enum CodingKeys: String, CodingKey {
        case product
        case assets
    }

    public init(product: Product, assets: [Asset] = []) {
        self.product = product
        self.assets = assets
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        product = try fields.requiredObject(CodingKeys.product, Product.init(fields:))
        assets = try fields.optionalArray(CodingKeys.assets, Asset.init(fields:))
    }
}
