/// The store's own heading and body text for the download page.
///
/// Both fields are lenient (null, missing or unusable reads as nil) so the page can fall back
/// to its own wording. `text` is Markdown written by the merchant: untrusted, render it safely.
public struct StoreText: Sendable, Equatable {
    public var title: String?
    public var text: String?

    enum CodingKeys: String, CodingKey {
        case title
        case text
    }

    public init(title: String? = nil, text: String? = nil) {
        self.title = title
        self.text = text
    }

    init(fields: JSONFields) {
        title = fields.lenientString(CodingKeys.title)
        text = fields.lenientString(CodingKeys.text)
    }
}
