import Foundation
import Testing

@testable import DigitalDownloads

/// The example in the v2 API document is the contract: every field must come through.
@Suite struct APIDocExampleTests {
    @Test func decodesEveryFieldOfTheDocumentedExample() throws {
        let response = try decodeSample(SampleID.apiDocExample)
        let order = response.order
        #expect(order.orderNumber == 1050)
        #expect(order.lines.count == 2)

        let first = order.lines[0]
        #expect(
            first.product
                == Product(
                    id: "82664d96-6dfd-4343-96b0-05c46f412a5q",
                    name: "My new Book",
                    variantName: "Paper back",
                    sku: "my-sku",
                    productID: 123456,
                    variantID: 1234567,
                    vendor: "my-store",
                    tags: ["books", "paper-books"]
                ))
        #expect(
            first.assets == [
                Asset(
                    limits: DownloadLimits(downloaded: 5, limit: 10),
                    data: AssetData(
                        id: "82664d96-6dfd-4343-96b0-05c46f412a5b",
                        filename: "My new book",
                        size: .text("10MB"),
                        isFile: false,
                        isLink: true,
                        url: "https://www.my-website.com/download/my-book.pdf"
                    )
                )
            ])

        let second = order.lines[1]
        #expect(second.product.id == "82664d96-6dfd-4343-96b0-05c46f412a5r")
        #expect(second.product.variantName == "Hard back")
        #expect(second.product.variantID == 1234563)
        #expect(second.product.tags == ["books", "hardback-books"])
        #expect(second.assets.isEmpty)

        #expect(
            order.assets == [
                Asset(
                    limits: DownloadLimits(downloaded: 0, limit: 10),
                    data: AssetData(
                        id: "82664d96-6dfd-4343-96b0-05c46f41sas",
                        filename: "My new book - part 2",
                        size: .text("20MB"),
                        isFile: false,
                        isLink: true,
                        url: "https://www.my-website.com/download/my-book-part-2.pdf"
                    )
                )
            ])

        #expect(response.text == StoreText(title: "Download files for your orders", text: nil))
    }

    @Test func documentedExampleDerivedValues() throws {
        let order = try decodeSample(SampleID.apiDocExample).order
        #expect(order.hasAssets)
        #expect(order.allAssets.map(\.data.filename) == ["My new book - part 2", "My new book"])
        #expect(order.lines[0].assets[0].limits.remaining == 5)
        #expect(order.lines[0].assets[0].data.size?.formatted == "10 MB")
        #expect(order.assets[0].data.size?.formatted == "20 MB")
        #expect(order.lines[0].assets[0].data.link?.href == "https://www.my-website.com/download/my-book.pdf")
    }
}
