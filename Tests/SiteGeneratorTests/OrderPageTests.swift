import DigitalDownloads
import Testing

@testable import SiteGenerator
@testable import TemplateEngine

@Suite("Order page model")
struct OrderPageTests {
    func asset(_ url: String, downloaded: Int = 0, limit: Int? = nil, isLink: Bool = true) -> Asset {
        Asset(
            limits: DownloadLimits(downloaded: downloaded, limit: limit),
            data: AssetData(filename: "file.pdf", size: .bytes(10_000_000), isFile: !isLink, isLink: isLink, url: url))
    }

    func page(_ assets: [Asset], title: String? = nil, text: String? = nil) throws -> OrderPage {
        let line = OrderLine(product: Product(name: "Book", variantName: "Default Title", tags: []), assets: assets)
        let response = CustomerAccountOrderResponse(
            order: CustomerAccountOrder(orderNumber: 1050, lines: [line]), text: StoreText(title: title, text: text))
        return OrderPage(id: try OrderID("abc"), response: response, strings: try .theme())
    }

    func firstAsset(_ page: OrderPage) -> TemplateValue? {
        guard case .array(let lines)? = page.context["order"]?["lines"], case .array(let assets)? = lines.first?["assets"] else {
            return nil
        }
        return assets.first
    }

    @Test(
        "usage in words, with what is left",
        arguments: [
            (5, 10 as Int?, "5 of 10 downloads used, 5 left"),
            (0, 1 as Int?, "0 of 1 download used, 1 left"),
            (10, 10 as Int?, "Download limit reached: 10 of 10 used"),
            (3, nil as Int?, "Unlimited downloads, 3 used"),
        ])
    func usage(downloaded: Int, limit: Int?, expected: String) throws {
        #expect(OrderPage.usage(DownloadLimits(downloaded: downloaded, limit: limit), strings: try .theme()) == expected)
    }

    @Test("a reached limit shows no live link, and says why")
    func limitReached() throws {
        let model = firstAsset(try page([asset("https://example.com/a.pdf", downloaded: 3, limit: 3)]))
        #expect(model?["href"] == .null)
        #expect(model?["limit_reached"] == true)
        #expect(model?["unavailable"] == .string(try ThemeStrings.theme()["unavailable_limit"]))
    }

    @Test("only http and https URLs become links; others are listed without one and warned about")
    func unsafeURL() throws {
        let unsafe = try page([asset("javascript:alert(1)")])
        #expect(firstAsset(unsafe)?["href"] == .null)
        #expect(unsafe.warnings == ["order abc: asset 'file.pdf' has no usable link: 'javascript:alert(1)' is not an http(s) URL"])
        let safe = try page([asset("  HTTPS://example.com/a.pdf ")])
        #expect(firstAsset(safe)?["href"] == "https://example.com/a.pdf")
        #expect(safe.warnings.isEmpty)
    }

    @Test("sizes in units; Shopify's 'Default Title' variant is omitted; a null title falls back to the default")
    func displayValues() throws {
        let model = try page([asset("https://example.com/a")])
        #expect(firstAsset(model)?["size"] == "10 MB")
        guard case .array(let lines)? = model.context["order"]?["lines"] else {
            Issue.record("no lines")
            return
        }
        #expect(lines.first?["variant"] == .null)
        #expect(model.context["page"]?["title"] == "Your downloads")
        #expect(model.context["text"]?["title"] == .null)
        #expect(model.context["order"]?["number_label"] == "Order #1050")
    }

    @Test("text is rendered from Markdown by cmark, safely and with smart punctuation")
    func markdown() throws {
        let model = try page([], title: "Hi", text: "# Thanks\n\n\"Enjoy\" -- *really*\n\n<script>alert(1)</script>")
        guard case .string(let html)? = model.context["text"]?["html"] else {
            Issue.record("no html")
            return
        }
        #expect(html.contains("<h2>Thanks</h2>"), "a merchant # heading sits under the page h1")
        #expect(html.contains("“Enjoy” – <em>really</em>"))
        #expect(!html.contains("<script"))
    }
}
