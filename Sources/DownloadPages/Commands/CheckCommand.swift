import ArgumentParser
import Foundation
import SampleOrders
import SiteGenerator

/// `download-pages check`: lints a theme for a theme author's CI.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a theme: syntax, missing partials, a strict render of every sample order, linked public files.",
        discussion: """
            Every template is parsed and every error listed with file:line:column; the order page is \
            rendered in strict mode for each sample order that ships with the tool, so a misspelt name \
            fails with its position; links to public files the theme does not have are errors. Exits 0 \
            only when there is no error (warnings do not fail).
            """
    )

    @OptionGroup(title: "Theme")
    var theme: ThemeOptions

    func run() async throws {
        StandardError.write(theme.summary + "\n")
        let loaded: Theme
        do {
            loaded = try theme.siteConfiguration(output: ".").loadTheme()
        } catch {
            StandardError.write("error: \(ErrorMessage.text(for: error))\n")
            throw ExitCode.failure
        }
        // Every locale the theme has, unless one is asked for.
        let check = ThemeCheck(
            theme: loaded, samples: InMemoryOrderSource(bodiesByID: SampleOrders.responses), locales: theme.locale.map { [$0] })
        let report = await check.run()
        for finding in report.findings {
            StandardError.write(TerminalText.message(finding.description) + "\n")
        }
        StandardError.write(report.summary + "\n")
        if !report.isClean { throw ExitCode.failure }
    }
}
