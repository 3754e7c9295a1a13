import Foundation

/// What the preview does to the HTML it serves (never to the files on disk): adds a script that
/// listens for rebuilds and reloads the page, and relaxes the page's Content-Security-Policy
/// meta tag just enough for that script, served from the preview's own origin, to run and to
/// open its event stream (see `LiveReloadInjection+Policy.swift`).
enum LiveReloadInjection {
    static let scriptPath = "/_preview/reload.js"

    /// The script tag, naming the build generation the page is served at.
    static func scriptTag(generation: Int) -> String {
        "<script src=\"\(scriptPath)?g=\(generation)\" defer></script>"
    }

    /// The page as the preview serves it at `generation`.
    static func inject(into html: String, generation: Int) -> String {
        insertScript(scriptTag(generation: generation), into: relaxingPolicies(in: html))
    }

    /// Adds the script before `</head>`, else before `</body>`, else at the end.
    static func insertScript(_ scriptTag: String, into html: String) -> String {
        var html = html
        if let head = html.range(of: "</head", options: .caseInsensitive) {
            html.insert(contentsOf: scriptTag + "\n", at: head.lowerBound)
        } else if let body = html.range(of: "</body", options: .caseInsensitive) {
            html.insert(contentsOf: scriptTag + "\n", at: body.lowerBound)
        } else {
            html += "\n" + scriptTag + "\n"
        }
        return html
    }
}
