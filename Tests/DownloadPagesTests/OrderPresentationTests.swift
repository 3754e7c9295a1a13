import DigitalDownloads
import Foundation
import Testing

@testable import DownloadPages

/// How `orders list` and `orders show` print v1 orders: JSON Lines, the table, the detail block
/// and the progress lines. The orders are the v1 document's own examples.
@Suite struct OrderPresentationTests {
    static let docAsset = AssetData(
        id: "82664d96-6dfd-4343-96b0-05c46f412a5b", filename: "My new book", size: .text("10MB"), isFile: false,
        isLink: true, url: "https://www.my-website.com/download/my-book.pdf")

    /// The search example's order: timestamps and one asset.
    static let searchOrder = V1Order(
        id: "82664d96-6dfd-4343-aaaa-05c46f412a5b", orderNumber: 1050,
        emailSentAt: V1Timestamp(unixSeconds: 1_673_214_647), orderedAt: V1Timestamp(unixSeconds: 1_673_214_646),
        assets: [docAsset])

    /// The search example's pagination: page 1 of 625, 25 a page, 15,608 orders.
    static let searchPage = V1OrderResultPage(
        orders: [searchOrder], links: V1PageLinks(next: "https://app.digital-downloads.com/api/v1/orders?page=2"),
        meta: V1PageMeta(currentPage: 1, from: 1, lastPage: 625, perPage: 25, to: 25, total: 15608))

    @Test func jsonLinesKeepTheAPIsNamesAndValuesAndDecodeBack() throws {
        let order = Self.searchOrder
        let line = OrderListing.jsonLine(order)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "order_number", "email_sent_at", "ordered_at", "assets"])
        #expect(object["ordered_at"] as? Int == 1_673_214_646)
        #expect(object["order_number"] as? Int == 1050)
        let asset = try #require((object["assets"] as? [[String: Any]])?.first)
        #expect(Set(asset.keys) == ["id", "filename", "size", "is_file", "is_link", "url"])
        #expect(asset["size"] as? String == "10MB")
        #expect(line.contains(#""url":"https://www.my-website.com/download/my-book.pdf""#))
        let readBack = try V1OrderResultPage.decode(from: Data(#"{"data": \#(line)}"#.utf8), context: "line")
        #expect(readBack.orders == [order], "a line reads back as the same order")

        let bare = OrderListing.jsonLine(V1Order(id: "x", orderNumber: 7))
        #expect(bare == #"{"email_sent_at":null,"id":"x","order_number":7,"ordered_at":null}"#)
    }

    @Test func theTableAlignsRowsPrintedPagesApart() {
        let listing = OrderListing(format: .table)
        let header = listing.header
        let first = listing.line(
            V1Order(
                id: "82664d96-6dfd-4343-aaaa-05c46f412a5b", orderNumber: 1050, emailSentAt: nil,
                orderedAt: V1Timestamp(unixSeconds: 1_673_214_646), assets: [Self.docAsset]))
        let second = listing.line(V1Order(id: "short\u{1B}[2J", orderNumber: 7))
        #expect(header.hasPrefix("ID "))
        #expect(first.hasPrefix("82664d96-6dfd-4343-aaaa-05c46f412a5b  1050      2023-01-08T21:50:46Z  -                     1"))
        #expect(first.hasSuffix("1\n"))
        #expect(second.hasSuffix("-\n"), "assets not asked for")
        #expect(!second.contains("\u{1B}"), "escape sequences from the API are not sent to the terminal")
        // The third column starts at the same place in every line: 36 + 2 for the id, 8 + 2 for the number.
        func third(_ text: String) -> Substring { text.dropFirst(48).prefix(10) }
        #expect(third(header) == "ORDERED AT")
        #expect(third(first) == "2023-01-08")
        #expect(third(second).hasPrefix("-  "))
        #expect(OrderListing(format: .jsonLines).header == "")
    }

    @Test func showTextListsTheAssets() {
        let order = V1Order(id: "82664d96-6dfd-4343-aaaa-05c46f412a5b", orderNumber: 1050, assets: [Self.docAsset])
        let text = OrderDetail.text(order)
        #expect(text.hasPrefix("order 1050\n  id             82664d96-6dfd-4343-aaaa-05c46f412a5b\n"))
        #expect(text.contains("  ordered at     -\n"))
        #expect(text.contains("  assets         1\n    My new book  (link, 10 MB)  https://www.my-website.com/download/my-book.pdf\n"))
        #expect(OrderDetail.text(V1Order(id: "x", orderNumber: 1)).contains("not included (ask for them with --with-assets)"))
    }

    @Test func progressAndMorePagesLines() {
        let page = Self.searchPage
        #expect(ListingProgress.line(pagesRead: 1, ordersRead: 25, meta: page.meta) == "page 1 of 625, 25 of 15608 orders")
        #expect(ListingProgress.line(pagesRead: 2, ordersRead: 1, meta: nil) == "page 2, 1 order")
        #expect(
            ListingProgress.morePages(page)
                == "page 1 of 625 (orders 1–25 of 15608): --page 2 for the next, --all for every page")
        #expect(ListingProgress.morePages(V1OrderResultPage(orders: [Self.searchOrder])) == nil)
    }
}
