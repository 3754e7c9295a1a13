import DigitalDownloads
import Foundation
import NIOCore
import SiteGenerator
import Testing

@testable import PreviewServer

extension PreviewServerTests {
    /// The small parts of the preview, one at a time.
    @Suite("Preview: parts")
    struct PreviewPartsTests {
        @Test("the CSP allows 'self' scripts and connections, and nothing else changes")
        func relaxedPolicy() {
            let theme = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
            #expect(
                LiveReloadInjection.relaxedPolicy(theme)
                    == "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; script-src 'self'; "
                    + "connect-src 'self'"
            )
            #expect(
                LiveReloadInjection.relaxedPolicy("script-src 'none'; connect-src https://api.example")
                    == "script-src 'self'; connect-src https://api.example 'self'")
            #expect(
                LiveReloadInjection.relaxedPolicy("default-src 'self' https://cdn.example")
                    == "default-src 'self' https://cdn.example; script-src 'self' https://cdn.example; connect-src 'self' "
                    + "https://cdn.example",
                "a missing directive keeps what default-src allowed")
            #expect(
                LiveReloadInjection.relaxedPolicy("style-src 'self'") == "style-src 'self'", "nothing restricted scripts: nothing added")
            #expect(LiveReloadInjection.relaxedPolicy("script-src-elem 'none'") == "script-src-elem 'self'")
        }

        @Test("the script goes before </head>; every CSP meta tag is relaxed, whatever its quoting and case")
        func injection() {
            let page = """
                <html><HEAD><META HTTP-EQUIV='content-security-policy' CONTENT='default-src &apos;none&apos;; img-src "x"'>\
                <meta name="robots" content="noindex"></HEAD><body>x</body></html>
                """
            let served = LiveReloadInjection.inject(into: page, generation: 7)
            #expect(served.contains("<script src=\"/_preview/reload.js?g=7\" defer></script>\n</HEAD>"))
            #expect(served.contains("CONTENT=\"default-src 'none'; img-src &quot;x&quot;; script-src 'self'; connect-src 'self'\""))
            #expect(CharacterReferences.decoding("&#39;a&#x27; &amp;amp; &nope; & x") == "'a' &amp; &nope; & x")
            #expect(served.contains("<meta name=\"robots\" content=\"noindex\">"), "other meta tags stay as they were")
            #expect(
                LiveReloadInjection.inject(into: "<p>bare</p>", generation: 1).hasSuffix(
                    "<script src=\"/_preview/reload.js?g=1\" defer></script>\n"))
            #expect(
                LiveReloadInjection.inject(into: "<body>a</body>", generation: 2)
                    == "<body>a<script src=\"/_preview/reload.js?g=2\" defer></script>\n</body>")
            #expect(LiveReloadInjection.relaxingPolicies(in: "<meta") == "<meta", "an unfinished tag is left alone")
            #expect(LiveReloadInjection.relaxingPolicies(in: "<metadata>") == "<metadata>")
        }

        @Test("HTTP dates: IMF-fixdate both ways; anything else is ignored")
        func httpDates() {
            #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
            #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
            #expect(HTTPDate.format(0) == "Thu, 01 Jan 1970 00:00:00 GMT")
            for bad in [
                "", "yesterday", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 06 Nov 1994 25:49:37 GMT",
                "Sun, 06 Foo 1994 08:49:37 GMT",
            ] {
                #expect(HTTPDate.parse(bad) == nil, "\(bad)")
            }
        }

        @Test("validators: If-None-Match wins; weak comparison; '*'; If-Modified-Since not before the file's time")
        func validators() {
            let file = FileValidators(size: 10, modifiedSeconds: 1000, modifiedNanoseconds: 5, inode: 42)
            #expect(file.isNotModified(ifNoneMatch: file.etag, ifModifiedSince: nil))
            #expect(file.isNotModified(ifNoneMatch: "W/\(file.etag)", ifModifiedSince: nil))
            #expect(file.isNotModified(ifNoneMatch: "*", ifModifiedSince: nil))
            #expect(!file.isNotModified(ifNoneMatch: "\"other\"", ifModifiedSince: HTTPDate.format(2000)))
            #expect(file.isNotModified(ifNoneMatch: nil, ifModifiedSince: HTTPDate.format(1000)))
            #expect(!file.isNotModified(ifNoneMatch: nil, ifModifiedSince: HTTPDate.format(999)))
            #expect(!file.isNotModified(ifNoneMatch: nil, ifModifiedSince: nil))
            let touched = FileValidators(size: 10, modifiedSeconds: 1000, modifiedNanoseconds: 6, inode: 42)
            #expect(touched.etag != file.etag, "a change within the same second changes the tag")
            #expect(FileValidators(size: 10, modifiedSeconds: 1000, modifiedNanoseconds: 5, inode: 42, variant: "live1").etag != file.etag)
        }

        @Test("a batch of changes becomes only the work it needs")
        func rebuildPlan() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            for sub in ["theme/public/img", "orders", "out"] {
                try FileManager.default.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
            }
            try Data("{}".utf8).write(to: URL(fileURLWithPath: "\(folder)/orders/abc.json"))
            let folders = RebuildPlan.Folders(
                templates: "\(folder)/theme", publicFolder: "\(folder)/theme/public", orders: "\(folder)/orders", output: "\(folder)/out")

            let data = RebuildPlan(
                changes: [
                    "\(folder)/orders/abc.json", "\(folder)/orders/gone.json", "\(folder)/orders/notes.txt", "\(folder)/orders/bad id.json",
                ], folders: folders)
            #expect(!data.renderAll)
            #expect(data.orders == [try OrderID("abc")])
            #expect(data.removedOrders == [try OrderID("gone")])
            #expect(data.publicPaths.isEmpty)

            let publicChange = RebuildPlan(
                changes: ["\(folder)/theme/public/style.css", "\(folder)/theme/public/img", "\(folder)/theme/public/.DS_Store"],
                folders: folders)
            #expect(!publicChange.renderAll, "the public folder inside the theme folder is not a template change")
            #expect(publicChange.publicPaths == ["style.css", "img"])

            let template = RebuildPlan(changes: ["\(folder)/theme/order.mustache"], folders: folders)
            #expect(template.renderAll)
            let strings = RebuildPlan(changes: ["\(folder)/theme/strings/it.json"], folders: folders)
            #expect(strings.renderAll, "a strings file words every page")
            #expect(
                RebuildPlan(changes: ["\(folder)/theme/data.json"], folders: folders).isEmpty, "JSON outside strings/ is not the theme's")
            let ignored = RebuildPlan(
                changes: [
                    "\(folder)/theme/notes.md", "\(folder)/theme/.order.mustache.swp", "\(folder)/theme/order.mustache~",
                    "\(folder)/out/orders/abc/index.html", "/elsewhere/x.mustache",
                ],
                folders: folders)
            #expect(ignored.isEmpty)
            try FileManager.default.createDirectory(atPath: "\(folder)/theme/partials", withIntermediateDirectories: true)
            #expect(RebuildPlan(changes: ["\(folder)/theme/partials"], folders: folders).renderAll, "a new folder may hold templates")
            #expect(RebuildPlan(changes: ["\(folder)/theme/sedX1y2Z3"], folders: folders).isEmpty, "an editor's temporary file")
        }

        @Test("the hub: hello with the current generation, a reload per rebuild, every stream ended on close")
        func hub() async throws {
            let hub = LiveReloadHub(startingAt: 5000)
            let first = try hub.subscribe()
            #expect(hub.subscriberCount == 1)
            #expect(hub.announceRebuild() == 5001)
            let second = try hub.subscribe()
            hub.announceRebuild()
            hub.close()
            var firstMessages: [String] = []
            for await message in first { firstMessages.append(message.text) }
            var secondMessages: [String] = []
            for await message in second { secondMessages.append(message.text) }
            #expect(firstMessages == ["event: hello\ndata: 5000\n\n", "event: reload\ndata: 5001\n\n", "event: reload\ndata: 5002\n\n"])
            #expect(secondMessages == ["event: hello\ndata: 5001\n\n", "event: reload\ndata: 5002\n\n"])
            var late: [LiveReloadHub.Message] = []
            for await message in try hub.subscribe() { late.append(message) }
            #expect(late.isEmpty, "after close, a stream ends at once")
            #expect(hub.subscriberCount == 0)
        }

        @Test("changes are collected into one batch once they pause")
        func collector() async throws {
            let collector = ChangeCollector()
            let start = ContinuousClock.now
            let feeder = Task {
                for index in 0..<5 {
                    collector.add("/x/\(index)")
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            // A quiet period far longer than the gaps, so that a loaded machine cannot split the batch.
            let batch = await collector.nextBatch(quiet: .seconds(1), maximumWait: .seconds(10))
            try await feeder.value
            #expect(batch == Set((0..<5).map { "/x/\($0)" }))
            #expect(ContinuousClock.now - start >= .seconds(1))
            collector.finish()
            #expect(await collector.nextBatch(quiet: .milliseconds(10), maximumWait: .seconds(1)) == nil)
        }

        @Test("watchers see new files, new folders and their files, edits and deletions", arguments: [WatchMode.events, WatchMode.polling])
        func watcher(mode: WatchMode) async throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            try Data("a".utf8).write(to: root.appendingPathComponent("a.txt"))
            let watcher: any FileWatcher
            #if os(Linux)
                watcher =
                    mode == .events
                    ? try InotifyWatcher(roots: [root.path]) : PollingWatcher(roots: [root.path], interval: .milliseconds(50))
            #else
                watcher = PollingWatcher(roots: [root.path], interval: .milliseconds(50))
            #endif
            let seen = EventLog()
            watcher.start { path in seen.append(ByteBuffer(string: path + "\n")) }
            defer { watcher.stop() }

            try Data("b".utf8).write(to: root.appendingPathComponent("a.txt"))
            #expect(await eventually { seen.received.contains("/a.txt\n") })
            try FileManager.default.createDirectory(at: root.appendingPathComponent("new/deeper"), withIntermediateDirectories: true)
            try Data("c".utf8).write(to: root.appendingPathComponent("new/deeper/c.txt"))
            #expect(await eventually { seen.received.contains("/new/deeper/c.txt\n") || seen.received.contains("/new\n") })
            try await Task.sleep(for: .milliseconds(100))
            try Data("d".utf8).write(to: root.appendingPathComponent("new/deeper/d.txt"))
            #expect(await eventually { seen.received.contains("/new/deeper/d.txt\n") }, "a file in a folder created after watching started")
            try await Task.sleep(for: .milliseconds(100))
            let before = seen.count("/a.txt\n")
            try FileManager.default.removeItem(at: root.appendingPathComponent("a.txt"))
            #expect(await eventually { seen.count("/a.txt\n") > before }, "a deletion")
            watcher.stop()
            watcher.stop()
        }

        @Test("a watcher stopped before it starts never runs; stopping again returns", arguments: [WatchMode.events, WatchMode.polling])
        func stoppedBeforeStart(mode: WatchMode) async throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            let watcher: any FileWatcher
            #if os(Linux)
                watcher =
                    mode == .events
                    ? try InotifyWatcher(roots: [root.path]) : PollingWatcher(roots: [root.path], interval: .milliseconds(20))
            #else
                watcher = PollingWatcher(roots: [root.path], interval: .milliseconds(20))
            #endif
            watcher.stop()
            let seen = EventLog()
            watcher.start { path in seen.append(ByteBuffer(string: path + "\n")) }
            try Data("b".utf8).write(to: root.appendingPathComponent("b.txt"))
            try await Task.sleep(for: .milliseconds(300))
            #expect(seen.received.isEmpty, "no thread ran (\(mode))")
            watcher.stop()
        }

        #if os(Linux)
            @Test("inotify: a watched folder that is deleted and made again is watched again")
            func rootComesBack() async throws {
                let parent = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
                let root = parent.appendingPathComponent("Templates")
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: parent) }
                let watcher = try InotifyWatcher(roots: [root.path])
                let seen = EventLog()
                watcher.start { path in seen.append(ByteBuffer(string: path + "\n")) }
                defer { watcher.stop() }
                try FileManager.default.removeItem(at: root)
                #expect(await eventually { seen.received.contains(root.path + "\n") }, "the folder's removal is reported")
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
                // Looked for again every second.
                #expect(await eventually { seen.count(root.path + "\n") >= 2 })
                try Data("x".utf8).write(to: root.appendingPathComponent("order.mustache"))
                #expect(await eventually { seen.received.contains("/Templates/order.mustache\n") })
            }
        #endif
    }
}

@Suite("Preview: the 404 document")
struct NotFoundPageTests {
    @Test("lists the order pages on loopback, and not when the preview is reachable from other machines")
    func listing() {
        let listed = PreviewDocuments.notFound(path: "/x", pages: ["abc123"], generation: 1)
        #expect(listed.contains("/orders/abc123/"))
        let hidden = PreviewDocuments.notFound(path: "/x", pages: nil, generation: 1)
        #expect(!hidden.contains("/orders/"))
        #expect(hidden.contains("not listed"))
    }
}
