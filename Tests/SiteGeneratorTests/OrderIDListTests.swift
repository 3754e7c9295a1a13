import DigitalDownloads
import Testing

@testable import SiteGenerator

@Suite("Order id lists")
struct OrderIDListTests {
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
        #expect(
            throws: OrderIDListError.invalidLines([
                "ids.txt:2: order id '../etc' may contain only ASCII letters, digits, '-' and '_'",
                "ids.txt:4: order id 'two words' may contain only ASCII letters, digits, '-' and '_'",
            ])
        ) {
            try list.add(idsFileText: "good\n../etc\n# fine\ntwo words\n", source: "ids.txt")
        }
    }
}
