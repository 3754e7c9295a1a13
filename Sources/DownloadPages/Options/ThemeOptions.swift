import ArgumentParser
import Foundation
import SiteGenerator

/// The theme a site is rendered with; shared by `build` and `preview`.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The theme's templates folder (needs an order.mustache).", valueName: "dir"))
    var templates = "Templates"

    @Option(name: .customLong("public"), help: ArgumentHelp("Static files copied to the output root.", valueName: "dir"))
    var publicFolder = "Public"

    @Flag(
        name: .customLong("strict-templates"),
        help: "Fail an order when a template name resolves to nothing or a partial is missing.")
    var strictTemplates = false

    /// A site configuration writing to `output` with this theme.
    func siteConfiguration(output: String) -> SiteBuildConfiguration {
        var configuration = SiteBuildConfiguration(
            output: URL(fileURLWithPath: output), templates: URL(fileURLWithPath: templates),
            publicFolder: URL(fileURLWithPath: publicFolder))
        configuration.strictTemplates = strictTemplates
        return configuration
    }
}
