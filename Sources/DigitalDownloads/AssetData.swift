/// What an asset is: its name, size, kind and where it is downloaded from.
public struct AssetData: Decodable, Sendable, Equatable {
    /// The app's id for the asset (a UUID string in the docs; a number is kept as text).
    public var id: String?
    /// Required and not blank: the link text on the page.
    public var filename: String
    /// Lenient: a display string ("10MB") or a whole number of bytes; nil when missing or unusable.
    public var size: ByteSize?
    public var isFile: Bool?
    public var isLink: Bool?
    /// Required and not blank, kept exactly as sent. Put it on a page only through `link`
    /// (`LinkURL.validated`), which refuses anything but http(s).
    public var url: String

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
        filename: String,
        size: ByteSize? = nil,
        isFile: Bool? = nil,
        isLink: Bool? = nil,
        url: String
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
        id = container.lenientString(.id)
        filename = try container.requiredString(.filename)
        size = container.lenientByteSize(.size)
        isFile = container.lenientBool(.isFile)
        isLink = container.lenientBool(.isLink)
        url = try container.requiredString(.url)
    }

    /// The URL made safe for an `href`, or nil when it is not a plain http(s) link.
    public var link: LinkURL? {
        LinkURL.validated(url)
    }
}
