import DigitalDownloads
import Foundation
import Mustache
import SiteGenerator
import TemplateEngine

/// The three engines, each holding the default theme's order page compiled once.
///
/// Our engine and swift-mustache compile the very same template text: the built-in theme's
/// `order.mustache`, `layout.mustache` (a parent, filled through blocks) and the `partials/line`
/// and `partials/asset` partials. Stencil has another syntax: it renders ``StencilTheme``, the same
/// page written with `extends`, `block` and `include`.
public final class Engines: @unchecked Sendable {
    /// The words of the English pages.
    public let strings: ThemeStrings
    /// The theme's template files by name (`order`, `partials/line`), as every engine reads them.
    public let templateTexts: [String: String]
    let library: TemplateLibrary
    let template: TemplateEngine.Template
    let mustacheLibrary: MustacheLibrary
    let stencil: StencilPage

    public init() throws {
        let theme = try Theme(templatesFolder: nil, publicFolder: nil)
        strings = try theme.strings(locale: "en")
        library = try theme.templateLibrary()
        template = try library.compiled("order")
        var texts: [String: String] = [:]
        for (path, file) in theme.templateFiles where path.hasSuffix(".mustache") {
            texts[String(path.dropLast(".mustache".count))] = String(decoding: file.bytes, as: UTF8.self)
        }
        templateTexts = texts
        var mustache = MustacheLibrary()
        for (name, text) in texts {
            try mustache.register(text, named: name)
        }
        mustacheLibrary = mustache
        stencil = try StencilPage()
    }

    /// Our engine: the page from a context built in Swift.
    @inline(never)
    public func renderOurs(_ context: TemplateValue) throws -> String {
        try template.render(context, library: library).output
    }

    /// Our engine from JSON text: `TemplateValue(json:)`, then render.
    @inline(never)
    public func renderOurs(json: Data) throws -> String {
        try template.render(try TemplateValue(json: json), library: library).output
    }

    /// Our engine as the site build uses it: the page's bytes, no `String` made.
    @inline(never)
    public func renderOursBytes(_ context: TemplateValue) throws -> [UInt8] {
        try template.render(context, library: library).bytes
    }

    /// Our engine from JSON text to the page's bytes, as the `render` command and the build do.
    @inline(never)
    public func renderOursBytes(json: Data) throws -> [UInt8] {
        try template.render(try TemplateValue(json: json), library: library).bytes
    }

    /// The first stage of `buildPageBytes` alone: the response decoded (a line count, so the work is used).
    @inline(never)
    public func decodeOrder(response json: Data, id: OrderID) throws -> Int {
        try CustomerAccountOrderResponse.decode(from: json, orderID: id.rawValue).order.lines.count
    }

    /// The first two stages of `buildPageBytes`: the response decoded and its page model built.
    @inline(never)
    public func buildPageModel(response json: Data, id: OrderID) throws -> OrderPage {
        let response = try CustomerAccountOrderResponse.decode(from: json, orderID: id.rawValue)
        return OrderPage(id: id, response: response, strings: strings)
    }

    /// A site build's work for one page, short of the disk: the response decoded, the page model
    /// built (`OrderPage`), and the page rendered to bytes.
    @inline(never)
    public func buildPageBytes(response json: Data, id: OrderID) throws -> [UInt8] {
        let response = try CustomerAccountOrderResponse.decode(from: json, orderID: id.rawValue)
        let page = OrderPage(id: id, response: response, strings: strings)
        return try template.render(page.context, library: library).bytes
    }

    /// swift-mustache: the page from a context built in Swift.
    @inline(never)
    public func renderMustache(_ context: Any) -> String {
        mustacheLibrary.render(context, withTemplate: "order") ?? ""
    }

    /// swift-mustache from JSON text, its own way: `JSONSerialization`, then render.
    @inline(never)
    public func renderMustache(json: Data) throws -> String {
        renderMustache(try JSONSerialization.jsonObject(with: json))
    }

    /// Stencil: the page from a context built in Swift.
    @inline(never)
    public func renderStencil(_ context: [String: Any]) throws -> String {
        try stencil.render(context)
    }
}
