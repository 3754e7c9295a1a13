import Foundation
import Testing

@testable import DigitalDownloads

/// Required fields fail with the order id and the JSON path of the bad field.
@Suite struct DecodingErrorPathTests {
    static let orderID = "0c732eb6fd9802a0821a9d29888baee8"

    /// The API example with its second line's first asset given `data` as the JSON `dataJSON`.
    private func exampleWithSecondLineAssetData(_ dataJSON: String) -> String {
        """
        {"order": {"order_number": 1050, "lines": [
            {"product": {"name": "My new Book"}, "assets": [
                {"limits": {"downloaded": 5, "limit": 10},
                 "data": {"filename": "My new book", "url": "https://www.my-website.com/download/my-book.pdf"}}]},
            {"product": {"name": "My new Book"}, "assets": [
                {"limits": {"downloaded": 0, "limit": 10}, "data": \(dataJSON)}]}
        ], "assets": []}, "text": {"title": "t", "text": null}}
        """
    }

    private func message(_ json: String) -> String? {
        decodingError(json, orderID: Self.orderID)?.description
    }

    @Test func missingURLNamesItsPath() throws {
        let json = exampleWithSecondLineAssetData(#"{"filename": "part 2", "size": "20MB"}"#)
        let error = try #require(decodingError(json, orderID: Self.orderID))
        #expect(
            error
                == .invalidField(
                    orderID: Self.orderID,
                    failure: DecodingFailure(path: "order.lines[1].assets[0].data.url", problem: .missing)
                ))
        #expect(error.description == "order 0c732eb6fd9802a0821a9d29888baee8: order.lines[1].assets[0].data.url: missing")
        #expect(error.orderID == Self.orderID)
    }

