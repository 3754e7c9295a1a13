import BuiltInTheme
import Foundation

/// A theme's files held in memory, by `/`-separated path relative to their folder: what the
/// built-in theme is, and what a theme folder is read into.
public struct ThemeFileSet: Sendable, Equatable {
    /// The templates folder's files: `order.mustache`, `partials/asset.mustache`, `strings/en.json`.
    public var templateFiles: [String: Data]
    /// The public folder's files, copied to the site's root: `style.css`, `robots.txt`.
    public var publicFiles: [String: Data]

    public init(templateFiles: [String: Data] = [:], publicFiles: [String: Data] = [:]) {
        self.templateFiles = templateFiles
        self.publicFiles = publicFiles
    }

    /// The default theme compiled into the tool from the repository's `Templates/` and `Public/`.
    public static let builtIn = ThemeFileSet(templateFiles: BuiltInTheme.templateFiles, publicFiles: BuiltInTheme.publicFiles)

    /// No files: a theme made only of its folders.
    public static let empty = ThemeFileSet()
}
