/// What an asset is: its name, size, kind and where it is downloaded from. Both APIs describe an
/// asset with this same object: the v2 customer-account order as an asset's `data`, the v1 orders
/// API as an entry of an order's `assets`.
///
/// The two read it by different policies (see `Decoding/JSONFields.swift`), chosen with
/// `init(fields:policy:)`:
/// - `.customerAccountPage` (v2): `filename` and `url` are required and not
///   blank, since a download page cannot show an asset without them; the rest is lenient;
/// - `.ordersListing` (v1): every field is optional but typed, so a listing never misreports.
public struct AssetData: Sendable, Equatable {
    /// How strictly the fields are read; see the type's documentation.
    public enum Policy: Sendable {
        case customerAccountPage
        case ordersListing
    }

    /// The app's id for the asset (a UUID string in the docs; a number is kept as text).
    public var id: String?
    /// The link text on a page. Always present (and not blank) under `.customerAccountPage`.
    public var filename: String?
    /// A display string ("10MB", as documented) or a whole number of bytes, kept as sent.
    public var size: ByteSize?
    public var isFile: Bool?
    public var isLink: Bool?
    /// Where the asset is downloaded from, exactly as sent. Always present under
    /// `.customerAccountPage`. Put it on a page only through `link`, which refuses anything but
    /// http(s).
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
        id: String? = nil,
        filename: String? = nil,
        size: ByteSize? = nil,
        isFile: Bool? = nil,
        isLink: Bool? = nil,
        url: String? = nil
    ) {
        self.id = id
        self.filename = filename
        self.size = size
        self.isFile = isFile
        self.isLink = isLink
        self.url = url
    }

    init(fields: JSONFields, policy: Policy) throws(DecodingFailure) {
        switch policy {
        case .customerAccountPage:
            id = fields.lenientString(CodingKeys.id)
            filename = try fields.requiredString(CodingKeys.filename)
            size = fields.lenientByteSize(CodingKeys.size)
            isFile = fields.lenientBool(CodingKeys.isFile)
            isLink = fields.lenientBool(CodingKeys.isLink)
            url = try fields.requiredString(CodingKeys.url)
        case .ordersListing:
            id = try fields.optionalString(CodingKeys.id)
            filename = try fields.optionalString(CodingKeys.filename)
            size = try fields.optionalByteSize(CodingKeys.size)
            isFile = try fields.optionalBool(CodingKeys.isFile)
            isLink = try fields.optionalBool(CodingKeys.isLink)
            url = try fields.optionalString(CodingKeys.url)
        }
    }

    /// The URL made safe for an `href`, or nil when it is not a plain http(s) link.
    public var link: LinkURL? {
        url.flatMap(LinkURL.validated)
    }

    /// "link", "file", or nil when the API did not say.
    public var kind: String? {
        if isLink == true { return "link" }
        if isFile == true { return "file" }
        return nil
    }
}

extension AssetData: Encodable {
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
}
