import Foundation
import TestSupport
import Testing

/// What a hostile order can make the tool print: nothing that drives a terminal, nothing huge.
@Suite("Hostile values in the build's output")
struct HostileOutputTests {
    @Test("an asset filename with escape sequences, NUL and a megabyte of text is printed cleaned and cut")
    func hostileFilenameInWarnings() throws {
        let name = "evil\u{1B}[31m\u{1B}]0;title\u{07}\u{1B}[2J\u{0}" + String(repeating: "A", count: 1_000_000)
        let order: [String: Any] = [
            "order": [
                "order_number": 7,
                "lines": [["product": ["name": "x"], "assets": [["data": ["filename": name, "url": "javascript:alert(1)"]]]]],
            ]
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: order), as: UTF8.self)
        let folder = try TemporaryFolder(["orders/hostile.json": json])
        let result = try CommandRun.runBlocking(["build", "--from", "orders"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.error.contains("warning: order hostile: asset 'evil\u{FFFD}[31m\u{FFFD}]0;title\u{FFFD}\u{FFFD}[2J\u{FFFD}AAA"))
        #expect(!result.error.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character but line breaks")
        #expect(result.error.split(separator: "\n").allSatisfy { $0.count <= 420 }, "no line longer than a message and a cut value")
        #expect(result.error.utf8.count < 5_000)
    }
}
