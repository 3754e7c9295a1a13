import DigitalDownloads
import Foundation
import Testing

@testable import SiteGenerator

/// A folder of saved responses is read once, into the orders to build and the files it skips.
@Suite struct FolderListingTests {
    @Test func ordersAndSkippedFilesFromOneRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b2.json", "a1.json", "a b.json", "é.json", ".hidden.json", "notes.txt", "c3.json.bak", "1000.json"] {
            try Data("{}".utf8).write(to: folder.appendingPathComponent(name))
        }
        let source = FolderOrderSource(folder: folder)
        let listing = try source.listing()
        #expect(listing.ids == [try OrderID("1000"), try OrderID("a1"), try OrderID("b2")])
        #expect(listing.skippedFileNames == ["a b.json", "é.json"])
        #expect(try source.allOrderIDs() == listing.ids)
        #expect(source.skippedFileNames() == listing.skippedFileNames)
    }

    @Test func aMissingFolderIsNamed() throws {
        let source = FolderOrderSource(folder: URL(fileURLWithPath: "/nonexistent/orders-\(UUID().uuidString)"))
        #expect(throws: OrderSourceError.failed("\(source.folder.path): no such folder, or not readable")) { try source.listing() }
        #expect(source.skippedFileNames().isEmpty)
    }

    @Test func anEmptyFolderIsNamedWithWhatItLacks() throws {
        let empty = FolderOrderSource.Listing(ids: [], skippedFileNames: [])
        #expect(
            FolderOrderSource.nothingToBuild(in: "/data/orders", listing: empty)
                == "no orders to build: /data/orders has no order files, ID.json with ID an order id")
        let one = FolderOrderSource.Listing(ids: [], skippedFileNames: ["a b.json"])
        #expect(
            FolderOrderSource.nothingToBuild(in: "o", listing: one)
                == "no orders to build: o has no order files, ID.json with ID an order id (1 .json file is skipped: its name is not an order id)")
        let two = FolderOrderSource.Listing(ids: [], skippedFileNames: ["a b.json", "é.json"])
        #expect(FolderOrderSource.nothingToBuild(in: "o", listing: two).hasSuffix("(2 .json files are skipped: their names are not an order id)"))
    }

    /// Many names: more than one `readdir` buffer's worth.
    @Test func aLargeFolderIsReadWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<3_000 {
            FileManager.default.createFile(atPath: folder.path + "/order\(index).json", contents: Data())
        }
        let ids = try FolderOrderSource(folder: folder).listing().ids
        #expect(ids.count == 3_000)
        #expect(Set(ids.map(\.rawValue)) == Set((0..<3_000).map { "order\($0)" }))
    }
}
