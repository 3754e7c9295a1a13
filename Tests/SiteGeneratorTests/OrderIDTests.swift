import Testing

@testable import SiteGenerator

@Suite("Order ids")
struct OrderIDTests {
    @Test("plain tokens are accepted", arguments: ["0c732eb6fd9802a0821a9d29888baee8", "A-1_b", "7"])
    func accepted(text: String) throws {
        #expect(try OrderID(text).rawValue == text)
    }

    @Test("anything that could become a path or a query trick is rejected, naming it", arguments: [
        "../x", "a/b", "with space", "", "a.json", "id?x=1", "%2e%2e", "ü", "a\nb",
    ])
    func rejected(text: String) {
        #expect(throws: OrderIDError.self) { try OrderID(text) }
    }

    @Test("the message names the bad id")
    func messageNamesID() {
        #expect(OrderIDError.invalidCharacters("../x").description == "order id '../x' may contain only letters, digits, '-' and '_'")
        #expect(OrderIDError.empty.description == "an order id cannot be empty")
    }

    @Test("an ids file skips blank lines and comments and builds duplicates once, in first-seen order")
    func idsFile() throws {
        var list = OrderIDList()
        try list.add(arguments: ["bbb", "aaa"])
        try list.add(idsFileText: "# orders from the nightly export\n\naaa\nccc   # a comment\n  ddd  \nbbb\n", source: "ids.txt")
        #expect(list.ids.map(\.rawValue) == ["bbb", "aaa", "ccc", "ddd"])
    }

    @Test("every bad line of an ids file is reported with its line number")
    func idsFileErrors() {
        var list = OrderIDList()
        #expect(throws: OrderIDListError.invalidLines([
            "ids.txt:2: order id '../etc' may contain only letters, digits, '-' and '_'",
            "ids.txt:4: order id 'two words' may contain only letters, digits, '-' and '_'",
        ])) {
            try list.add(idsFileText: "good\n../etc\n# fine\ntwo words\n", source: "ids.txt")
        }
    }
}
