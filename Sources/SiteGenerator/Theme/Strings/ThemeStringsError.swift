/// Why the theme's words cannot be used; each case names the file (and key) to fix.
public enum ThemeStringsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not JSON at all.
    case notJSON(file: String, reason: String)
    /// The file is JSON but not an object of keys.
    case notAnObject(file: String)
    /// A key's value is neither a string nor an object of plural forms; `keyPath` is e.g. "usage_limited.one".
    case invalidValue(file: String, keyPath: String, reason: String)
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// No strings file for the locale; `available` are the locales there are files for.
    case unknownLocale(String, available: [String])

    public var description: String {
        switch self {
        case .notJSON(let file, let reason):
            "\(file): not valid JSON (\(reason)); a strings file is an object such as {\"items_heading\": \"Items\"}"
        case .notAnObject(let file):
            "\(file): a strings file must be a JSON object of keys, such as {\"items_heading\": \"Items\"}"
        case .invalidValue(let file, let keyPath, let reason):
            "\(file): '\(keyPath)' \(reason)"
        case .unreadable(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .unknownLocale(let locale, let available):
            available.isEmpty
                ? "unknown locale '\(locale)': the theme has no strings files (strings/CODE.json)"
                : "unknown locale '\(locale)': available are \(available.joined(separator: ", "))"
        }
    }
}
