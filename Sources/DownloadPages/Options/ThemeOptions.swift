import ArgumentParser
import Foundation
import SiteGenerator

/// The theme a site is rendered with; shared by `build` and `preview`.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The theme's templates folder (needs an order.mustache).", valueName: "dir"))
    var templates = "Templates"

    @Option(name: .customLong("public"), help: ArgumentHelp("Static files copied to the output root.", valueName: "dir"))
    var publicFolder = "Public"

    @Option(
        help: ArgumentHelp(
            "The language of the pages: one of the theme's strings files (en, it, de, fr, es).", valueName: "code"))
    var locale = "en"

    @Flag(
        name: .customLong("strict-templates"),
        help: "Fail an order when a template name resolves to nothing or a partial is missing.")
    var strictTemplates = false

    /// Refuses a locale the theme has no strings file for, before anything is written. A theme
    /// without strings files at all is left to the build, which says what is missing.
    func validate() throws {
        let available = ThemeStrings.availableLocales(inTemplates: URL(fileURLWithPath: templates))
        guard available.isEmpty || available.contains(locale) else {
            throw ValidationError(
                "unknown --locale '\(locale)': the theme in \(templates) has strings for \(available.joined(separator: ", "))"
                    + " (\(ThemeStrings.folderName)/CODE.json)")
        }
    }

    /// A site configuration writing to `output` with this theme.
    func siteConfiguration(output: String) -> SiteBuildConfiguration {
        var configuration = SiteBuildConfiguration(
            output: URL(fileURLWithPath: output), templates: URL(fileURLWithPath: templates),
            publicFolder: URL(fileURLWithPath: publicFolder))
        configuration.strictTemplates = strictTemplates
        configuration.locale = locale
        return configuration
    }
}
