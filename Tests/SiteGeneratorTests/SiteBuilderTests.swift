import DigitalDownloads
import Foundation
import SiteOutput
import Synchronization
import TestSupport
import Testing

@testable import SiteGenerator

@Suite("Building the site")
struct SiteBuilderTests {
    @Test("the sample orders build into one valid page each, with the public files beside them")
    func sampleOrdersBuild() async throws {
        let scratch = try Scratch()
        let ids = SampleID.all
        let summary = try await scratch.build(ids)
        #expect(summary.built == 11)
        #expect(summary.changed == 11)
        #expect(summary.failed == 0)
        for id in ids {
            let page = try scratch.page(id)  // parses as XML: well formed
            #expect(page.html.hasPrefix("<!DOCTYPE html>"))
            #expect(try page.texts("//h1").count == 1, "one h1 on \(id)")
            #expect(try page.texts("//main").count == 1)
        }
        for file in ["style.css", "robots.txt", "_headers", "favicon.svg"] {
            #expect(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent(file).path), "\(file) copied")
        }
    }

    @Test("the API document's example shows everything the page must show")
    func apiDocExamplePage() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.apiDocExample])
        let page = try scratch.page(SampleID.apiDocExample)
        let body = try #require(try page.text("//body"))
        #expect(try page.text("//title") == "Order #1050 · Download files for your orders")
        #expect(try page.text("//h1") == "Download files for your orders")
        for expected in [
            "1050", "My new Book", "Paper back", "Hard back", "my-store", "my-sku", "books", "paper-books", "hardback-books",
            "My new book", "10 MB", "5 of 10 downloads used, 5 left", "My new book - part 2", "20 MB",
            "0 of 10 downloads used, 10 left", "No files for this item.", "Files for the whole order",
        ] {
            #expect(body.contains(expected), "page shows '\(expected)'")
        }
        let links = try page.texts("//a/@href")
        #expect(links.contains("https://www.my-website.com/download/my-book.pdf"))
        #expect(links.contains("https://www.my-website.com/download/my-book-part-2.pdf"))
        #expect(try page.texts("//link[@rel='stylesheet']/@href") == ["../../style.css"])
    }

    @Test("the head keeps the private page private and allows no script")
    func headPolicies() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.apiDocExample])
        let page = try scratch.page(SampleID.apiDocExample)
        #expect(try page.texts("//meta/@charset") == ["utf-8"])
        #expect(try page.text("//meta[@name='referrer']/@content") == "no-referrer")
        #expect(try page.text("//meta[@name='robots']/@content") == "noindex, nofollow")
        #expect(try page.text("//meta[@name='viewport']/@content")?.contains("width=device-width") == true)
        let policy = try #require(try page.text("//meta[@http-equiv='Content-Security-Policy']/@content"))
        #expect(policy.contains("default-src 'none'"))
        #expect(!policy.contains("script-src"))
        #expect(try page.texts("//script").isEmpty)
        #expect(try page.texts("//@style").isEmpty, "no inline styles: the policy would block them")
    }

    @Test("nulls and missing fields: no variant line for 'Default Title', the default title, no empty tag list")
    func nullsAndMissing() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.nullsAndMissing])
        let page = try scratch.page(SampleID.nullsAndMissing)
        #expect(try page.text("//h1") == "Your downloads")
        #expect(!page.html.contains("Default Title"))
    }

    @Test("a reached limit says so and offers no live link")
    func limitReached() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.limits])
        let page = try scratch.page(SampleID.limits)
        let body = try #require(try page.text("//body"))
        #expect(body.contains("Download limit reached"))
        #expect(body.contains("You have used all the downloads allowed."))
        #expect(body.contains("If you still need it, contact the store."), "and says what to do")
        #expect(body.contains("Unlimited downloads"))
    }

    @Test("every usage state, and a URL that is not http(s) shown as unavailable with what to do")
    func limitsAndUnavailable() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.limitsAndUnavailable])
        let page = try scratch.page(SampleID.limitsAndUnavailable)
        let body = try #require(try page.text("//body"))
        for expected in [
            "4 of 5 downloads used, 1 left", "0 of 1 download used, 1 left", "Download limit reached: 5 of 5 used",
            "Unlimited downloads, 1 used", "This download cannot be offered on this page.",
        ] {
            #expect(body.contains(expected), "page shows '\(expected)'")
        }
        #expect(try page.texts("//p[@class='asset-unavailable-help']").count == 2)
        #expect(try page.texts("//main//a/@href").allSatisfy { $0.hasPrefix("https://") }, "no link to the ftp:// URL")
        #expect(try page.texts("//a[@class='button']").count == 3)
    }

    @Test("an order with no files says so")
    func noFiles() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.noFiles])
        let page = try scratch.page(SampleID.noFiles)
        #expect(try page.text("//body")?.contains("There are no files to download for this order.") == true)
        #expect(try page.text("//body")?.contains("No files for this item.") == true, "each line says so too")
        #expect(try page.texts("//a[starts-with(@href, 'http')]").isEmpty)
    }

    @Test("Markdown text is rendered by cmark, and raw HTML in it is dropped")
    func markdownText() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.markdown])
        let page = try scratch.page(SampleID.markdown)
        #expect(try page.texts("//main//li").count >= 2)
        #expect(try page.texts("//script").isEmpty)
        #expect(!page.html.contains("<script"))
    }

    @Test("every API value is escaped, and unsafe URLs never become links")
    func escapingAndUnsafeURLs() async throws {
        let scratch = try Scratch(copyingSamples: false)
        try scratch.saveResponse(
            """
            {"order": {"order_number": 7, "lines": [{"product": {"name": "<script>alert(1)</script>",
              "variant_name": "\\" onmouseover=\\"x",
              "tags": ["<b>t</b>"], "vendor": "A & B"},
              "assets": [{"limits": {"downloaded": 0, "limit": 5},
                "data": {"filename": "<img src=x onerror=alert(2)>", "url": "javascript:alert(3)", "is_link": true}}]}]},
             "text": {"title": "</title><script>alert(4)</script>", "text": null}}
            """, id: "evil")
        var warnings: [String] = []
        let summary = try await scratch.build(["evil"])
        warnings = summary.warnings
        let page = try scratch.page("evil")
        #expect(try page.texts("//script").isEmpty)
        #expect(try page.texts("//img").isEmpty)
        #expect(try page.texts("//@onmouseover").isEmpty)
        #expect(try page.text("//title") == "Order #7 · </title><script>alert(4)</script>")
        #expect(try page.text("//body")?.contains("<script>alert(1)</script>") == true, "shown as text")
        #expect(try page.texts("//a/@href").allSatisfy { !$0.lowercased().contains("javascript") })
        #expect(
            warnings == ["order evil: asset '<img src=x onerror=alert(2)>' has no usable link: 'javascript:alert(3)' is not an http(s) URL"]
        )
    }

    @Test("a rebuild writes nothing that did not change, and keeps modification times")
    func unchangedPagesAreNotRewritten() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.apiDocExample, SampleID.unicode])
        let page = scratch.pageURL(SampleID.apiDocExample)
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: page.path)

        let second = try await scratch.build([SampleID.apiDocExample, SampleID.unicode])
        #expect(second.changed == 0)
        #expect(second.unchanged == 2)
        #expect(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date == old)

        let body = try String(contentsOf: Repository.sampleOrders.appendingPathComponent("\(SampleID.apiDocExample).json"), encoding: .utf8)
        try scratch.saveResponse(body.replacingOccurrences(of: "1050", with: "1051"), id: SampleID.apiDocExample)
        let third = try await scratch.build([SampleID.apiDocExample, SampleID.unicode])
        #expect(third.changed == 1)
        #expect(third.unchanged == 1)
        #expect(try scratch.page(SampleID.apiDocExample).text("//body")?.contains("1051") == true)
    }

    @Test("an order that fails keeps its last good page; the others are built; the failure names the id and JSON path")
    func failedOrderKeepsLastGoodPage() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.apiDocExample, SampleID.unicode])
        let before = try Data(contentsOf: scratch.pageURL(SampleID.apiDocExample))
        try scratch.saveResponse(
            #"{"order": {"order_number": 1, "lines": [{"product": {"name": "x"}, "assets": []}, {"product": {"name": "y"}, "assets": "#
                + #"[{"data": {"filename": "f"}}]}]}}"#,
            id: SampleID.apiDocExample)
        let summary = try await scratch.build([SampleID.apiDocExample, SampleID.unicode, "missing1"])
        #expect(summary.failed == 2)
        #expect(summary.built == 1)
        #expect(try Data(contentsOf: scratch.pageURL(SampleID.apiDocExample)) == before)
        let reasons = summary.failures.map(\.reason)
        #expect(reasons.contains { $0.contains(SampleID.apiDocExample) && $0.contains("order.lines[1].assets[0].data.url: missing") })
        #expect(reasons.contains { $0.contains("missing1") && $0.contains("not found") })
    }

    @Test("--fail-fast stops scheduling orders after the first failure")
    func failFast() async throws {
        let scratch = try Scratch()
        let ids = ["missing1"] + [SampleID.apiDocExample, SampleID.unicode, SampleID.limits, SampleID.noFiles, SampleID.markdown]
        let summary = try await scratch.build(ids) { configuration in
            configuration.failFast = true
            configuration.concurrency = 1
        }
        #expect(summary.failed == 1)
        #expect(summary.built == 0)
    }

    @Test("--prune removes pages of orders not in this build, and touches nothing it did not write")
    func prune() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.apiDocExample, SampleID.unicode])
        let foreignPage = scratch.output.appendingPathComponent("orders/foreign/index.html")
        let foreignFile = scratch.output.appendingPathComponent("keep.txt")
        try FileManager.default.createDirectory(at: foreignPage.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("theirs".utf8).write(to: foreignPage)
        try Data("theirs".utf8).write(to: foreignFile)

        let withoutPrune = try await scratch.build([SampleID.apiDocExample])
        #expect(withoutPrune.pruned == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.pageURL(SampleID.unicode).path))

        let pruned = try await scratch.build([SampleID.apiDocExample]) { $0.prune = true }
        #expect(pruned.pruned == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.pageURL(SampleID.unicode).deletingLastPathComponent().path))
        #expect(FileManager.default.fileExists(atPath: scratch.pageURL(SampleID.apiDocExample).path))
        #expect(FileManager.default.fileExists(atPath: foreignPage.path))
        #expect(FileManager.default.fileExists(atPath: foreignFile.path))
    }

    @Test("--prune counts only what it removed: a page folder replaced by a symbolic link is left alone and not counted")
    func pruneCountsWhatItRemoved() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.apiDocExample, SampleID.unicode, SampleID.limits])
        let elsewhere = scratch.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("not the tool's".utf8).write(to: elsewhere.appendingPathComponent("index.html"))
        let linked = scratch.pageURL(SampleID.limits).deletingLastPathComponent()
        try FileManager.default.removeItem(at: linked)
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: elsewhere)

        let pruned = try await scratch.build([SampleID.apiDocExample]) { $0.prune = true }
        #expect(pruned.pruned == 1, "only the unicode page was removed")
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("index.html"), encoding: .utf8) == "not the tool's")
    }

    @Test("a page folder replaced by a symbolic link fails its order, naming it, and nothing is written where it leads")
    func linkedPageFolderIsNotWrittenThrough() async throws {
        let scratch = try Scratch()
        _ = try await scratch.build([SampleID.apiDocExample, SampleID.limits])
        let elsewhere = scratch.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let linked = scratch.pageURL(SampleID.limits).deletingLastPathComponent()
        // The same page, so that only the link (not the bytes, nor the inputs) is what differs.
        try FileManager.default.copyItem(at: scratch.pageURL(SampleID.limits), to: elsewhere.appendingPathComponent("index.html"))
        try FileManager.default.removeItem(at: linked)
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: elsewhere)
        let before = try Data(contentsOf: elsewhere.appendingPathComponent("index.html"))

        // The manifest still says the page is there: the stamp check must not take the linked file for it.
        let summary = try await scratch.build([SampleID.apiDocExample, SampleID.limits])
        #expect(summary.failed == 1)
        #expect(summary.reused == 1, "the untouched page is kept, the linked one is not")
        let failure = try #require(summary.failures.first)
        #expect(failure.id == SampleID.limits)
        #expect(failure.reason.contains(linked.lastPathComponent) && failure.reason.contains("symbolic link"), "\(failure.reason)")
        #expect(try Data(contentsOf: elsewhere.appendingPathComponent("index.html")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["index.html"])
    }

    @Test("a build whose orders all fail leaves no empty orders/ folder")
    func allFailedLeavesNoPagesFolder() async throws {
        let scratch = try Scratch()
        let summary = try await scratch.build(["missing1", "missing2"])
        #expect(summary.failed == 2)
        #expect(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent("style.css").path))
        #expect(!FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent("orders").path))
    }

    @Test("a file where orders/ should be fails each page, naming it; the build still records what it copied")
    func fileInPlaceOfPagesFolder() async throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(at: scratch.output, withIntermediateDirectories: true)
        let orders = scratch.output.appendingPathComponent("orders")
        try Data("not a folder".utf8).write(to: orders)
        let summary = try await scratch.build([SampleID.apiDocExample, SampleID.limits])
        #expect(summary.failed == 2)
        #expect(summary.failures.allSatisfy { $0.reason.contains("\(orders.path): exists and is not a folder") }, "\(summary.failures)")
        #expect(try String(contentsOf: orders, encoding: .utf8) == "not a folder")
        let manifest = BuildManifest.load(from: try OutputFolder(scratch.output))
        #expect(manifest.publicFiles.contains("style.css"))
        #expect(manifest.pages.isEmpty)
    }

    @Test("a broken theme stops the build before anything is written, naming file, line and column")
    func brokenTheme() async throws {
        let scratch = try Scratch()
        let theme = scratch.url.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try Data("<h1>{{order.number}}</h1>\n{{#order.lines}}\n".utf8).write(to: theme.appendingPathComponent("order.mustache"))
        await #expect(throws: SiteBuildError.self) {
            try await scratch.build([SampleID.apiDocExample]) { $0.templates = theme }
        }
        do {
            _ = try await scratch.build([SampleID.apiDocExample]) { $0.templates = theme }
        } catch {
            #expect("\(error)".contains("order.mustache:2:1: section 'order.lines' opened here is never closed"))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent("orders").path))
    }

    @Test("asked to, a build flushes the disk once, after every page and public file and before the manifest, and says so first; by default it does not; a partial build does the same")
    func flushPolicy() async throws {
        for flushes in [true, false] {
            let scratch = try Scratch()
            var configuration = scratch.configuration()
            configuration.flushesToDisk = flushes
            let manifest = scratch.output.appendingPathComponent(BuildManifest.fileName).path
            let stylesheet = scratch.output.appendingPathComponent("style.css").path
            let pages = SampleID.all.map { scratch.pageURL($0).path }
            // At each flush: how many pages were on disk, whether the stylesheet and the manifest
            // were, and how many times the terminal had been told of a flush by then.
            let recorded = Mutex<[(pages: Int, publicFile: Bool, manifest: Bool, announced: Int)]>([])
            let announced = Mutex(0)
            let builder = SiteBuilder(
                configuration: configuration, source: FolderOrderSource(folder: scratch.responses),
                uptime: { .zero },
                events: { event in
                    if case .flushing = event { announced.withLock { $0 += 1 } }
                },
                flushFileSystem: { output in
                    let written = pages.filter { FileManager.default.fileExists(atPath: $0) }.count
                    recorded.withLock {
                        $0.append(
                            (
                                written, FileManager.default.fileExists(atPath: stylesheet),
                                FileManager.default.fileExists(atPath: manifest), announced.withLock { $0 }
                            ))
                    }
                    try output.synchronize()
                })
            let summary = try await builder.build(SampleID.all.map { try OrderID($0) })
            #expect(summary.built == SampleID.all.count)
            var seen = recorded.withLock { $0 }
            if flushes {
                #expect(seen.count == 1)
                #expect(seen.first?.pages == SampleID.all.count, "every page written before the flush")
                #expect(seen.first?.publicFile == true, "the public files written before the flush")
                #expect(seen.first?.manifest == false, "the manifest written after it")
                #expect(seen.first?.announced == 1, "the terminal told before the flush starts")
            } else {
                #expect(seen.isEmpty)
                #expect(announced.withLock { $0 } == 0)
            }
            #expect(FileManager.default.fileExists(atPath: manifest))

            // The preview's partial build of one page keeps the policy, and the injected flush.
            let partial = try await builder.buildPages([try OrderID(SampleID.all[0])])
            #expect(partial.built == 1)
            seen = recorded.withLock { $0 }
            #expect(seen.count == (flushes ? 2 : 0))
        }
    }

    @Test("a flush that fails fails the build, and the last good manifest stays as it was")
    func failedFlush() async throws {
        struct DiskGone: Error, CustomStringConvertible { var description: String { "input/output error" } }
        let scratch = try Scratch()
        _ = try await scratch.build(Array(SampleID.all.prefix(2)))
        let manifest = scratch.output.appendingPathComponent(BuildManifest.fileName)
        let before = try Data(contentsOf: manifest)
        var configuration = scratch.configuration()
        configuration.flushesToDisk = true
        let builder = SiteBuilder(
            configuration: configuration, source: FolderOrderSource(folder: scratch.responses),
            uptime: { .zero }, events: { _ in }, flushFileSystem: { _ in throw DiskGone() })
        await #expect {
            _ = try await builder.build(SampleID.all.map { try OrderID($0) })
        } throws: { error in
            guard case .output(let reason) = error as? SiteBuildError else { return false }
            return reason.contains("input/output error")
        }
        #expect(try Data(contentsOf: manifest) == before, "the manifest still describes the last good build")
    }
}
