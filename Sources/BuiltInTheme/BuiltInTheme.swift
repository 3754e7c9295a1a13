import Foundation

/// The default theme, compiled into the tool from the repository's `Templates/` and `Public/` by
/// the `EmbedFilesPlugin` at build time, so a binary copied alone still has a theme.
///
/// Paths are relative to their folder and `/`-separated: `order.mustache`,
/// `partials/asset.mustache`, `strings/en.json`; `style.css`.
public enum BuiltInTheme {
    /// The templates folder's files: the Mustache templates and the strings files.
    public static let templateFiles: [String: Data] = files(labelled: "Templates")
    /// The public folder's files, copied to the site's root.
    public static let publicFiles: [String: Data] = files(labelled: "Public")

    static func files(labelled label: String) -> [String: Data] {
        let prefix = label + "/"
        var files: [String: Data] = [:]
        for (path, base64) in embeddedFiles where path.hasPrefix(prefix) {
            // The plugin wrote this base64 itself; it always decodes.
            files[String(path.dropFirst(prefix.count))] = Data(base64Encoded: base64)
        }
        return files
    }
}
