import Testing

@testable import DigitalDownloads

@Suite("Order ids")
struct OrderIDTests {
    @Test("plain tokens are accepted", arguments: ["0c732eb6fd9802a0821a9d29888baee8", "A-1_b", "7"])
    func accepted(text: String) throws {
        #expect(try OrderID(text).rawValue == text)
    }

    @Test(
        "anything that could become a path or a query trick is rejected, naming it",
        arguments: [
            "../x", "a/b", "with space", "", "a.json", "id?x=1", "%2e%2e", "ü", "a\nb",
        ])
    func rejected(text: String) {
        #expect(throws: OrderIDError.self) { try OrderID(text) }
    }

    @Test("the message names the bad id")
    func messageNamesID() {
        #expect(
            OrderIDError.invalidCharacters("../x").description == "order id '../x' may contain only ASCII letters, digits, '-' and '_'")
        // "letters" alone would let a person think 'ü' is one; the rule is ASCII.
        #expect(throws: OrderIDError.invalidCharacters("café")) { try OrderID("café") }
        #expect(OrderIDError.invalidCharacters("café").description.contains("may contain only ASCII letters"))
        #expect(OrderIDError.empty.description == "an order id cannot be empty")
    }
}
