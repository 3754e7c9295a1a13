import Foundation
import TestSupport
import Testing

@testable import SiteOutput

/// Pages are written as bytes and compared as bytes before writing: the comparison must see
/// every difference (same size, other bytes; other size), and leave equal files alone.
@Suite("Writing bytes")
struct ByteWriteTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bytes-\(UUID().uuidString)")

    func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    @Test("created, unchanged (keeping its modification time), changed at the same size, changed in size")
    func outcomes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("orders/1/index.html")
        #expect(try AtomicFile.write(Array("<p>one</p>".utf8), to: file) == .created)
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        #expect(try AtomicFile.write(Array("<p>one</p>".utf8), to: file) == .unchanged)
        #expect(try modificationDate(file) == old)
        #expect(try AtomicFile.write(Array("<p>two</p>".utf8), to: file) == .changed, "same size, other bytes")
        #expect(try AtomicFile.write(Array("<p>three</p>".utf8), to: file) == .changed, "longer")
        #expect(try AtomicFile.write(Array("<p>3</p>".utf8), to: file) == .changed, "shorter")
        #expect(try AtomicFile.write([], to: file) == .changed, "empty")
        #expect(try AtomicFile.write([], to: file) == .unchanged)
        #expect(try Data(contentsOf: file).isEmpty)
    }

    @Test("bytes and Data of the same content are the same file")
    func bytesAndDataAgree() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        let text = "città <è> 日本 🎉\n" + String(repeating: "x", count: 70_000)
        #expect(try AtomicFile.write(Data(text.utf8), to: file) == .created)
        #expect(try AtomicFile.write(Array(text.utf8), to: file) == .unchanged)
        var changed = Array(text.utf8)
        changed[changed.count - 1] = UInt8(ascii: "y")
        #expect(try AtomicFile.write(changed, to: file) == .changed, "a difference in the last byte of a large file")
        #expect(try Data(contentsOf: file) == Data(changed))
    }

    @Test("the comparison: a missing file, a folder in the way, equal and different files")
    func comparison() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("f")
        let bytes = Array("abc".utf8)
        func compare(_ path: String) -> ExistingFile { bytes.withUnsafeBytes { ExistingFile.compare(atPath: path, with: $0) } }
        #expect(compare(file.path) == .missing)
        try Data("abc".utf8).write(to: file)
        #expect(compare(file.path) == .same)
        try Data("abd".utf8).write(to: file)
        #expect(compare(file.path) == .different)
        try Data("abcd".utf8).write(to: file)
        #expect(compare(file.path) == .different)
        #expect(compare(folder.path) == .different, "a folder is never the same as bytes")
    }
}

@Suite("Bounded reads into bytes")
struct BoundedBytesReadTests {
    @Test func readsWholeFilesAndRefusesLargeOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("f.json")
        let contents = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(contents).write(to: file)
        #expect(try BoundedFile.readBytes(file, limit: 100_000) == contents)
        #expect(try BoundedFile.readBytes(file, limit: 100_000) == Array(try BoundedFile.read(file, limit: 100_000)))
        #expect(throws: BoundedFile.ReadError.tooLarge(size: 100_000)) { try BoundedFile.readBytes(file, limit: 99_999) }
        #expect(throws: BoundedFile.ReadError.notFound) { try BoundedFile.readBytes(folder.appendingPathComponent("none"), limit: 10) }
        #expect(throws: BoundedFile.ReadError.cannotRead(reason: "not a regular file")) { try BoundedFile.readBytes(folder, limit: 10) }
        try Data().write(to: file)
        #expect(try BoundedFile.readBytes(file, limit: 0) == [])
    }

    /// A FIFO where an order or cache file is expected (or a link to one) is refused at once:
    /// opening it to read would otherwise wait for a writer, and the build with it.
    @Test func refusesAFIFOWithoutWaitingForAWriter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("order.json")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "order.json")
        // Should a read block, this writer lets it finish after two seconds with bytes, so the
        // test fails on what was read rather than hanging.
        let writer = FIFOWriter([fifo.path])
        defer { writer.stop() }
        for path in [fifo, link] {
            let started = Date()
            #expect(throws: BoundedFile.ReadError.cannotRead(reason: "not a regular file")) { try BoundedFile.read(path, limit: 10) }
            #expect(throws: BoundedFile.ReadError.cannotRead(reason: "not a regular file")) { try BoundedFile.readBytes(path, limit: 10) }
            #expect(Date().timeIntervalSince(started) < 1, "refused at once, not after a writer came")
        }
    }
}

@Suite("Comparing large files")
struct LargeFileCompareTests {
    /// A file larger than the compare's chunk: every difference is seen, wherever it falls.
    @Test(arguments: [0, 65_535, 65_536, 65_537, 131_072, 199_999])
    func differencesInAnyChunkAreSeen(position: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("manifest.json")
        let contents = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(try AtomicFile.write(contents, to: file) == .created)
        #expect(try AtomicFile.write(contents, to: file) == .unchanged)
        var edited = contents
        edited[position] &+= 1
        #expect(try AtomicFile.write(edited, to: file) == .changed)
        #expect(try Data(contentsOf: file) == Data(edited))
        #expect(try AtomicFile.write(Array(edited.dropLast()), to: file) == .changed)
    }
}
