@testable import DigitalDownloads

// The models' old `init(from:)` bodies, each in a wrapper holding the production model, so the
// reference decodes into exactly the types the one-pass reader produces.

struct ReferenceResponse: Decodable {
    let value: CustomerAccountOrderResponse
    typealias CodingKeys = CustomerAccountOrderResponse.CodingKeys

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
        guard container.contains(.order) else {
            let apiMessage = container.lenientString(.message) ?? container.lenientString(.error)
            throw DecodingFailure(
                codingPath: container.codingPath + [CodingKeys.order],
                problem: .missing,
                hint: apiMessage.map { "the API said: \"\($0)\"" }
            )
        }
        let order = try container.decode(ReferenceOrder.self, forKey: .order).value
        let text =
            (try? container.probe(.text)) == .object
            ? try container.decode(ReferenceStoreText.self, forKey: .text).value
            : nil
        value = CustomerAccountOrderResponse(order: order, text: text)
    }
}

struct ReferenceOrder: Decodable {
    let value: CustomerAccountOrder

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CustomerAccountOrder.CodingKeys.self)
        let orderNumber = try container.orderNumber(.orderNumber)
        let lines = try container.requiredArray(of: ReferenceLine.self, .lines).map(\.value)
        let assets = try container.optionalArray(of: ReferenceAsset.self, .assets).map(\.value)
        value = CustomerAccountOrder(orderNumber: orderNumber, lines: lines, assets: assets)
    }
}

struct ReferenceLine: Decodable {
    let value: OrderLine

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: OrderLine.CodingKeys.self)
        let product = try container.requiredObject(ReferenceProduct.self, .product).value
        let assets = try container.optionalArray(of: ReferenceAsset.self, .assets).map(\.value)
        value = OrderLine(product: product, assets: assets)
    }
}

struct ReferenceAsset: Decodable {
    let value: Asset

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: Asset.CodingKeys.self)
        let limits = try container.optionalObject(ReferenceLimits.self, .limits)?.value ?? .none
        let data = try container.requiredObject(ReferenceAssetData.self, .data).value
        value = Asset(limits: limits, data: data)
    }
}

struct ReferenceLimits: Decodable {
    let value: DownloadLimits

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: DownloadLimits.CodingKeys.self)
        let downloaded = try container.optionalCount(.downloaded) ?? 0
        let limit = try container.optionalCount(.limit)
        value = DownloadLimits(downloaded: downloaded, limit: limit)
    }
}

struct ReferenceProduct: Decodable {
    let value: Product

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: Product.CodingKeys.self)
        let id = container.lenientString(.id)
        let name = try container.requiredString(.name)
        value = Product(
            id: id, name: name, variantName: container.lenientString(.variantName), sku: container.lenientString(.sku),
            productID: container.lenientInt64(.productID), variantID: container.lenientInt64(.variantID),
            vendor: container.lenientString(.vendor), tags: container.lenientStringList(.tags))
    }
}

struct ReferenceStoreText: Decodable {
    let value: StoreText

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: StoreText.CodingKeys.self)
        value = StoreText(title: container.lenientString(.title), text: container.lenientString(.text))
    }
}

/// `AssetData` by the customer-account page's policy; `ReferenceListedAsset` reads the v1 listing's.
struct ReferenceAssetData: Decodable {
    let value: AssetData

    init(from decoder: any Decoder) throws {
        value = try Self.read(decoder, policy: .customerAccountPage)
    }

    static func read(_ decoder: any Decoder, policy: AssetData.Policy) throws -> AssetData {
        let container = try decoder.objectContainer(keyedBy: AssetData.CodingKeys.self)
        switch policy {
        case .customerAccountPage:
            let id = container.lenientString(.id)
            let filename = try container.requiredString(.filename)
            let size = container.lenientByteSize(.size)
            let isFile = container.lenientBool(.isFile)
            let isLink = container.lenientBool(.isLink)
            let url = try container.requiredString(.url)
            return AssetData(id: id, filename: filename, size: size, isFile: isFile, isLink: isLink, url: url)
        case .ordersListing:
            let id = try container.optionalString(.id)
            let filename = try container.optionalString(.filename)
            let size = try container.optionalByteSize(.size)
            let isFile = try container.optionalBool(.isFile)
            let isLink = try container.optionalBool(.isLink)
            let url = try container.optionalString(.url)
            return AssetData(id: id, filename: filename, size: size, isFile: isFile, isLink: isLink, url: url)
        }
    }
}
