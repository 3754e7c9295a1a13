import Foundation
import TemplateEngine

/// Everything a build needs besides the orders and where they come from.
public struct SiteBuildConfiguration: Sendable {
    public var output: URL
    /// The theme: a folder of Mustache templates with an `order` template.
    public var templates: URL
    /// Static files copied to the output root; nil copies none.
    public var publicFolder: URL?
    /// Remove pages of orders that are not in this build (only pages this tool wrote).
    public var prune = false
    /// Stop at the first order that fails.
    public var failFast = false
    /// Orders fetched, rendered and written at once.
    public var concurrency = 8
    /// Template names that resolve to nothing, and missing partials, fail the order.
    public var strictTemplates = false
    /// The language of the pages: which of the theme's strings files they are worded from, and
    /// their `lang`.
    public var locale = "en"
    /// The theme's words, when the caller has loaded them (its locale wins over ``locale``); nil
    /// reads `strings/<locale>.json` over `strings/en.json` from ``templates``.
    public var strings: ThemeStrings?
    public var pageTemplate = "order"

    public init(output: URL, templates: URL, publicFolder: URL? = nil) {
        self.output = output
        self.templates = templates
        self.publicFolder = publicFolder
    }
}
