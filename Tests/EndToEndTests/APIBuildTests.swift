import DigitalDownloads
import DigitalDownloadsClient
import Foundation
import FoundationXML
import SiteGenerator
import TestSupport
import Testing

/// The whole main job against a real HTTP server on 127.0.0.1: fetch over AsyncHTTPClient
/// (retries, Retry-After, errors), decode, render with the default theme, write, then read the
/// pages back as a parser sees them.
@Suite("End to end: building from the API")
struct APIBuildTests {
    static func sample(_ id: String) throws -> Data { try Repository.sample(id) }

    let apiDoc = SampleID.apiDocExample
    let unicode = SampleID.unicode
    let limits = SampleID.limits
    let markdown = SampleID.markdown

    func output() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
    }

    func builder(_ server: TestServer, transport: any HTTPTransport, time: FakeTimeSource, output: URL, cache: URL? = nil) -> SiteBuilder {
        let client = DigitalDownloadsAPIClient(
            configuration: APIConfiguration(baseURL: server.baseURL, timeout: .seconds(5), retries: 3),
            transport: transport, timeSource: time, random: { 0.5 })
        let source = APIOrderSource(
            client: client, cache: cache.map(ResponseCache.init(folder:)), maxAge: cache == nil ? nil : .seconds(3600), timeSource: time)
        var configuration = SiteBuildConfiguration(
            output: output, templates: Repository.templates,
            publicFolder: Repository.publicFolder)
        configuration.concurrency = 4
        return SiteBuilder(configuration: configuration, source: source)
    }

    @Test("429 with Retry-After and a 500 are retried; 404 and invalid JSON fail with the id; the rest are built")
    func buildFromServer() async throws {
        let scripts: [String: [Scripted]] = [
            apiDoc: [Scripted(body: try Self.sample(apiDoc))],
            unicode: [
                .json(#"{"message":"Too Many Attempts."}"#, status: 429, headers: [("Retry-After", "2")]),
                Scripted(body: try Self.sample(unicode)),
            ],
            limits: [.json("oops", status: 500), Scripted(body: try Self.sample(limits))],
            markdown: [Scripted(body: try Self.sample(markdown))],
            "missing0rder": [.json(#"{"message":"Not found"}"#, status: 404)],
            "brokenjson": [.json(#"{"order": {"order_number": 1, "lines": [}"#)],
        ]
        let site = output()
        defer { try? FileManager.default.removeItem(at: site) }
        let time = FakeTimeSource()
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let ids = try [apiDoc, unicode, limits, markdown, "missing0rder", "brokenjson"].map { try OrderID($0) }
                let summary = try await builder(server, transport: transport, time: time, output: site).build(ids)
                print("end-to-end build: \(summary)")
                #expect(summary.built == 4)
                #expect(summary.failed == 2)
                let reasons = Dictionary(uniqueKeysWithValues: summary.failures.map { ($0.id, $0.reason) })
                #expect(reasons["missing0rder"]?.contains("order not found") == true)
                #expect(reasons["brokenjson"]?.contains("order brokenjson: not valid JSON") == true)

                #expect(await server.log.count(unicode) == 2, "429 retried once")
                #expect(await server.log.count(limits) == 2, "500 retried once")
                #expect(await server.log.count("missing0rder") == 1, "404 not retried")
                #expect(time.sleeps.contains(.seconds(2)), "Retry-After honoured")
                let accepts = await server.log.entries.map(\.accept)
                #expect(accepts.allSatisfy { $0 == "application/json" })

                let page = try XMLDocument(contentsOf: site.appendingPathComponent("orders/\(apiDoc)/index.html"), options: [])
                #expect(try page.nodes(forXPath: "//h1").first?.stringValue == "Download files for your orders")
                let hrefs = try page.nodes(forXPath: "//a/@href").compactMap(\.stringValue)
                #expect(hrefs.contains("https://www.my-website.com/download/my-book.pdf"))
                let unicodePage = try String(contentsOf: site.appendingPathComponent("orders/\(unicode)/index.html"), encoding: .utf8)
                #expect(unicodePage.contains("日本") || unicodePage.contains("à"))
                #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("orders/missing0rder").path))
            }
        }
    }

    @Test("with --cache and --max-age a second build makes no request")
    func cacheAvoidsRequests() async throws {
        let site = output()
        let cache = output()
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: cache)
        }
        let time = FakeTimeSource()
        try await withTestServer(scripts: [apiDoc: [Scripted(body: try Self.sample(apiDoc))]]) { server in
            try await withTransport { transport in
                let ids = [try OrderID(apiDoc)]
                let first = try await builder(server, transport: transport, time: time, output: site, cache: cache).build(ids)
                let second = try await builder(server, transport: transport, time: time, output: site, cache: cache).build(ids)
                #expect(first.built == 1)
                #expect(second.built == 1)
                #expect(second.unchanged == 1)
                #expect(await server.log.count(apiDoc) == 1)
            }
        }
    }
}
