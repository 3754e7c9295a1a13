import ArgumentParser
import DigitalDownloads
import DigitalDownloadsClient
import Foundation
import SiteGenerator

/// `download-pages build`: the main job, a static site of download pages for the given orders.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a static download page for each order.",
        discussion: """
            Pages are written to OUTPUT/orders/ID/index.html, each atomically and only when its bytes \
            changed. An order that fails keeps its last good page; the build goes on, then lists the \
            failures and exits non-zero.
            """
    )

    @OptionGroup(title: "Orders")
    var orders: OrderSelectionOptions

    @OptionGroup(title: "API")
    var api: APIOptions

    @Option(
        help: ArgumentHelp(
            "Keep each fetched response in DIR. Without --max-age a cached response is used only when a fetch fails or the budget "
                + "leaves the order unfetched.",
            valueName: "dir"))
    var cache: String?

    @Option(
        name: .customLong("max-age"),
        help: ArgumentHelp(
            "Reuse a cached response younger than this (e.g. 90s, 15m, 6h, 2d, 1h30m) without a request.",
            valueName: "duration"),
        transform: { text in try Duration(parsing: text) })
    var maxAge: Duration?

    @Option(
        name: .customLong("max-requests"),
        help: ArgumentHelp(
            "Fetch at most N orders (never-fetched first, then the oldest in the cache); build the rest from the cache.",
            valueName: "n"))
    var maxRequests: Int?

    @Option(
        name: .customLong("time-budget"),
        help: ArgumentHelp(
            "Finish within this (e.g. 40m), rate-limit waits included: stop fetching in time to build the rest from the cache.",
            valueName: "duration"),
        transform: { text in try Duration(parsing: text) })
    var timeBudget: Duration?

    @Flag(
        name: .customLong("no-stale"),
        help: "Fail an order whose fetch fails, rather than build it from its cached response.")
    var noStale = false

    @Flag(
        name: .customLong("fail-on-deferred"),
        help: "Exit non-zero when the budget left any order without a page (by default that is the plan, and exits 0).")
    var failOnDeferred = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the site to.", valueName: "dir"))
    var output = "site"

    @OptionGroup(title: "Theme")
    var theme: ThemeOptions

    @OptionGroup
    var strictness: StrictnessOptions

    @Option(help: "How many orders to fetch and render at once.")
    var concurrency = 8

    @Flag(help: "Remove pages of orders not in this build (only pages this tool wrote).")
    var prune = false

    @Flag(name: .customLong("fail-fast"), help: "Stop at the first order that fails.")
    var failFast = false

    @Flag(
        help: """
            Render every page. By default a page is kept as it is when its order, the theme, the options and the tool \
            are the same as when it was made and its file is untouched (see .download-pages-manifest.json in the output).
            """)
    var force = false

    @Flag(
        help: """
            Flush the site to the disk before the build ends, for a site served from this machine that must survive a power \
            cut as soon as the build exits. Slower: it waits for the disk.
            """)
    var fsync = false

    @Flag(help: "Print the summary as JSON on standard output.")
    var json = false

    func validate() throws {
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if maxAge != nil && cache == nil { throw ValidationError("--max-age needs --cache DIR") }
        if let maxRequests, maxRequests < 0 { throw ValidationError("--max-requests cannot be negative") }
        if let timeBudget, timeBudget <= .zero { throw ValidationError("--time-budget must be more than 0") }
    }

    func run() async throws {
        let runStart = Date()
        let saved = orders.savedResponses
        let ids = try orderIDs(saved: saved)
        StandardError.write(theme.summary + "\n")
        let transport: AsyncHTTPClientTransport?
        let source: any OrderSource
        if let saved {
            (source, transport) = (saved, nil)
        } else {
            let configuration = try api.configuration()
            let http = AsyncHTTPClientTransport()
            (source, transport) = (apiSource(configuration, transport: http, runStart: runStart), http)
        }
        let formatter = BuildEventFormatter(
            isTerminal: StandardError.isTerminal,
            requestsPerMinute: (source as? APIOrderSource)?.client.configuration.maxRequestsPerMinute)
        let builder = SiteBuilder(
            configuration: siteConfiguration(), source: source,
            events: { event in
                if let text = formatter.text(for: event) { StandardError.write(text) }
            })
        let outcome: Result<Void, any Error>
        do {
            try await BuildOutcome.report(formatter: formatter, json: json, failOnDeferred: failOnDeferred) {
                () async throws(SiteBuildError) in
                try await builder.build(ids)
            }
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await transport?.shutdown()
        try outcome.get()
    }

    /// The ids given, or every saved response's when none are; an `error:` line and a failing
    /// exit when there are none at all.
    private func orderIDs(saved: (any OrderCatalog)?) throws -> [OrderID] {
        var list = try orders.givenIDs()
        // A folder is read once, for the files it skips and, when no ids are given, its orders.
        var listing: Result<FolderOrderSource.Listing, OrderSourceError>?
        if let folder = saved as? FolderOrderSource {
            listing = Result { () throws(OrderSourceError) in try folder.listing() }
            for name in (try? listing?.get())?.skippedFileNames ?? [] {
                StandardError.write(
                    "warning: \(TerminalText.safe(name)) in \(folder.folder.path) is not built: its name is not an order id\n")
            }
        }
        if list.isEmpty, let saved {
            do {
                if let listing {
                    for id in try listing.get().ids { list.append(id) }
                } else {
                    list = try saved.allOrderIDsList()
                }
            } catch {
                StandardError.write("error: \(ErrorMessage.text(for: error))\n")
                throw ExitCode.failure
            }
        }
        if list.isEmpty, let folder = saved as? FolderOrderSource, let listing = try? listing?.get() {
            let reason = FolderOrderSource.nothingToBuild(in: folder.folder.path, listing: listing)
            StandardError.write("error: \(TerminalText.safe(reason))\n")
            throw ExitCode.failure
        }
        if list.isEmpty {
            StandardError.write("error: no orders to build: give order ids, --ids-file FILE, --from DIR or --sample-orders\n")
            throw ExitCode.failure
        }
        return list.ids
    }

    func siteConfiguration() -> SiteBuildConfiguration {
        var configuration = theme.siteConfiguration(output: output)
        configuration.strictTemplates = strictness.strictTemplates
        configuration.prune = prune
        configuration.failFast = failFast
        configuration.concurrency = concurrency
        configuration.reusesUnchangedPages = !force
        configuration.flushesToDisk = fsync
        return configuration
    }

    /// The API behind the response cache, within this run's budget.
    private func apiSource(_ configuration: APIConfiguration, transport: AsyncHTTPClientTransport, runStart: Date) -> APIOrderSource {
        let budget = FetchBudget(
            maxRequests: maxRequests,
            requestDeadline: timeBudget.map {
                FetchBudget.requestDeadline(start: runStart, timeBudget: $0, requestTimeout: configuration.timeout)
            })
        return APIOrderSource(
            client: DigitalDownloadsAPIClient(configuration: configuration, transport: transport),
            cache: cache.map { ResponseCache(folder: URL(fileURLWithPath: $0)) }, maxAge: maxAge, budget: budget,
            allowsStale: !noStale)
    }
}
