import DigitalDownloads
import Foundation
import FoundationXML
import PropertyBased
import Testing

@testable import SiteGenerator

/// For any values an order may carry, the page the default theme renders is well formed: it
/// parses as XML (the theme writes polyglot HTML5), holds no script, and no link runs code.
@Suite("Page properties")
struct PagePropertyTests {
    /// Text that troubles HTML, Markdown and URLs alike.
    static let pieces: [String] = [
        "<", ">", "&", "\"", "'", "`", "/", "\\", "=", " ", "\n", "\t", "\u{0}", "\u{1B}", "\u{202E}", "\u{FEFF}",
        "<script>alert(1)</script>", "javascript:alert(1)", "https://example.com/f?a=1&b=2", "]]>", "<!--", "-->",
        "&amp;", "&#x26;", "é", "日本", "🎉", "**b**", "[l](javascript:x)", "![i](x)", "# h", "<img src=x onerror=y>",
        "{{a}}", "a", "b",
    ]

    static let text = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...8).map { $0.joined() }

    @Test("any names, filenames, URLs and Markdown give a page that parses, with no script and no link that runs code")
    func renderedPagesParse() async throws {
        let strings = try ThemeStrings.theme()
        let theme = try Theme(templatesFolder: nil, publicFolder: nil)
        let library = try theme.templateLibrary()
        let template = try library.compiled("order")
        await propertyCheck(count: 150, input: Self.text, Self.text, Self.text, Self.text, Self.text) {
            name, variant, filename, url, markdown in
            let asset = Asset(
                limits: DownloadLimits(downloaded: 1, limit: 3),
                data: AssetData(filename: filename.isEmpty ? "f" : filename, url: url.isEmpty ? "u" : url))
            let line = OrderLine(
                product: Product(name: name.isEmpty ? "n" : name, variantName: variant, tags: [variant, name]), assets: [asset])
            let response = CustomerAccountOrderResponse(
                order: CustomerAccountOrder(orderNumber: 7, lines: [line], assets: [asset]),
                text: StoreText(title: name, text: markdown))
            let page = OrderPage(id: try OrderID("p"), response: response, strings: strings)
            let html = try template.render(page.context, library: library).output
            let document = try XMLDocument(data: Data(html.utf8), options: [])
            #expect(try document.nodes(forXPath: "//script").isEmpty)
            // Asset links are http(s) or absent; Markdown links may be relative, and cmark's safe
            // mode empties the rest: no javascript:, data: or vbscript: can reach an href.
            for href in try document.nodes(forXPath: "//a/@href | //img/@src").compactMap(\.stringValue) {
                let scheme = href.firstIndex(of: ":").map { href[..<$0].lowercased() }
                let isRelative = scheme.map { $0.contains("/") || $0.contains("?") || $0.contains("#") } ?? true
                #expect(isRelative || ["http", "https", "mailto"].contains(scheme ?? ""), "\(href)")
            }
        }
    }
}
