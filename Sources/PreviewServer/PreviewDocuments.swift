import SiteGenerator
import TemplateEngine

/// The preview's own HTML documents (not pages: a page is an order's): "not found", and the
/// error document shown instead of a page while the theme (or that page's order) is broken.
/// Every value is HTML-escaped; each document carries the live-reload script, so fixing the
/// problem brings the real page back by itself.
enum PreviewDocuments {
    private static let policy =
        "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'"

    /// The 404 document for `path`, listing the pages the preview has, to get back on track; `nil`
    /// pages are not listed (the preview is reachable from other machines).
    static func notFound(path: String, pages: [String]?, generation: Int) -> String {
        var body = """
            <h1>Not found</h1>
            <p class="lead">Nothing in this preview is at <code>\(escapeHTML(path))</code>.</p>

            """
        guard let pages else {
            body +=
                "<div class=\"card\"><p>Order pages are not listed here while the preview is reachable from other machines. <a "
                + "href=\"/\">Go to the start page</a>.</p></div>\n"
            return document(title: "Not found", body: body, generation: generation)
        }
        if pages.isEmpty {
            body += "<div class=\"card\"><p>No order pages have been built yet. <a href=\"/\">Go to the start page</a>.</p></div>\n"
        } else {
            body += "<div class=\"card\">\n<h2>Order pages</h2>\n<ul class=\"pages\">\n"
            for page in pages.prefix(200) {
                let href = "/orders/\(page)/"
                body += "<li><a href=\"\(escapeHTML(href))\">\(escapeHTML(page))</a></li>\n"
            }
            if pages.count > 200 { body += "<li>… and \(pages.count - 200) more</li>\n" }
            body += "</ul>\n<p><a href=\"/\">The start page</a></p>\n</div>\n"
        }
        return document(title: "Not found", body: body, generation: generation)
    }

    /// The document shown in place of every page while the site cannot be built (a template
    /// error, above all).
    static func buildError(_ error: SiteBuildError, templatesFolder: String, generation: Int) -> String {
        var body: String
        switch error {
        case .theme(let templateError):
            body = """
                <h1 class="error">The theme has an error</h1>
                <p class="lead">In the templates folder <code>\(escapeHTML(templatesFolder))</code>. \
                The page comes back by itself once the file is fixed.</p>

                """
            body += problems(templateError)
        default:
            body = """
                <h1 class="error">The site could not be built</h1>
                <div class="card"><pre>\(escapeHTML(error.description))</pre></div>

                """
        }
        return document(title: "Template error", body: body, generation: generation)
    }

    /// The document shown instead of one order's page when that order failed in the last build.
    static func orderFailed(_ failure: OrderFailure, generation: Int) -> String {
        var body = """
            <h1 class="error">Order \(escapeHTML(failure.id.rawValue)) could not be built</h1>

            """
        switch failure.reason {
        case .render(let templateError):
            body += "<p class=\"lead\">Rendering the page failed. It comes back by itself once the file is fixed.</p>\n"
            body += problems(templateError)
        default:
            body += "<p class=\"lead\">The page comes back by itself once the saved response is fixed.</p>\n"
            body += "<div class=\"card\"><pre>\(escapeHTML(failure.description))</pre></div>\n"
        }
        return document(title: "Order error", body: body, generation: generation)
    }

    /// One card per problem: `file:line:column`, the message, the line with a caret, the chain of inclusions.
    private static func problems(_ error: TemplateError) -> String {
        guard !error.diagnostics.isEmpty else {
            return "<div class=\"card\"><pre>\(escapeHTML(error.description))</pre></div>\n"
        }
        var html = ""
        for diagnostic in error.diagnostics {
            html += "<section class=\"card problem\">\n"
            html += "<h2><code>\(escapeHTML(diagnostic.location.description))</code></h2>\n"
            html += "<p>\(escapeHTML(diagnostic.problem.description))</p>\n"
            if !diagnostic.sourceLine.isEmpty {
                let caret =
                    String(diagnostic.sourceLine.prefix(max(0, diagnostic.caretColumn - 1)).map { $0 == "\t" ? "\t" : " " }) + "^"
                html += "<pre>\(escapeHTML(diagnostic.sourceLine))\n\(caret)</pre>\n"
            }
            for site in diagnostic.includedFrom {
                html += "<p class=\"chain\">included from <code>\(escapeHTML(site.description))</code></p>\n"
            }
            html += "</section>\n"
        }
        return html
    }

    private static func document(title: String, body: String, generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="\(policy)" />
        <meta name="robots" content="noindex, nofollow" />
        <title>\(escapeHTML(title)) · download-pages preview</title>
        <link rel="stylesheet" href="\(PreviewStyles.path)" />
        \(LiveReloadInjection.scriptTag(generation: generation))
        </head>
        <body>
        <main>
        \(body)</main>
        <footer>download-pages preview</footer>
        </body>
        </html>

        """
    }
}
