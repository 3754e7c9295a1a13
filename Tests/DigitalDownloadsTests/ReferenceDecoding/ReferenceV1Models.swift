@testable import DigitalDownloads

// The v1 models' old `init(from:)` bodies, in wrappers holding the production models.

struct ReferenceV1Page: Decodable {
    let value: V1OrderResultPage
    typealias CodingKeys = V1OrderResultPage.CodingKeys

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
        let expected = "an order or a list of orders"
        let orders: [V1Order]
        switch try container.probe(.data) {
        case nil:
            let apiMessage = container.lenientString(.message) ?? container.lenientString(.error)
            throw DecodingFailure(
                codingPath: container.codingPath + [CodingKeys.data], problem: .missing,
                hint: apiMessage.map { "the API said: \"\($0)\"" })
        case .null?:
            throw container.failure(.data, .null(expected: expected))
        case .array?:
            orders = try container.decode([ReferenceV1Order].self, forKey: .data).map(\.value)
        case .object?:
            orders = [try container.decode(ReferenceV1Order.self, forKey: .data).value]
        case let other?:
            throw container.failure(.data, .wrongType(expected: expected, found: other.kindDescription))
        }
        let links = try container.optionalObject(ReferenceV1Links.self, .links)?.value
        let meta = try container.optionalObject(ReferenceV1Meta.self, .meta)?.value
        value = V1OrderResultPage(orders: orders, links: links, meta: meta)
    }
}

struct ReferenceV1Order: Decodable {
    let value: V1Order

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: V1Order.CodingKeys.self)
        let id = try container.requiredIdentifier(.id)
        let orderNumber = try container.orderNumber(.orderNumber)
        let emailSentAt = try container.optionalTimestamp(.emailSentAt)
        let orderedAt = try container.optionalTimestamp(.orderedAt)
        let assets: [AssetData]?
        switch try container.probe(.assets) {
        case nil:
            assets = nil
        case .null?:
            assets = []
        default:
            assets = try container.requiredArray(of: ReferenceListedAsset.self, .assets).map(\.data)
        }
        value = V1Order(id: id, orderNumber: orderNumber, emailSentAt: emailSentAt, orderedAt: orderedAt, assets: assets)
    }
}

struct ReferenceListedAsset: Decodable {
    let data: AssetData

    init(from decoder: any Decoder) throws {
        data = try ReferenceAssetData.read(decoder, policy: .ordersListing)
    }
}

struct ReferenceV1Links: Decodable {
    let value: V1PageLinks

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: V1PageLinks.CodingKeys.self)
        value = V1PageLinks(
            first: try container.optionalLink(.first), last: try container.optionalLink(.last),
            prev: try container.optionalLink(.prev), next: try container.optionalLink(.next))
    }
}

struct ReferenceV1MetaLink: Decodable {
    let value: V1PageMeta.Link

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: V1PageMeta.Link.CodingKeys.self)
        let url = try container.optionalLink(.url)
        guard let label = try container.optionalString(.label) else {
            throw container.failure(.label, container.contains(.label) ? .null(expected: "a string") : .missing)
        }
        value = V1PageMeta.Link(url: url, label: label, active: try container.optionalBool(.active) ?? false)
    }
}

struct ReferenceV1Meta: Decodable {
    let value: V1PageMeta

    init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: V1PageMeta.CodingKeys.self)
        let currentPage = try container.requiredCount(.currentPage)
        let from = try container.optionalCount(.from)
        let lastPage = try container.requiredCount(.lastPage)
        let links = try container.optionalArray(of: ReferenceV1MetaLink.self, .links).map(\.value)
        let path = try container.optionalString(.path)
        let perPage = try container.requiredCount(.perPage)
        let to = try container.optionalCount(.to)
        let total = try container.requiredCount(.total)
        value = V1PageMeta(
            currentPage: currentPage, from: from, lastPage: lastPage, links: links, path: path, perPage: perPage, to: to,
            total: total)
    }
}

extension KeyedDecodingContainer {
    /// A URL string or `null`; missing reads as `null`; an empty string is no link.
    func optionalLink(_ key: Key) throws -> String? {
        switch try probe(key) {
        case nil, .null?:
            return nil
        case .string(let text)?:
            let trimmed = text.referenceTrimmingWhitespace
            return trimmed.isEmpty ? nil : trimmed
        case let other?:
            throw failure(key, .wrongType(expected: "a URL string or null", found: other.kindDescription))
        }
    }

    /// A Unix timestamp in seconds, as the v1 decoder read it.
    func optionalTimestamp(_ key: Key) throws -> V1Timestamp? {
        let expected = "a Unix timestamp in seconds"
        let seconds: Double
        switch try probe(key) {
        case nil, .null?:
            return nil
        case .integer(let value)?:
            seconds = Double(value)
        case .number(let value)?:
            seconds = value
        case .string(let text)?:
            let trimmed = text.referenceTrimmingWhitespace
            guard trimmed.isASCIIDigits, let value = Double(trimmed) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            seconds = value
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
        guard seconds.isFinite, seconds >= 0, seconds < V1Timestamp.implausiblyLarge else {
            let shown = seconds.isFinite && seconds.rounded() == seconds ? String(Int64(exactly: seconds) ?? 0) : String(seconds)
            throw failure(key, .invalidValue("expected \(expected), found \(shown)"))
        }
        return V1Timestamp(unixSeconds: seconds)
    }
}
