import SiteOutput

/// What the manifest remembers of one page: what it was made from and the file that was
/// written, so that a later build whose inputs are the same, and which finds the file as it
/// left it, keeps the page without decoding, rendering or writing anything.
struct PageRecord: Sendable, Equatable {
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
}