    @Test func wrongTypeSaysExpectedAndFound() {
        let json = exampleWithSecondLineAssetData(#"{"filename": "part 2", "url": 42}"#)
        #expect(message(json) == "order \(Self.orderID): order.lines[1].assets[0].data.url: expected a string, found a number")
    }

    @Test func nullRequiredFieldSaysNull() {
        let json = exampleWithSecondLineAssetData(#"{"filename": null, "url": "https://x.example/"}"#)
        let text = message(json)
        #expect(text?.contains("order.lines[1].assets[0].data.filename: null") == true)
        #expect(text == "order \(Self.orderID): order.lines[1].assets[0].data.filename: null, expected a string")
    }

    @Test func blankRequiredStringIsNamed() {
        let json = exampleWithSecondLineAssetData(#"{"filename": "  ", "url": "https://x.example/"}"#)
        #expect(message(json) == "order \(Self.orderID): order.lines[1].assets[0].data.filename: empty string")
    }

    @Test func missingDataObject() {
        let json = exampleWithSecondLineAssetData("null")
        #expect(message(json) == "order \(Self.orderID): order.lines[1].assets[0].data: null, expected an object")
    }

    @Test func assetThatIsNotAnObject() {
        let body = bodyWithLine(#"{"product": {"name": "P"}, "assets": ["https://x.example/f"]}"#)
        #expect(message(body) == "order \(Self.orderID): order.lines[0].assets[0]: expected an object, found a string")
    }

    @Test func missingProductName() {
        let body = bodyWithLine(#"{"product": {"sku": "s"}}"#)
        #expect(message(body) == "order \(Self.orderID): order.lines[0].product.name: missing")
    }

    @Test func missingProduct() {
        let body = bodyWithLine(#"{"assets": []}"#)
        #expect(message(body) == "order \(Self.orderID): order.lines[0].product: missing")
    }

    @Test func missingLines() {
        #expect(message(#"{"order": {"order_number": 1050}}"#) == "order \(Self.orderID): order.lines: missing")
    }

    @Test func linesOfTheWrongType() {
        #expect(
            message(#"{"order": {"order_number": 1050, "lines": {}}}"#)
                == "order \(Self.orderID): order.lines: expected an array, found an object")
    }

    @Test func orderAssetsOfTheWrongTypeAreNotSilentlyDropped() {
        #expect(
            message(#"{"order": {"order_number": 1, "lines": [], "assets": "none"}}"#)
                == "order \(Self.orderID): order.assets: expected an array, found a string")
    }

    @Test func missingOrderNumber() {
        #expect(message(#"{"order": {"lines": []}}"#) == "order \(Self.orderID): order.order_number: missing")
    }

    @Test(arguments: [
        (#""abc""#, #"order.order_number: expected an order number (an integer or a string of digits), found "abc""#),
        ("-3", "order.order_number: expected an order number (an integer or a string of digits), found -3"),
        ("10.5", "order.order_number: expected an order number (an integer or a string of digits), found 10.5"),
        ("true", "order.order_number: expected an order number (an integer or a string of digits), found a boolean"),
        ("null", "order.order_number: null, expected an order number (an integer or a string of digits)"),
    ])
    func badOrderNumbers(json: String, expected: String) {
        #expect(message(#"{"order": {"order_number": \#(json), "lines": []}}"#) == "order \(Self.orderID): \(expected)")
    }

    @Test(arguments: [
        (#"{"downloaded": "five", "limit": 10}"#, #"limits.downloaded: expected a whole number, found "five""#),
        (#"{"downloaded": -1, "limit": 10}"#, "limits.downloaded: expected a count of 0 or more, found -1"),
        (#"{"downloaded": 1, "limit": 2.5}"#, "limits.limit: expected a whole number, found 2.5"),
        (#"{"downloaded": 1, "limit": true}"#, "limits.limit: expected a whole number, found a boolean"),
        (#""unlimited""#, "limits: expected an object, found a string"),
    ])
    func badLimitsAreErrorsNotGuesses(limitsJSON: String, expected: String) {
        let asset = #"{"limits": \#(limitsJSON), "data": {"filename": "f", "url": "https://x.example/"}}"#
        #expect(message(bodyWithLine(lineWithAsset(asset))) == "order \(Self.orderID): order.lines[0].assets[0].\(expected)")
    }

    @Test func missingOrderQuotesTheAPIMessage() {
        #expect(
            message(#"{"message": "Order not found"}"#)
                == #"order \#(Self.orderID): order: missing (the API said: "Order not found")"#)
        #expect(message(#"{}"#) == "order \(Self.orderID): order: missing")
    }

    @Test func rootThatIsNotAnObject() {
        #expect(message("[]") == "order \(Self.orderID): response body: expected an object, found an array")
        #expect(message("null") == "order \(Self.orderID): response body: null, expected an object")
    }

    @Test func invalidJSONSaysWhere() throws {
        let json = "{\"order\": {\n  \"order_number\": 1050,\n  \"lines\": [1, }\n}"
        let error = try #require(decodingError(json, orderID: Self.orderID))
        guard case .invalidJSON(let orderID, _) = error else {
            Issue.record("expected invalidJSON, got \(error)")
            return
        }
        #expect(orderID == Self.orderID)
        #expect(error.description.hasPrefix("order \(Self.orderID): not valid JSON ("))
        #expect(error.description.contains("line 3, column 16"))
    }

    @Test func truncatedJSONIsInvalidJSON() throws {
        let error = try #require(decodingError(#"{"order": {"order_number": 10"#, orderID: Self.orderID))
        #expect(error.description.hasPrefix("order \(Self.orderID): not valid JSON ("))
    }

    @Test func htmlBodyIsCalledOut() throws {
        let error = try #require(decodingError("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", orderID: Self.orderID))
        #expect(error.description.hasPrefix("order \(Self.orderID): not valid JSON (line 1, column 1"))
        #expect(error.description.contains("looks like an HTML page"))
    }

    @Test(arguments: ["", "   \n\t "])
    func emptyBody(body: String) {
        let error = decodingError(body, orderID: Self.orderID)
        #expect(error == .emptyBody(orderID: Self.orderID))
        #expect(error?.description == #"order \#(Self.orderID): empty response body (expected a JSON object with an "order" key)"#)
    }

    @Test func foundationErrorsAreTranslatedWithTheirPath() {
        struct Probe: Decodable { let list: [Int] }
        do {
            _ = try JSONDecoder().decode(Probe.self, from: Data(#"{"list": [1, "x"]}"#.utf8))
            Issue.record("expected a failure")
        } catch let error as DecodingError {
            #expect(DecodingFailure(error).description == "list[1]: expected an integer, found a string")
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try JSONDecoder().decode(Probe.self, from: Data(#"{}"#.utf8))
            Issue.record("expected a failure")
        } catch let error as DecodingError {
            #expect(DecodingFailure(error).description == "list: missing")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
