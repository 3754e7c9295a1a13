import DigitalDownloads
import Foundation
import TemplateEngine

/// Lints a theme the way a theme author's CI wants it: every syntax error of every template, the
/// partials and parents no template provides, each locale's strings (a broken file is an error,
/// a key that falls back to English a warning), a strict render of the page template against each
/// sample order in each locale (a misspelt name, or a `strings` key no locale defines, fails with
/// its position), and the public files the pages link that the theme does not have. Nothing is
/// written.
public struct ThemeCheck: Sendable {
    public let theme: Theme
    /// The orders every page is rendered for: the sample orders cover every state a page shows.
    public let samples: any OrderCatalog
    /// The locales checked; nil for every locale the theme has.
    public let locales: [String]?
    public var pageTemplate = "order"

    public init(theme: Theme, samples: any OrderCatalog, locales: [String]? = nil) {
        self.theme = theme
        self.samples = samples
        self.locales = locales
    }

    public func run() async -> ThemeCheckReport {
        var report = ThemeCheckReport()
        report.publicFiles = theme.publicFiles.count
        let library: TemplateLibrary
        do {
            library = try theme.templateLibrary()
        } catch {
            report.add(ThemeFinding(.error, "\(error)"))
            return report
        }
        report.templates = library.names.count
        do {
            try library.validate()
        } catch {
            for diagnostic in error.diagnostics { report.add(ThemeFinding(.error, diagnostic.description)) }
        }
        for diagnostic in library.unresolvedReferences() {
            report.add(ThemeFinding(.error, diagnostic.description))
        }
        let template: Template
        do {
            template = try library.compiled(pageTemplate)
        } catch {
            if case .templateNotFound = error { report.add(ThemeFinding(.error, "\(error)")) }
            return report
        }
        for locale in locales ?? theme.locales {
            let strings: ThemeStrings
            do {
                strings = try theme.strings(locale: locale)
            } catch {
                report.add(ThemeFinding(.error, "\(error)"))
                continue
            }
            report.locales.append(locale)
            for key in strings.fallbackKeys {
                report.add(ThemeFinding(.warning, "strings/\(locale).json has no '\(key)': the pages show the English words"))
            }
            await renderSamples(template, library: library, strings: strings, into: &report)
        }
        return report
    }

    /// Renders every sample order strictly and checks what the pages link.
    private func renderSamples(
        _ template: Template, library: TemplateLibrary, strings: ThemeStrings, into report: inout ThemeCheckReport
    ) async {
        let ids: [OrderID]
        do {
            ids = try samples.allOrderIDs()
        } catch {
            report.add(ThemeFinding(.error, "sample orders: \(error)"))
            return
        }
        for id in ids {
            let response: CustomerAccountOrderResponse
            do {
                let body = try await samples.responseBody(for: id)
                response = try CustomerAccountOrderResponse.decode(from: body, orderID: id.rawValue)
            } catch {
                report.add(ThemeFinding(.error, "sample order \(id): \(error)"))
                continue
            }
            let page = OrderPage(id: id, response: response, strings: strings)
            do {
                let rendering = try template.render(page.context, library: library, options: RenderOptions(strict: true))
                report.pagesRendered += 1
                checkLinks(in: rendering.output, into: &report)
            } catch {
                for diagnostic in error.diagnostics { report.add(ThemeFinding(.error, diagnostic.description)) }
                if error.diagnostics.isEmpty { report.add(ThemeFinding(.error, "\(error)")) }
            }
        }
    }

    private func checkLinks(in html: String, into report: inout ThemeCheckReport) {
        for (link, path) in LinkedPaths.resolved(in: html) {
            guard let path else {
                report.add(ThemeFinding(.error, "a page links \(link), which points above the site's root"))
                continue
            }
            // Pages link each other and the site's root; a folder link is served by its index.html.
            if path.hasPrefix("orders/") || path.isEmpty { continue }
            let exists = theme.publicFiles[path] != nil || theme.publicFiles[path + "/index.html"] != nil
            if !exists {
                report.add(ThemeFinding(.error, "a page links \(link), but the theme has no public file \(path)"))
            }
        }
    }
}
