/// The product (and variant) an order line is for.
///
/// Only `name` is required; everything else only decorates the page, so `null`, a missing
/// key or an unusable type reads as absent rather than failing the whole order.
public struct Product: Sendable, Equatable {
    /// The app's own id for the product (a UUID string in the docs; a number is kept as text).
    public var id: String?
    /// Required and not blank: the heading of the line on the page.
    public var name: String
    /// The variant's title; Shopify uses "Default Title" for products without variants
    /// (see `displayVariantName`).
    public var variantName: String?
    public var sku: String?
    /// Shopify product id (an integer, or a string of digits).
    public var productID: Int64?
    /// Shopify variant id (an integer, or a string of digits).
    public var variantID: Int64?
    public var vendor: String?
    /// Missing or null reads as no tags; a comma-separated string is split.
    public var tags: [String]

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case variantName = "variant_name"
        case sku
        case productID = "product_id"
        case variantID = "variant_id"
        case vendor
        case tags
    }

    /// Shopify's placeholder title for the single variant of a product without options.
    public static let defaultVariantTitle = "Default Title"

    public init(
        id: String? = nil,
        name: String,
        variantName: String? = nil,
        sku: String? = nil,
        productID: Int64? = nil,
        variantID: Int64? = nil,
        vendor: String? = nil,
        tags: [String] = []
    ) {
        self.id = id
        self.name = name
        self.variantName = variantName
        self.sku = sku
        self.productID = productID
        self.variantID = variantID
        self.vendor = vendor
        self.tags = tags
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        id = fields.lenientString(CodingKeys.id)
        name = try fields.requiredString(CodingKeys.name)
        variantName = fields.lenientString(CodingKeys.variantName)
        sku = fields.lenientString(CodingKeys.sku)
        productID = fields.lenientInt64(CodingKeys.productID)
        variantID = fields.lenientInt64(CodingKeys.variantID)
        vendor = fields.lenientString(CodingKeys.vendor)
        tags = fields.lenientStringList(CodingKeys.tags)
    }

    /// The variant name worth showing: nil for none, blank, or Shopify's "Default Title".
    public var displayVariantName: String? {
        guard let variantName else { return nil }
        let trimmed = variantName.trimmingWhitespace
        if trimmed.isEmpty || trimmed == Self.defaultVariantTitle { return nil }
        return trimmed
    }
}
