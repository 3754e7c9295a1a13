import Foundation
import Testing

@testable import SiteOutput

@Suite("Atomic file writes")
struct AtomicFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")

    func files(in url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    @Test("creates, then changes, then leaves unchanged bytes alone with their modification time")
    func outcomes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a/b/page.html")
        #expect(try AtomicFile.write(Data("one".utf8), to: file) == .created)
        #expect(try AtomicFile.write(Data("two".utf8), to: file) == .changed)
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        #expect(try AtomicFile.write(Data("two".utf8), to: file) == .unchanged)
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        #expect(modified == old)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(files(in: file.deletingLastPathComponent()) == ["page.html"], "no temporary file is left behind")
    }

    @Test("replaces a symbolic link instead of writing through it")
    func doesNotFollowSymlinks() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outside = folder.appendingPathComponent("outside.txt")
        try Data("secret".utf8).write(to: outside)
        let link = folder.appendingPathComponent("page.html")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        // Bytes other than the target's, so that a write through the link would show in the target.
        #expect(try AtomicFile.write(Data("page".utf8), to: link) == .changed)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "secret", "the link's target is untouched")
        #expect(!AtomicFile.isSymbolicLink(link.path), "the link was replaced by a file")
        #expect(try String(contentsOf: link, encoding: .utf8) == "page")
    }

    @Test("a write that cannot happen says where and why, and leaves no temporary file")
    func failure() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let blocker = folder.appendingPathComponent("file")
        try Data().write(to: blocker)
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("x".utf8), to: blocker.appendingPathComponent("child.html"))
        }
        #expect(files(in: folder) == ["file"])
    }

    @Test("a folder that cannot be made is named, with the reason")
    func folderThatCannotBeMade() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A dangling link where a folder should be: `mkdir` below it finds no parent.
        let dangling = folder.appendingPathComponent("gone")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: folder.path + "/nowhere/at/all")
        let target = dangling.appendingPathComponent("sub/page.html")
        #expect(
            throws: AtomicFile.WriteError.cannotWrite(
                path: target.path, reason: "cannot create folder \(dangling.path)/sub: No such file or directory")
        ) {
            try AtomicFile.write(Data("x".utf8), to: target)
        }
        #expect(files(in: folder) == ["gone"])
    }
}

@Suite("Output folder")
struct OutputFolderTests {
    @Test("paths cannot climb out of the output folder", arguments: ["..", ".", "", "a/b", "x\0y"])
    func rejectsUnsafeComponents(component: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root)
        #expect(throws: OutputFolder.PathError.self) { try folder.file(["orders", component, "index.html"]) }
    }

    @Test("a symbolic link inside the output folder that leads elsewhere is refused")
    func rejectsSymlinkedFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)")
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("elsewhere-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let folder = try OutputFolder(root)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("orders"), withDestinationURL: elsewhere)
        #expect(throws: OutputFolder.PathError.symbolicLink(root.appendingPathComponent("orders").path)) {
            try folder.file(["orders", "abc", "index.html"])
        }
    }

    @Test("removing a page also removes the folders it leaves empty, and nothing else")
    func removeCleansEmptyFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root)
        try AtomicFile.write(Data("a".utf8), to: try folder.file(["orders", "a", "index.html"]))
        try AtomicFile.write(Data("b".utf8), to: try folder.file(["orders", "b", "index.html"]))
        try folder.remove(relativePath: "orders/a/index.html")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("orders/a").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("orders/b/index.html").path))
    }
}
