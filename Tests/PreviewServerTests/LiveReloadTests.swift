import Foundation
import SiteGenerator
import TestSupport
import Testing

@testable import PreviewServer

extension PreviewServerTests {
    /// Editing the theme, the public files and the saved responses while the preview runs: the
    /// change is served, and the open pages are told to reload.
    @Suite("Preview: watch, rebuild, live reload")
    struct LiveReloadTests {
        static let page = "/orders/\(SampleID.apiDocExample)/"

        @Test("a template edit is served and a reload event is sent", arguments: [WatchMode.events, WatchMode.polling])
        func templateEdit(mode: WatchMode) async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration(mode)) { preview in
                let before = try await preview.get(Self.page)
                #expect(before.status == 200)
                #expect(!before.text.contains("EDITED-IN-PREVIEW"))
                let match = try #require(before.text.firstMatch(of: /reload\.js\?g=([0-9]+)"/))
                let generation = try #require(Int(match.1))
                try await withEventStream(port: preview.port) { stream in
                    #expect(await eventually { stream.received.contains("event: hello\ndata: \(generation)\n\n") })
                    try fixture.edit(fixture.templates.appendingPathComponent("layout.mustache")) {
                        $0.replacingOccurrences(of: "</footer>", with: "<p>EDITED-IN-PREVIEW</p></footer>")
                    }
                    let after = try await preview.eventually(Self.page) { $0.text.contains("EDITED-IN-PREVIEW") }
                    #expect(after.text.contains("EDITED-IN-PREVIEW"), "the edited template is served (\(mode))")
                    // Once the rebuild is announced, pages are served at the new generation.
                    let current = try await preview.eventually(Self.page) { $0.text.contains("/_preview/reload.js?g=\(generation + 1)\"") }
                    #expect(current.text.contains("/_preview/reload.js?g=\(generation + 1)\""))
                    #expect(
                        await eventually { stream.received.contains("event: reload\ndata: \(generation + 1)\n\n") },
                        "a reload event (\(mode))")
                }
                // (A save seen half-written rebuilds twice; what matters is the rebuild of the saved file.)
                #expect(
                    await eventually { preview.events.rebuilds.contains { $0.pages?.built == 11 && $0.pages?.changed == 11 } },
                    "a template change renders every page")
                #expect(preview.events.text.contains("changed layout.mustache: 11 pages rendered, 11 changed"))
            }
        }

        @Test("a broken template shows file:line:column in the terminal and the browser; fixing it recovers")
        func brokenTemplate() async throws {
            let fixture = try PreviewFixture()
            let partial = fixture.templates.appendingPathComponent("partials/line.mustache")
            let original = try fixture.read(partial)
            let brokenLine =
                original.hasSuffix("\n") ? original.count(where: { $0 == "\n" }) + 1 : original.count(where: { $0 == "\n" }) + 2
            let location = "partials/line.mustache:\(brokenLine):1"
            try await withPreview(fixture.configuration()) { preview in
                try await withEventStream(port: preview.port) { stream in
                    #expect(await eventually { stream.received.contains("event: hello") })
                    try fixture.write(original + (original.hasSuffix("\n") ? "" : "\n") + "{{#broken}}\n", to: partial)

                    let error = try await preview.eventually(Self.page) { $0.status == 500 }
                    #expect(error.status == 500)
                    #expect(error.header("Content-Type") == "text/html; charset=utf-8")
                    #expect(error.text.contains("The theme has an error"))
                    #expect(error.text.contains("<code>\(location)</code>"), "file:line:column in the browser")
                    #expect(error.text.contains("section &#39;broken&#39; opened here is never closed"))
                    #expect(error.text.contains("included from <code>order.mustache:"))
                    #expect(error.text.contains("<script src=\"/_preview/reload.js?g="), "the error page reloads too")
                    #expect(await eventually { stream.count("event: reload") >= 1 })
                    #expect(await eventually { preview.events.text.contains(location) }, "file:line:column in the terminal")
                    // Other files are still served; the page on disk is the last good one.
                    #expect(try await preview.get("/style.css").status == 200)
                    let onDisk = try fixture.read(fixture.output.appendingPathComponent("orders/\(SampleID.apiDocExample)/index.html"))
                    #expect(onDisk.contains("<main"))

                    try fixture.write(original, to: partial)
                    let fixed = try await preview.eventually(Self.page) { $0.status == 200 }
                    #expect(fixed.status == 200, "fixing the file recovers without a restart")
                    #expect(!fixed.text.contains("The theme has an error"))
                    #expect(await eventually { stream.count("event: reload") >= 2 })
                }
            }
        }

        @Test("a preview started on a broken theme answers a page with the theme's error, not 404, until it is fixed")
        func startsBroken() async throws {
            let fixture = try PreviewFixture()
            let partial = fixture.templates.appendingPathComponent("partials/line.mustache")
            let original = try fixture.read(partial)
            try fixture.write(original + "\n{{#broken}}\n", to: partial)
            try await withPreview(fixture.configuration()) { preview in
                let error = try await preview.eventually(Self.page) { $0.status == 500 }
                #expect(error.status == 500)
                #expect(error.text.contains("The theme has an error"))
                #expect(error.text.contains("partials/line.mustache:"))
                #expect(try await preview.get("/no-such-file.png").status == 404, "only pages show the error")
                try fixture.write(original, to: partial)
                let fixed = try await preview.eventually(Self.page) { $0.status == 200 }
                #expect(fixed.status == 200)
            }
        }

        /// Ordered by events, not by sleeps: a quiet period far longer than four saves take on a
        /// loaded machine, then one later change whose rebuild, once reported, proves that every
        /// rebuild the four saves caused was reported before it (rebuilds run one after another).
        @Test("a save of many files rebuilds once")
        func debounced() async throws {
            let fixture = try PreviewFixture()
            var configuration = fixture.configuration()
            configuration.debounce = .milliseconds(1500)
            configuration.maximumDebounce = .seconds(60)
            try await withPreview(configuration) { preview in
                let names = ["layout", "order", "partials/line", "partials/asset"]
                for name in names {
                    try fixture.edit(fixture.templates.appendingPathComponent("\(name).mustache")) { $0 + "{{! touched }}\n" }
                }
                #expect(await eventually(within: .seconds(60)) { preview.events.rebuilds.count >= 1 })
                try fixture.edit(fixture.publicFolder.appendingPathComponent("style.css")) { $0 + "\n/* LATER */\n" }
                func isLater(_ report: RebuildReport) -> Bool { report.changes.contains { $0.hasSuffix("style.css") } }
                #expect(await eventually(within: .seconds(60)) { preview.events.rebuilds.contains(where: isLater) })
                let before = preview.events.rebuilds.prefix { !isLater($0) }
                #expect(before.count == 1, "one rebuild for the four saves: \(before.map(\.description))")
                #expect(before.first?.changes.count == names.count)
            }
        }

        @Test("a public file change copies that file; new folders are seen; a deleted file goes, or falls back to the built-in one")
        func publicFiles() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                try fixture.edit(fixture.publicFolder.appendingPathComponent("style.css")) { $0 + "\n/* EDITED-CSS */\n" }
                let css = try await preview.eventually("/style.css") { $0.text.contains("EDITED-CSS") }
                #expect(css.text.contains("EDITED-CSS"))
                #expect(await eventually { preview.events.rebuilds.contains { $0.publicFiles.copied == ["style.css"] } })
                #expect(preview.events.rebuilds.allSatisfy { $0.pages == nil }, "no page is rendered for a public file")

                let images = fixture.publicFolder.appendingPathComponent("images/icons")
                try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
                try fixture.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: images.appendingPathComponent("new.svg"))
                let svg = try await preview.eventually("/images/icons/new.svg") { $0.status == 200 }
                #expect(svg.status == 200, "a file in a new folder is seen")
                #expect(svg.header("Content-Type") == "image/svg+xml")

                try FileManager.default.removeItem(at: images.appendingPathComponent("new.svg"))
                let gone = try await preview.eventually("/images/icons/new.svg") { $0.status == 404 }
                #expect(gone.status == 404, "a file only the folder had goes with it")

                // A deleted file the built-in theme also has comes back from the built-in theme.
                try fixture.write(
                    "User-agent: *\nDisallow: /\n# EDITED-ROBOTS\n", to: fixture.publicFolder.appendingPathComponent("robots.txt"))
                _ = try await preview.eventually("/robots.txt") { $0.text.contains("EDITED-ROBOTS") }
                try FileManager.default.removeItem(at: fixture.publicFolder.appendingPathComponent("robots.txt"))
                let robots = try await preview.eventually("/robots.txt") { $0.status == 200 && !$0.text.contains("EDITED-ROBOTS") }
                #expect(robots.status == 200)
                #expect(robots.text == String(decoding: ThemeFileSet.builtIn.publicFiles["robots.txt"] ?? Data(), as: UTF8.self))
            }
        }

        @Test("a saved response change rebuilds only that order; new and deleted responses add and remove pages")
        func savedResponses() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                let response = fixture.orders.appendingPathComponent("\(SampleID.markdown).json")
                let original = try fixture.read(response)
                let page = "/orders/\(SampleID.markdown)/"
                let before = try await preview.get(page)
                let otherPage = fixture.output.appendingPathComponent("orders/\(SampleID.apiDocExample)/index.html")
                let otherModified = try FileManager.default.attributesOfItem(atPath: otherPage.path)[.modificationDate] as? Date

                // Change one value that the page shows.
                let json = try #require(try JSONSerialization.jsonObject(with: Data(original.utf8)) as? [String: Any])
                var order = try #require(json["order"] as? [String: Any])
                order["order_number"] = 987_654_321
                var edited = json
                edited["order"] = order
                let data = try JSONSerialization.data(withJSONObject: edited)
                try data.write(to: response)
                let after = try await preview.eventually(page) { $0.text.contains("987654321") }
                #expect(after.text.contains("987654321"))
                #expect(after.text != before.text)
                #expect(await eventually { preview.events.rebuilds.contains { $0.pages?.built == 1 } })
                #expect(
                    preview.events.rebuilds.allSatisfy { ($0.pages?.built ?? 0) + ($0.pages?.failed ?? 0) <= 1 },
                    "only that order is rendered")
                #expect(try FileManager.default.attributesOfItem(atPath: otherPage.path)[.modificationDate] as? Date == otherModified)

                // A response that cannot be decoded shows that order's error page, not a stale page.
                try fixture.write("{ not json", to: response)
                let failed = try await preview.eventually(page) { $0.status == 500 }
                #expect(failed.status == 500)
                #expect(failed.text.contains("Order \(SampleID.markdown) could not be built"))
                try fixture.write(original, to: response)
                #expect(try await preview.eventually(page) { $0.status == 200 }.status == 200)

                // A new saved response gets a page; deleting it removes the page.
                let newID = "preview-new-order"
                try fixture.write(original, to: fixture.orders.appendingPathComponent("\(newID).json"))
                #expect(try await preview.eventually("/orders/\(newID)/") { $0.status == 200 }.status == 200)
                try FileManager.default.removeItem(at: fixture.orders.appendingPathComponent("\(newID).json"))
                #expect(try await preview.eventually("/orders/\(newID)/") { $0.status == 404 }.status == 404)
            }
        }
    }
}
