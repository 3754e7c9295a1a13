import ArgumentParser
import Foundation
import SiteGenerator

/// The theme a site is rendered with, and its language; shared by `build`, `preview` and `check`.
///
/// The built-in theme is always underneath: a file in `--templates` or `--public` replaces the
/// built-in file of the same path, every other file comes from the built-in theme. Without the
/// options, `./Templates` and `./Public` are used when they exist.
struct ThemeOptions: ParsableArguments {
    static let defaultTemplatesFolder = "Templates"
    static let defaultPublicFolder = "Public"

    @Option(
        help: ArgumentHelp(
            "Templates that replace the built-in theme's of the same name (default: ./Templates if it exists).",
            valueName: "dir"))
    var templates: String?

    @Option(
        name: .customLong("public"),
        help: ArgumentHelp(
            "Static files copied to the output root over the built-in ones (default: ./Public if it exists).",
            valueName: "dir"))
    var publicFolder: String?

    @Option(
        help: ArgumentHelp(
            "The language of the pages' fixed words: en (the default), it, de, fr, es, or one a theme's strings file adds.",
            valueName: "code"))
    var locale: String?

    /// The language pages are built in.
    var pageLocale: String { locale ?? "en" }

    /// Refuses a locale the theme has no strings for, before anything is written.
    func validate() throws {
        guard let theme = try? Theme(templatesFolder: templatesFolder, publicFolder: nil) else { return }
        let available = theme.locales
        guard let locale, !available.contains(locale) else { return }
        throw ValidationError(
            "unknown --locale '\(locale)': the theme has strings for \(available.joined(separator: ", "))"
                + " (a theme adds one with \(ThemeStrings.folderName)/CODE.json in its templates folder)")
    }

    /// The user's templates folder: the one given, else `./Templates` when it exists.
    var templatesFolder: URL? { Self.folder(templates, default: Self.defaultTemplatesFolder) }

    /// The user's public folder: the one given, else `./Public` when it exists.
    var publicFilesFolder: URL? { Self.folder(publicFolder, default: Self.defaultPublicFolder) }

    /// A site configuration writing to `output` with this theme.
    func siteConfiguration(output: String) -> SiteBuildConfiguration {
        var configuration = SiteBuildConfiguration(
            output: URL(fileURLWithPath: output), templates: templatesFolder, publicFolder: publicFilesFolder)
        configuration.locale = pageLocale
        configuration.toolIdentity = ToolVersion.userAgent
        return configuration
    }

    /// The first line a command prints: which theme folders are in use.
    var summary: String {
        Theme.summary(templatesFolder: templatesFolder, publicFolder: publicFilesFolder)
    }

    private static func folder(_ given: String?, default name: String) -> URL? {
        if let given { return URL(fileURLWithPath: given) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return URL(fileURLWithPath: name)
    }
}
