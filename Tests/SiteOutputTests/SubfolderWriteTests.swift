import Foundation
import Testing

@testable import SiteOutput

/// The page writer: `orders/ID/index.html` written from the open `orders/` folder.
@Suite("Writing into a subfolder of an open folder")
struct SubfolderWriteTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("subfolder-\(UUID().uuidString)")

    /// A folder outside the output, made now; the caller removes it.
    func elsewhereFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func names(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test("creates the folder and the file, then leaves the same bytes alone, then changes them; stamps as stat sees them")
    func createsThenKeepsThenChanges() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let orders = try OpenFolder("orders", in: try OutputFolder(root))
        let page = root.appendingPathComponent("orders/abc/index.html")

        let created = try AtomicFile.write(Array("<p>one</p>".utf8), named: "index.html", inSubfolder: "abc", of: orders)
        #expect(created.outcome == .created)
        #expect(try String(contentsOf: page, encoding: .utf8) == "<p>one</p>")
        #expect(created.stamp != nil && created.stamp == FileStamp(of: page))
        #expect(orders.stamp(of: "index.html", inSubfolder: "abc") == created.stamp)

        let kept = try AtomicFile.write(Array("<p>one</p>".utf8), named: "index.html", inSubfolder: "abc", of: orders)
        #expect(kept.outcome == .unchanged)
        #expect(kept.stamp == created.stamp, "the file was not touched, and its stamp is what stat says")

        let changed = try AtomicFile.write(Array("<p>two!</p>".utf8), named: "index.html", inSubfolder: "abc", of: orders)
        #expect(changed.outcome == .changed)
        #expect(try String(contentsOf: page, encoding: .utf8) == "<p>two!</p>")
        #expect(changed.stamp == FileStamp(of: page))
        #expect(changed.stamp?.size == 11)
        #expect(names(root.appendingPathComponent("orders/abc").path) == ["index.html"], "no temporary file is left")
    }

    @Test("a file in a new folder is whole, readable by all, the folder's only entry, with either durability", arguments: [AtomicFile.Durability.deferred, .flushed])
    func newFolderHoldsOnlyTheWholeFile(durability: AtomicFile.Durability) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let orders = try OpenFolder("orders", in: try OutputFolder(root))
        // Bigger than one write's usual share, so a short write would show.
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let written = try AtomicFile.write(bytes, named: "index.html", inSubfolder: "big", of: orders, durability: durability)
        #expect(written.outcome == .created)
        let page = root.appendingPathComponent("orders/big/index.html")
        #expect(try Data(contentsOf: page) == Data(bytes))
        #expect(names(root.appendingPathComponent("orders/big").path) == ["index.html"], "no temporary name is left")
        #expect(written.stamp == FileStamp(of: page))
        let attributes = try FileManager.default.attributesOfItem(atPath: page.path)
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        #expect(permissions & 0o044 == 0o044, "group and others may read the page, as a static host needs")
        #expect(permissions & 0o022 == 0, "nobody else may write it")
    }

    #if os(Linux)
        @Test("where the file system makes unnamed files, a new folder's file is one, linked in; where not, the caller is told to go on")
        func unnamedFileWhereSupported() throws {
            let folder = root.appendingPathComponent("probe")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            let rootDescriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            #expect(rootDescriptor >= 0)
            defer { close(rootDescriptor) }
            // Whether this file system makes unnamed files, asked directly.
            let probe = openat(rootDescriptor, "probe", AtomicFile.unnamedFileFlag | O_WRONLY | O_CLOEXEC, 0o644)
            let supported = probe >= 0
            if supported { close(probe) }

            let written = try AtomicFile.writeUnnamed(
                Array("<p>whole</p>".utf8), in: "probe", as: "probe/index.html", under: rootDescriptor,
                path: folder.path + "/index.html", durability: .deferred)
            if supported {
                #expect(written?.outcome == .created)
                #expect(try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8) == "<p>whole</p>")
                #expect(written?.stamp == FileStamp(of: folder.appendingPathComponent("index.html")))
                #expect(names(folder.path) == ["index.html"])
                // A second link to the same name is refused, so a file that appeared meanwhile is
                // left for the temporary-name route to replace.
                let again = try AtomicFile.writeUnnamed(
                    Array("<p>two</p>".utf8), in: "probe", as: "probe/index.html", under: rootDescriptor,
                    path: folder.path + "/index.html", durability: .deferred)
                #expect(again == nil)
                #expect(try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8) == "<p>whole</p>")
            } else {
                #expect(written == nil, "no unnamed file: the caller writes through a temporary name")
                #expect(names(folder.path).isEmpty)
            }
        }

        @Test("an unnamed file is linked in by the empty path and by /proc alike, and neither route replaces a file already there")
        func unnamedLinkRoutes() throws {
            defer { try? FileManager.default.removeItem(at: root) }
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let rootDescriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            #expect(rootDescriptor >= 0)
            defer { close(rootDescriptor) }
            /// An unnamed file in `folder` holding `text`, open; nil where the file system makes none.
            func unnamed(in folder: String, holding text: String) -> Int32? {
                let descriptor = openat(rootDescriptor, folder, AtomicFile.unnamedFileFlag | O_RDWR | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { return nil }
                let bytes = Array(text.utf8)
                #expect(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
                return descriptor
            }
            // Unprivileged empty-path links came with Linux 6.10; a privileged caller has them anyway.
            var system = utsname()
            uname(&system)
            let release = withUnsafeBytes(of: &system.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let version = release.split(separator: ".").prefix(2).compactMap { Int($0.prefix { $0.isNumber }) }
            let emptyPathAllowed = geteuid() == 0 || (version.count == 2 && (version[0], version[1]) >= (6, 10))

            for (folder, route) in [("by-empty-path", AtomicFile.UnnamedLink.emptyPath), ("by-proc", .procPath)] {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
                guard let first = unnamed(in: folder, holding: "<p>first</p>") else { return }  // no unnamed files here
                defer { close(first) }
                let linked = AtomicFile.link(first, as: folder + "/index.html", under: rootDescriptor, by: route)
                let linkError = errno
                if route == .emptyPath && !emptyPathAllowed {
                    #expect(linked == -1, "this kernel (\(release)) refuses an unprivileged empty-path link")
                    continue
                }
                #expect(linked == 0, "\(route): \(String(cString: strerror(linkError)))")
                let page = root.appendingPathComponent(folder + "/index.html")
                #expect(try String(contentsOf: page, encoding: .utf8) == "<p>first</p>")
                #expect(names(root.appendingPathComponent(folder).path) == ["index.html"])

                guard let second = unnamed(in: folder, holding: "<p>second</p>") else { return }
                defer { close(second) }
                let again = AtomicFile.link(second, as: folder + "/index.html", under: rootDescriptor, by: route)
                let reason = errno
                #expect(again == -1)
                #expect(reason == EEXIST, "\(route) leaves a file already at the name for the caller to replace")
                #expect(AtomicFile.linkUnnamed(second, as: folder + "/index.html", under: rootDescriptor) == false)
                #expect(try String(contentsOf: page, encoding: .utf8) == "<p>first</p>")
            }
        }
    #endif

    @Test("a file in an existing folder the tool did not make is created beside what is there")
    func existingFolderWithoutTheFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let orders = try OpenFolder("orders", in: try OutputFolder(root))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("orders/abc"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: root.appendingPathComponent("orders/abc/notes.txt"))
        let written = try AtomicFile.write(Array("x".utf8), named: "index.html", inSubfolder: "abc", of: orders)
        #expect(written.outcome == .created)
        #expect(names(root.appendingPathComponent("orders/abc").path) == ["index.html", "notes.txt"])
    }

    @Test("a subfolder that is a symbolic link is refused, and nothing is written where it leads")
    func refusesALinkedSubfolder() throws {
        let elsewhere = try elsewhereFolder()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        try Data("theirs".utf8).write(to: elsewhere.appendingPathComponent("index.html"))
        let orders = try OpenFolder("orders", in: try OutputFolder(root))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("orders"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("orders/abc"), withDestinationURL: elsewhere)

        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Array("ours".utf8), named: "index.html", inSubfolder: "abc", of: orders)
        }
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("index.html"), encoding: .utf8) == "theirs")
        #expect(names(elsewhere.path) == ["index.html"])
        #expect(orders.stamp(of: "index.html", inSubfolder: "abc") == nil, "a linked folder's file is not taken for the page")
    }

    @Test("a symbolic link in the file's place is replaced by the file, never followed")
    func replacesALinkAtTheName() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("target-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        try Data("ours".utf8).write(to: elsewhere)
        let orders = try OpenFolder("orders", in: try OutputFolder(root))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("orders/abc"), withIntermediateDirectories: true)
        let link = root.appendingPathComponent("orders/abc/index.html")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)

        // The same bytes as the link's target: still not "unchanged", as the link is not the tool's file.
        let written = try AtomicFile.write(Array("ours".utf8), named: "index.html", inSubfolder: "abc", of: orders)
        #expect(written.outcome == .changed)
        #expect(!AtomicFile.isSymbolicLink(link.path))
        #expect(try String(contentsOf: link, encoding: .utf8) == "ours")
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "ours", "the target was left as it was")
    }

    @Test("names that could lead outside are refused", arguments: ["..", ".", "", "a/b", "x\0y"])
    func refusesUnsafeNames(name: String) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let orders = try OpenFolder("orders", in: try OutputFolder(root))
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1], named: "index.html", inSubfolder: name, of: orders) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1], named: name, inSubfolder: "abc", of: orders) }
        #expect(throws: OutputFolder.PathError.self) { try OpenFolder(name, in: try OutputFolder(root)) }
    }

    @Test("the open folder is made by the first write, not before: asking for a stamp makes nothing")
    func madeOnFirstWrite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let orders = try OpenFolder("orders", in: try OutputFolder(root))
        #expect(orders.stamp(of: "index.html", inSubfolder: "abc") == nil)
        #expect(names(root.path) == [], "no empty orders/ for a build whose orders all fail")
        _ = try AtomicFile.write([1], named: "index.html", inSubfolder: "abc", of: orders)
        #expect(names(root.path) == ["orders"])
        #expect(orders.stamp(of: "index.html", inSubfolder: "abc")?.size == 1)
    }

    @Test("the open folder itself may not be a symbolic link, nor a file: each write says so, and nothing goes where a link leads")
    func openFolderRefusesLinksAndFiles() throws {
        let elsewhere = try elsewhereFolder()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let output = try OutputFolder(root)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("orders"), withDestinationURL: elsewhere)
        let linked = try OpenFolder("orders", in: output)
        for _ in 0..<2 {
            #expect {
                try AtomicFile.write([1], named: "index.html", inSubfolder: "abc", of: linked)
            } throws: { error in
                "\(error)".contains("\(root.path)/orders: is a symbolic link")
            }
        }
        #expect(names(elsewhere.path) == [])
        #expect(linked.stamp(of: "index.html", inSubfolder: "abc") == nil)

        try Data().write(to: root.appendingPathComponent("file"))
        let file = try OpenFolder("file", in: output)
        #expect {
            try AtomicFile.write([1], named: "index.html", inSubfolder: "abc", of: file)
        } throws: { error in
            "\(error)".contains("\(root.path)/file: exists and is not a folder")
        }
    }

    @Test("temporary names are distinct and recognised as the tool's own")
    func temporaryNamesAreUnique() {
        let names = (0..<10_000).map { _ in AtomicFile.temporaryName(for: "index.html") }
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy(AtomicFile.isTemporaryName))
        #expect(names.allSatisfy { $0.hasPrefix(".index.html.") && $0.hasSuffix(".tmp") })
    }
}
