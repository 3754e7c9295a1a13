/// An asset attached directly to an order, as `with_assets` adds it to a v1 order
/// (not the assets of the order's products).
///
/// Every field is optional but typed: missing or `null` reads as absent, a value of the wrong
/// kind is an error naming its JSON path (`data[3].assets[0].is_link: expected a boolean, …`).
public struct V1Asset: Decodable, Encodable, Sendable, Equatable {
    /// The app's id for the asset (a UUID string in the document).
    public var id: String?
    public var filename: String?
    /// A display string ("10MB", as documented) or a number of bytes, kept as sent.
    public var size: ByteSize?
    public var isFile: Bool?
    public var isLink: Bool?
    /// Where the asset is downloaded from, exactly as sent (not checked: it is only printed).
    public var url: String?

    enum CodingKeys: String, CodingKey {
        case id
        case filename
        case size
        case isFile = "is_file"
        case isLink = "is_link"
        case url
    }

    public init(
        id: String? = nil, filename: String? = nil, size: ByteSize? = nil, isFile: Bool? = nil, isLink: Bool? = nil,
        url: String? = nil
    ) {
        self.id = id
        self.filename = filename
        self.size = size
        self.isFile = isFile
        self.isLink = isLink
        self.url = url
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
        id = try container.v1OptionalString(.id)
        filename = try container.v1OptionalString(.filename)
        size = try Self.size(in: container)
        isFile = try container.v1OptionalBool(.isFile)
        isLink = try container.v1OptionalBool(.isLink)
        url = try container.v1OptionalString(.url)
    }

    /// The API's own field names and values; absent fields are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(filename, forKey: .filename)
        switch size {
        case .bytes(let count)?: try container.encode(count, forKey: .size)
        case .text(let text)?: try container.encode(text, forKey: .size)
        case nil: try container.encodeNil(forKey: .size)
        }
        try container.encode(isFile, forKey: .isFile)
        try container.encode(isLink, forKey: .isLink)
        try container.encode(url, forKey: .url)
    }

    /// "link", "file", or nil when the API did not say.
    public var kind: String? {
        if isLink == true { return "link" }
        if isFile == true { return "file" }
        return nil
    }

    private static func size(in container: KeyedDecodingContainer<CodingKeys>) throws -> ByteSize? {
        switch try container.probe(.size) {
        case nil, .null?:
            return nil
        case let value?:
            guard let size = ByteSize(json: value) else {
                throw container.failure(
                    .size, .invalidValue("expected a size (\"10MB\" or a number of bytes), found \(value.kindDescription)"))
            }
            return size
        }
    }
}
