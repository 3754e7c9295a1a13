import Foundation
import Testing

@testable import DigitalDownloads

/// The v1 orders document's two examples, the shapes they imply, and what is refused.
@Suite struct V1OrderDecodingTests {
    /// The search example of the document, as printed there (comments removed): `data` is one object.
    static let searchExample = #"""
        {"data": {"id": "82664d96-6dfd-4343-aaaa-05c46f412a5b", "order_number": 1050, "email_sent_at": 1673214647,
          "ordered_at": 1673214646,
          "assets": [{"id": "82664d96-6dfd-4343-96b0-05c46f412a5b", "filename": "My new book", "size": "10MB",
                      "is_file": false, "is_link": true, "url": "https://www.my-website.com/download/my-book.pdf"}]},
         "links": {"first": "https://app.digital-downloads.com/api/v1/orders?page=1",
                   "last": "https://app.digital-downloads.com/api/v1/orders?page=625", "prev": null,
                   "next": "https://app.digital-downloads.com/api/v1/orders?page=2"},
         "meta": {"current_page": 1, "from": 1, "last_page": 625,
                  "links": [{"url": null, "label": "« Previous", "active": false},
                            {"url": "https://app.digital-downloads.com/api/v1/orders?page=1", "label": "1", "active": true},
                            {"url": "https://app.digital-downloads.com/api/v1/orders?page=2", "label": "2", "active": false},
                            {"url": null, "label": "...", "active": false},
                            {"url": "https://app.digital-downloads.com/api/v1/orders?page=625", "label": "625", "active": false},
                            {"url": "https://app.digital-downloads.com/api/v1/orders?page=2", "label": "Next »", "active": false}],
                  "path": "https://app.digital-downloads.com/api/v1/orders", "per_page": 25, "to": 25, "total": 15608}}
        """#

    /// The "view" example: `data` is a list of one, without timestamps.
    static let viewExample = #"""
        {"data": [{"id": "82664d96-6dfd-4343-aaaa-05c46f412a5b", "order_number": 1050,
                   "assets": [{"id": "82664d96-6dfd-4343-96b0-05c46f412a5b", "filename": "My new book", "size": "10MB",
                               "is_file": false, "is_link": true,
                               "url": "https://www.my-website.com/download/my-book.pdf"}]}]}
        """#

    static let docAsset = AssetData(
        id: "82664d96-6dfd-4343-96b0-05c46f412a5b", filename: "My new book", size: .text("10MB"), isFile: false,
        isLink: true, url: "https://www.my-website.com/download/my-book.pdf")

    func decode(_ json: String) throws(V1DecodingError) -> V1OrderResultPage {
        try V1OrderResultPage.decode(from: Data(json.utf8), context: "test page")
    }

    func failure(_ json: String) -> String? {
        do {
            _ = try decode(json)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theSearchExampleWithDataAsOneObject() throws {
        let page = try decode(Self.searchExample)
        #expect(
            page.orders == [
                V1Order(
                    id: "82664d96-6dfd-4343-aaaa-05c46f412a5b", orderNumber: 1050,
                    emailSentAt: V1Timestamp(unixSeconds: 1_673_214_647), orderedAt: V1Timestamp(unixSeconds: 1_673_214_646),
                    assets: [Self.docAsset])
            ])
        #expect(page.orders[0].orderedAt?.iso8601 == "2023-01-08T21:50:46Z")
        #expect(page.orders[0].emailSentAt?.iso8601 == "2023-01-08T21:50:47Z")
        #expect(page.links?.prev == nil)
        #expect(page.next == "https://app.digital-downloads.com/api/v1/orders?page=2")
        let meta = try #require(page.meta)
        #expect(meta.currentPage == 1)
        #expect(meta.lastPage == 625)
        #expect(meta.perPage == 25)
        #expect(meta.total == 15608)
        #expect(meta.links.first == V1PageMeta.Link(url: nil, label: "« Previous", active: false))
        #expect(meta.links.last?.label == "Next »")
        #expect(meta.links.filter(\.active).map(\.label) == ["1"])
        #expect(meta.links.first(where: { $0.label == "..." })?.url == nil)
    }

    @Test func theViewExampleWithDataAsAListOfOne() throws {
        let page = try decode(Self.viewExample)
        #expect(page.orders.count == 1)
        let order = page.orders[0]
        #expect(order.orderNumber == 1050)
        #expect(order.orderedAt == nil && order.emailSentAt == nil)
        #expect(order.assets == [Self.docAsset])
        #expect(page.links == nil && page.meta == nil && page.next == nil)
    }

    @Test func theLastAndAnEmptyPage() throws {
        let last = try decode(
            #"{"data": [], "links": {"first": "u1", "last": "u1", "prev": null, "next": null},"#
                + #""meta": {"current_page": 1, "from": null, "last_page": 1, "links": [], "path": "p", "per_page": 25, "to": null, "#
                + #""total": 0}}"#
        )
        #expect(last.orders.isEmpty)
        #expect(last.next == nil)
        #expect(last.meta?.from == nil && last.meta?.to == nil)
    }

    @Test func assetsAreAbsentUnlessSentAndPHPStyleValuesAreRead() throws {
        let page = try decode(
            ##"{"data": [{"id": 77, "order_number": "#1051", "ordered_at": "1673214646", "email_sent_at": null},"##
                + #"{"id": "b", "order_number": 1052, "assets": null},"#
                + #"{"id": "c", "order_number": 1053, "assets": [{"is_file": 1, "is_link": "0", "size": 2048}]}]}"#)
        #expect(page.orders[0].id == "77")
        #expect(page.orders[0].orderNumber == 1051)
        #expect(page.orders[0].orderedAt?.unixSeconds == 1_673_214_646)
        #expect(page.orders[0].assets == nil, "not asked for")
        #expect(page.orders[1].assets == [], "null reads as none")
        #expect(page.orders[2].assets == [AssetData(size: .bytes(2048), isFile: true, isLink: false)])
    }

    @Test(arguments: [
        (#"{"data": [{"id": "a", "order_number": 1}, {"id": "b"}]}"#, "data[1].order_number: missing"),
        (#"{"data": {"order_number": 1}}"#, "data.id: missing"),
        (#"{"data": {"id": "", "order_number": 1}}"#, "data.id: empty string"),
        (
            #"{"data": {"id": "a", "order_number": 1, "ordered_at": "yesterday"}}"#,
            #"data.ordered_at: expected a Unix timestamp in seconds, found "yesterday""#
        ),
        (
            #"{"data": {"id": "a", "order_number": 1, "email_sent_at": 1673214647000}}"#,
            "data.email_sent_at: expected a Unix timestamp in seconds, found 1673214647000"
        ),
        (
            #"{"data": {"id": "a", "order_number": 1.5}}"#,
            "data.order_number: expected an order number (an integer or a string of digits), found 1.5"
        ),
        (
            #"{"data": [{"id": "a", "order_number": 1, "assets": [{"is_link": "maybe"}]}]}"#,
            #"data[0].assets[0].is_link: expected a boolean, found "maybe""#
        ),
        (
            #"{"data": [{"id": "a", "order_number": 1, "assets": ["file.pdf"]}]}"#,
            "data[0].assets[0]: expected an object, found a string"
        ),
        (
            #"{"data": [{"id": "a", "order_number": 1, "assets": {"id": "x"}}]}"#,
            "data[0].assets: expected an array, found an object"
        ),
        (#"{"data": "none"}"#, "data: expected an order or a list of orders, found a string"),
        (#"{"data": null}"#, "data: null, expected an order or a list of orders"),
        (#"{"data": [42]}"#, "data[0]: expected an object, found a number"),
        (#"{"message": "Server Error"}"#, #"data: missing (the API said: "Server Error")"#),
        (#"{"data": [], "links": {"next": 2}}"#, "links.next: expected a URL string or null, found a number"),
        (#"{"data": [], "links": "none"}"#, "links: expected an object, found a string"),
        (
            #"{"data": [], "meta": {"current_page": 1, "last_page": 1, "per_page": 5, "total": 0, "links": [{"url": null, "active": "#
                + #"false}]}}"#,
            "meta.links[0].label: missing"
        ),
        (#"{"data": [], "meta": {"current_page": 1, "last_page": 1, "per_page": 5}}"#, "meta.total: missing"),
        (
            #"{"data": [], "meta": {"current_page": "one", "last_page": 1, "per_page": 5, "total": 0}}"#,
            #"meta.current_page: expected a whole number, found "one""#
        ),
        (#"[{"id": "a", "order_number": 1}]"#, "response body: expected an object, found an array"),
    ])
    func malformedAnswersNameTheJSONPath(json: String, expected: String) {
        #expect(failure(json) == "test page: unexpected answer: \(expected)")
    }

    @Test func bodiesThatAreNotJSONSayWhere() {
        #expect(failure("  \n") == #"test page: empty response body (expected a JSON object with a "data" key)"#)
        let html = failure("<html><body>Bad gateway</body></html>")
        #expect(html?.hasPrefix("test page: the answer is not valid JSON (line 1, column 1") == true)
        #expect(html?.contains("looks like an HTML page") == true)
    }
}
