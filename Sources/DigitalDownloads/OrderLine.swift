/// One line of an order: the product bought and the assets that came with it.
public struct OrderLine: Decodable, Sendable, Equatable {
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
        product = try container.requiredObject(Product.self, .product)
        assets = try container.optionalArray(of: Asset.self, .assets)
    }
}
