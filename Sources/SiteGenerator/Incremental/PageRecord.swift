import SiteOutput

/// What the manifest remembers of one page: what it was made from and the file that was
/// written, so that a later build whose inputs are the same, and which finds the file as it
/// left it, keeps the page without decoding, rendering or writing anything.
struct PageRecord: Codable, Sendable, Equatable {
    /// The digest of the page's inputs (its order's response body, the theme, the options, the
    /// tool); nil when unknown (a manifest from before digests), so the page is made again.
    var inputs: ContentDigest?
    /// The page file as written; nil when unknown.
    var file: FileStamp?
    /// The warnings making the page gave, repeated when it is kept, so a build's log says the
    /// same about an order whether or not its page was made again.
    var warnings: [String]

    init(inputs: ContentDigest? = nil, file: FileStamp? = nil, warnings: [String] = []) {
        self.inputs = inputs
        self.file = file
        self.warnings = warnings
    }

    private enum CodingKeys: String, CodingKey {
        case inputs, size, modified, warnings
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inputs = try container.decodeIfPresent(ContentDigest.self, forKey: .inputs)
        if let size = try container.decodeIfPresent(Int64.self, forKey: .size),
            let modified = try container.decodeIfPresent(Int64.self, forKey: .modified)
        {
            file = FileStamp(size: size, modified: modified)
        }
        warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(inputs, forKey: .inputs)
        try container.encodeIfPresent(file?.size, forKey: .size)
        try container.encodeIfPresent(file?.modified, forKey: .modified)
        if !warnings.isEmpty { try container.encode(warnings, forKey: .warnings) }
    }
}
