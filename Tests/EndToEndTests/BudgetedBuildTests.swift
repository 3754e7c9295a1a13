import DigitalDownloads
import DigitalDownloadsClient
import Foundation
import SiteGenerator
import SiteOutput
import TestSupport
import Testing

/// A store bigger than one CI job can fetch at 60 requests a minute: bounded runs that converge,
/// with the response cache as the source of truth. A real server on 127.0.0.1 enforces the
/// budget; only time is virtual.
@Suite("End to end: bounded builds under a rate limit")
struct BudgetedBuildTests {
    /// `count` orders, each a copy of the API document's example with its own number.
    static func orders(_ count: Int) throws -> [String: Data] {
        let template = try String(decoding: Repository.sample(SampleID.apiDocExample), as: UTF8.self)
        var bodies: [String: Data] = [:]
        for index in 0..<count {
            let id = String(format: "order%04d", index)
            bodies[id] = Data(template.replacingOccurrences(of: "\"order_number\": 1001", with: "\"order_number\": \(2000 + index)").utf8)
        }
        return bodies
    }

    func scratch(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    func build(
        _ ids: [OrderID], api: URL, time: FakeTimeSource, cache: URL, output: URL, budget: FetchBudget, transport: any HTTPTransport,
        maxRate: Int? = nil, allowsStale: Bool = true
    ) async throws -> BuildSummary {
        let client = DigitalDownloadsAPIClient(
            configuration: APIConfiguration(baseURL: api, timeout: .seconds(5), retries: 3, maxRequestsPerMinute: maxRate),
            transport: transport, timeSource: time, random: { 0.5 })
        let source = APIOrderSource(
            client: client, cache: ResponseCache(folder: cache), budget: budget, allowsStale: allowsStale, timeSource: time)
        var configuration = SiteBuildConfiguration(output: output)
        configuration.concurrency = 4
        return try await SiteBuilder(configuration: configuration, source: source).build(ids)
    }

    func pages(in output: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("orders").path)) ?? [])
    }

    @Test("200 orders, 50 requests a run: four runs fetch each order exactly once, every run's site has every order fetched so far")
    func runsConverge() async throws {
        let bodies = try Self.orders(200)
        let ids = try bodies.keys.sorted().map { try OrderID($0) }
        let time = FakeTimeSource()
        let api = RateLimitedAPI(time: time, bodies: bodies)
        let cache = scratch("cache")
        defer { try? FileManager.default.removeItem(at: cache) }
        try await withRateLimitedServer(api) { url in
            try await withTransport { transport in
                var fetchedSoFar = Set<String>()
                var firstRun: Set<String> = []
                for run in 1...5 {
                    let output = scratch("site")  // CI rebuilds the output from nothing every run
                    defer { try? FileManager.default.removeItem(at: output) }
                    let before = api.served
                    let summary = try await build(
                        ids, api: url, time: time, cache: cache, output: output, budget: FetchBudget(maxRequests: 50),
                        transport: transport)
                    let fetchedNow = Set(api.served.keys.filter { api.served[$0] != before[$0] })
                    print("run \(run): \(summary)")
                    #expect(summary.fetched == 50)
                    #expect(fetchedNow.count == 50)
                    #expect(summary.failed == 0)
                    if run == 1 { firstRun = fetchedNow }
                    if run <= 4 {
                        #expect(fetchedNow.isDisjoint(with: fetchedSoFar), "never-fetched orders go first")
                        fetchedSoFar.formUnion(fetchedNow)
                        #expect(summary.deferred == 200 - 50 * run)
                        #expect(summary.fromCache == 50 * (run - 1))
                    } else {
                        #expect(fetchedNow == firstRun, "then the oldest responses are refreshed first")
                        #expect(summary.deferred == 0)
                    }
                    #expect(pages(in: output) == fetchedSoFar, "a page for every order fetched so far, and only those")
                }
                #expect(api.served.values.allSatisfy { $0 >= 1 } && api.served.count == 200)
                #expect(api.served.values.filter { $0 == 2 }.count == 50, "only run 5 fetched anything twice")
            }
        }
    }

    @Test(
        "a time budget under a throttling server: fetching stops in time, the rest comes from the cache, the run ends before its budget"
    )
    func timeBudgetFinishesEarly() async throws {
        let bodies = try Self.orders(300)
        let ids = try bodies.keys.sorted().map { try OrderID($0) }
        let time = FakeTimeSource()
        let api = RateLimitedAPI(time: time, bodies: bodies)
        let cache = scratch("cache")
        let output = scratch("site")
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.removeItem(at: output)
        }
        // Every order cached yesterday, so whatever is not fetched comes from the cache.
        let responseCache = ResponseCache(folder: cache)
        for id in ids {
            try responseCache.store(bodies[id.rawValue] ?? Data(), forOrder: id, fetchedAt: time.now().addingTimeInterval(-86_400))
        }
        try await withRateLimitedServer(api) { url in
            try await withTransport { transport in
                let start = time.now()
                let budget: Duration = .seconds(180)
                let deadline = FetchBudget.requestDeadline(start: start, timeBudget: budget, requestTimeout: .seconds(5))
                let summary = try await build(
                    ids, api: url, time: time, cache: cache, output: output, budget: FetchBudget(requestDeadline: deadline),
                    transport: transport)
                let elapsed = time.now().timeIntervalSince(start)
                print("time budget 3m: \(summary); \(Int(elapsed)) s of virtual time, \(api.throttled) answers of 429")
                #expect(elapsed < 180, "the run ends on its own before its budget")
                #expect(summary.fetched > 60, "it fetched through more than one rate-limit window")
                #expect(summary.fetched < 300)
                #expect(summary.fetched + summary.fromCache == 300)
                #expect(summary.failed == 0 && summary.deferred == 0)
                #expect(pages(in: output).count == 300)
            }
        }
    }

    @Test("the API down and a full cache: every page built from the cache, stale, with a warning naming each order; --no-stale fails")
    func apiDownUsesTheCache() async throws {
        let bodies = try Self.orders(5)
        let ids = try bodies.keys.sorted().map { try OrderID($0) }
        let time = FakeTimeSource()
        let cache = scratch("cache")
        let output = scratch("site")
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.removeItem(at: output)
        }
        let responseCache = ResponseCache(folder: cache)
        for id in ids {
            try responseCache.store(bodies[id.rawValue] ?? Data(), forOrder: id, fetchedAt: time.now().addingTimeInterval(-7_200))
        }
        let down = try closedPortURL()
        try await withTransport { transport in
            let summary = try await build(
                ids, api: down, time: time, cache: cache, output: output, budget: .unlimited, transport: transport)
            #expect(summary.built == 5 && summary.stale == 5 && summary.failed == 0)
            for id in ids {
                #expect(summary.warnings.contains { $0.hasPrefix("order \(id): built from the cached response of 2h") })
            }
            #expect(summary.warnings.allSatisfy { $0.contains("refused") || $0.contains("connect") })

            let strict = try await build(
                ids, api: down, time: time, cache: cache, output: output, budget: .unlimited, transport: transport, allowsStale: false)
            #expect(strict.failed == 5 && strict.stale == 0)
        }
    }

    @Test("a 404 is an answer: the order fails even with a cached response, never built stale")
    func notFoundIsNeverPaperedOver() async throws {
        let bodies = try Self.orders(2)
        let ids = try bodies.keys.sorted().map { try OrderID($0) }
        let time = FakeTimeSource()
        let cache = scratch("cache")
        let output = scratch("site")
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.removeItem(at: output)
        }
        let responseCache = ResponseCache(folder: cache)
        for id in ids { try responseCache.store(bodies[id.rawValue] ?? Data(), forOrder: id, fetchedAt: time.now()) }
        // The API now knows only the first order.
        let api = RateLimitedAPI(time: time, bodies: [ids[0].rawValue: bodies[ids[0].rawValue] ?? Data()])
        try await withRateLimitedServer(api) { url in
            try await withTransport { transport in
                let summary = try await build(
                    ids, api: url, time: time, cache: cache, output: output, budget: .unlimited, transport: transport)
                #expect(summary.fetched == 1 && summary.stale == 0 && summary.failed == 1)
                #expect(summary.failures.first?.id == ids[1].rawValue)
                #expect(summary.failures.first?.reason.contains("order not found") == true)
            }
        }
    }

    @Test("the command line: the API down and a full cache exits 0 with a warning per order; --no-stale exits 1")
    func apiDownCommandLine() throws {
        let bodies = try Self.orders(3)
        let folder = scratch("cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ResponseCache(folder: folder.appendingPathComponent("cache"))
        for (id, body) in bodies { try cache.store(body, forOrder: try OrderID(id), fetchedAt: Date().addingTimeInterval(-3_600)) }
        try Data(bodies.keys.sorted().joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("ids.txt"))
        let arguments = [
            "build", "--ids-file", "ids.txt", "--cache", "cache", "--api-url", try closedPortURL().absoluteString, "--retries", "0",
            "--json",
        ]
        let result = try CommandRun.runBlocking(arguments, in: folder)
        #expect(result.status == 0)
        for id in bodies.keys {
            #expect(result.error.contains("warning: order \(id): built from the cached response of 1h ago, as the fetch failed"))
        }
        #expect(result.error.contains("0 fetched, 0 from the cache (oldest 1h), 3 stale"))
        let summary = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(summary?["stale"] as? Int == 3)

        let strict = try CommandRun.runBlocking(arguments + ["--no-stale"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.error.contains("3 failed"))
    }

    @Test("SIGKILL at 20 moments of a cached build of 3,000 orders: every page whole, every cache entry valid, no temporary file after")
    func killedBuildsLeaveNothingBroken() async throws {
        let bodies = try Self.orders(3_000)
        let folder = scratch("kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(bodies.keys.sorted().joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("ids.txt"))
        let api = RateLimitedAPI(limit: 1_000_000, time: FakeTimeSource(), bodies: bodies)
        try await withRateLimitedServer(api) { url in
            let arguments = ["build", "--ids-file", "ids.txt", "--cache", "cache", "--api-url", url.absoluteString, "--max-rate", "100000"]
            let site = folder.appendingPathComponent("site/orders")
            var kills = 0
            var torn: [String] = []
            for attempt in 0..<20 {
                let process = Process()
                process.executableURL = CommandRun.executable
                process.arguments = arguments
                process.currentDirectoryURL = folder
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                // Moments spread over the run, in no simple order: 150 ms to about 2 s after the start.
                try await Task.sleep(for: .milliseconds(150 + (attempt * 733) % 1_900))
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    kills += 1
                }
                process.waitUntilExit()
                // Whatever moment the kill came, every page on disk is whole.
                for name in (try? FileManager.default.contentsOfDirectory(atPath: site.path)) ?? [] {
                    let page = site.appendingPathComponent("\(name)/index.html")
                    guard let text = try? String(contentsOf: page, encoding: .utf8) else { continue }
                    if !text.hasSuffix("</html>\n") { torn.append(name) }
                }
            }
            #expect(torn.isEmpty, "pages cut short by a kill: \(torn.prefix(3))")
            let cache = ResponseCache(folder: folder.appendingPathComponent("cache"))
            let finished = try await CommandRun.run(arguments, in: folder)
            print("killed \(kills) of 20 builds; then: \(finished.error.split(separator: "\n").last ?? "")")
            #expect(finished.status == 0)
            #expect(kills >= 15, "the kills landed while the build was running")
            for id in bodies.keys {
                #expect(cache.entry(forOrder: try OrderID(id)) != nil, "every order cached, intact")
                let page = try String(contentsOf: folder.appendingPathComponent("site/orders/\(id)/index.html"), encoding: .utf8)
                #expect(page.hasSuffix("</html>\n"), "every page complete")
            }
            let leftovers =
                FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
                .filter { AtomicFile.isTemporaryName(URL(fileURLWithPath: $0).lastPathComponent) } ?? []
            #expect(leftovers.isEmpty, "no temporary file left in the site or the cache: \(leftovers.prefix(3))")
        }
    }

    @Test("the command line: deferred orders are the plan (exit 0, listed); --fail-on-deferred exits 1; --prune prunes the cache")
    func deferredAndPrunedCommandLine() async throws {
        let bodies = try Self.orders(4)
        let folder = scratch("deferred")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ids = bodies.keys.sorted()
        try Data(ids.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("ids.txt"))
        let api = RateLimitedAPI(limit: 1_000, time: FakeTimeSource(), bodies: bodies)
        try await withRateLimitedServer(api) { url in
            let arguments = ["build", "--ids-file", "ids.txt", "--cache", "cache", "--api-url", url.absoluteString, "--json"]
            let first = try await CommandRun.run(arguments + ["--max-requests", "1"], in: folder)
            #expect(first.status == 0, "a budget's shortfall is the plan")
            #expect(first.error.contains("1 fetched, 0 from the cache, 3 deferred"))
            #expect(first.error.contains("deferred: 3 orders left for a later run by the budget (no cached response yet): "))
            let summary = try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any]
            #expect((summary?["deferred_ids"] as? [String])?.count == 3)

            let strict = try await CommandRun.run(arguments + ["--max-requests", "1", "--fail-on-deferred"], in: folder)
            #expect(strict.status == 1)
            #expect(strict.error.contains("1 fetched, 1 from the cache"), "the second run fetched the next never-fetched order")

            try Data(ids.prefix(2).joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("ids.txt"))
            let pruned = try await CommandRun.run(arguments + ["--prune"], in: folder)
            #expect(pruned.status == 0)
            #expect(pruned.error.contains("cache: 2 responses"))
            let cache = ResponseCache(folder: folder.appendingPathComponent("cache"))
            #expect(cache.orderIDs().map(\.rawValue) == Array(ids.prefix(2)))
        }
    }
}
