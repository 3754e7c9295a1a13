import DigitalDownloads
import Foundation
import TestSupport
import Testing

@testable import SiteGenerator

/// Hostile or huge inputs are cut down to size before they can stall a build.
@Suite("Input bounds")
struct InputBoundsTests {
    @Test("Markdown beyond 64 kB is cut at a line break, with a warning naming the order")
    func markdownIsBounded() throws {
        let hostile = String(repeating: "![[]()\n", count: 200_000)  // 1.4 MB of a case quadratic in libcmark 0.30
        let response = CustomerAccountOrderResponse(
            order: CustomerAccountOrder(orderNumber: 1, lines: []), text: StoreText(title: "t", text: hostile))
        let id = try OrderID("big")
        let page = OrderPage(id: id, response: response, strings: try ThemeStrings.theme())
        #expect(page.warnings.contains { $0.hasPrefix("order big: text.text is 1.4 MB of Markdown; only its first 65.5 kB are shown") })
        var warnings: [String] = []
        let cut = OrderPage.boundedMarkdown(hostile, id: id, warnings: &warnings)
        #expect(cut.utf8.count <= OrderPage.maximumMarkdownBytes + 3)
        #expect(cut.hasSuffix("\n\n…") && cut.dropLast(3).hasSuffix("![[]()"), "cut at a line break")

        let small = "# Thanks\n\nEnjoy your files."
        var none: [String] = []
        #expect(OrderPage.boundedMarkdown(small, id: id, warnings: &none) == small && none.isEmpty)
    }

    @Test("a saved response larger than the API's body cap is refused, naming the file and the cap")
    func savedResponsesAreCapped() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.json")
        try Data(count: CustomerAccountOrderResponse.maximumBodyBytes + 1).write(to: file)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("a b.json"))
        let source = FolderOrderSource(folder: folder)
        await #expect(
            throws: OrderSourceError.failed(
                "\(file.path) is 8388609 bytes, more than the 8388608 bytes (8 MiB) a response may have")
        ) {
            _ = try await source.response(for: try OrderID("huge"))
        }
        #expect(source.skippedFileNames() == ["a b.json"])
    }

    @Test("a saved response that is a FIFO fails its order at once, naming the file, rather than stalling the build")
    func savedFIFOIsRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("piped.json")
        #expect(mkfifo(file.path, 0o644) == 0)
        let writer = FIFOWriter([file.path])
        defer { writer.stop() }
        let started = Date()
        await #expect(throws: OrderSourceError.failed("\(file.path): cannot read: not a regular file")) {
            _ = try await FolderOrderSource(folder: folder).response(for: try OrderID("piped"))
        }
        #expect(Date().timeIntervalSince(started) < 1, "refused at once, not after a writer came")
    }
}
