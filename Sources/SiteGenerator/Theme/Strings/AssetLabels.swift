/// The fixed words of an asset's context, in one language: a page has many assets, and each used
/// to look these up by name (hashing the key) several times.
struct AssetLabels: Sendable {
    let kindLink: String
    let kindFile: String
    let actionLink: String
    let actionFile: String
    let unavailableLimit: String
    let unavailableURL: String

    /// The labels as `text(key)` gives them (``ThemeStrings``' subscript: the key when missing).
    init(_ text: (String) -> String) {
        kindLink = text("kind_link")
        kindFile = text("kind_file")
        actionLink = text("action_link")
        actionFile = text("action_file")
        unavailableLimit = text("unavailable_limit")
        unavailableURL = text("unavailable_url")
    }
}
