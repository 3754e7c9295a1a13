import Foundation
import Testing

@testable import DigitalDownloads

/// Optional fields: null, missing, or an unusable type must never fail the order.
@Suite struct LenientFieldsTests {
    @Test func everyOptionalFieldMissing() throws {
        let response = try decodeJSON(bodyWithLine(lineWithAsset(#"{"data": {"filename": "f", "url": "https://x.example/f"}}"#)))
        #expect(response.text == nil)
        #expect(response.order.assets.isEmpty)
        let line = response.order.lines[0]
        #expect(line.product == Product(name: "P"))
        #expect(line.assets[0] == Asset(limits: .none, data: AssetData(filename: "f", url: "https://x.example/f")))
    }

    @Test func everyOptionalFieldNull() throws {
        let json = """
            {"order": {"order_number": 7, "assets": null, "lines": [
              {"product": {"id": null, "name": "P", "variant_name": null, "sku": null, "product_id": null,
                           "variant_id": null, "vendor": null, "tags": null},
               "assets": [{"limits": null,
                           "data": {"id": null, "filename": "f", "size": null, "is_file": null, "is_link": null,
                                    "url": "https://x.example/f"}},
                          {"limits": {"downloaded": null, "limit": null},
                           "data": {"filename": "g", "url": "https://x.example/g"}}]},
              {"product": {"name": "Q"}, "assets": null}
            ]}, "text": null}
            """
        let response = try decodeJSON(json)
        #expect(response.text == nil)
        #expect(response.order.assets.isEmpty)
        #expect(response.order.lines[0].product == Product(name: "P"))
        #expect(response.order.lines[0].assets.map(\.limits) == [.none, .none])
        #expect(response.order.lines[0].assets[0].data == AssetData(filename: "f", url: "https://x.example/f"))
        #expect(response.order.lines[1].assets.isEmpty)
    }

    @Test func pageTextFieldsNullOrMissing() throws {
        let nulls = try decodeJSON(#"{"order": {"order_number": 1, "lines": []}, "text": {"title": null, "text": null}}"#)
        #expect(nulls.text == StoreText(title: nil, text: nil))
        let missing = try decodeJSON(#"{"order": {"order_number": 1, "lines": []}, "text": {}}"#)
        #expect(missing.text == StoreText())
        let wrong = try decodeJSON(#"{"order": {"order_number": 1, "lines": []}, "text": "hello"}"#)
        #expect(wrong.text == nil)
    }

    @Test func unusableTypesInDecorativeFieldsReadAsAbsent() throws {
        let line = #"""
            {"product": {"id": 42, "name": "P", "variant_name": {"x": 1}, "sku": 12345, "product_id": "987",
                         "variant_id": "not a number", "vendor": ["v"], "tags": "books, paper-books , ,"},
             "assets": [{"data": {"id": true, "filename": "f", "size": {"bytes": 5}, "is_file": 1, "is_link": "false",
                                  "url": "https://x.example/f"}}]}
            """#
        let decoded = try decodeJSON(bodyWithLine(line)).order.lines[0]
        #expect(
            decoded.product
                == Product(
                    id: "42", name: "P", variantName: nil, sku: "12345",
                    productID: 987, variantID: nil, vendor: nil, tags: ["books", "paper-books"]
                ))
        let data = decoded.assets[0].data
        #expect(data.id == nil)
        #expect(data.size == nil)
        #expect(data.isFile == true)
        #expect(data.isLink == false)
    }

    @Test func tagsArrayDropsBlanksAndNulls() throws {
        let line = #"{"product": {"name": "P", "tags": ["a", null, "  ", " b ", 2024, {"x": 1}]}}"#
        #expect(try decodeJSON(bodyWithLine(line)).order.lines[0].product.tags == ["a", "b", "2024"])
    }

    @Test func blankOptionalStringsReadAsAbsent() throws {
        let line = #"{"product": {"name": "P", "variant_name": "  ", "vendor": ""}}"#
        let product = try decodeJSON(bodyWithLine(line)).order.lines[0].product
        #expect(product.variantName == nil)
        #expect(product.vendor == nil)
    }

    @Test(
        arguments: [
            ("\"Default Title\"", nil),
            ("\" Default Title \"", nil),
            ("null", nil),
            ("\"Hard back\"", "Hard back"),
        ] as [(String, String?)])
    func displayVariantNameHidesShopifyPlaceholder(json: String, expected: String?) throws {
        let line = #"{"product": {"name": "P", "variant_name": \#(json)}}"#
        #expect(try decodeJSON(bodyWithLine(line)).order.lines[0].product.displayVariantName == expected)
    }

    @Test(arguments: [
        ("1050", 1050),
        ("\"1050\"", 1050),
        ("\" 1050 \"", 1050),
        ("\"#1050\"", 1050),
        ("1050.0", 1050),
    ])
    func orderNumberAcceptsIntegersAndDigitStrings(json: String, expected: Int) throws {
        let response = try decodeJSON(#"{"order": {"order_number": \#(json), "lines": []}}"#)
        #expect(response.order.orderNumber == expected)
    }

    @Test func countsAcceptDigitStrings() throws {
        let asset = #"{"limits": {"downloaded": "2", "limit": "5"}, "data": {"filename": "f", "url": "https://x.example/"}}"#
        let limits = try decodeJSON(bodyWithLine(lineWithAsset(asset))).order.lines[0].assets[0].limits
        #expect(limits == DownloadLimits(downloaded: 2, limit: 5))
    }
}
