import ArgumentParser
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

    @Option(help: ArgumentHelp("Keep each fetched response in DIR, with the time it was fetched.", valueName: "dir"))
    var cache: String?

    @Option(
        name: .customLong("max-age"),
        help: ArgumentHelp(
            "Reuse a cached response younger than this (e.g. 90s, 15m, 6h, 2d, 1h30m) without a request.",
            valueName: "duration"),
        transform: { text in try Duration(parsing: text) })
    var maxAge: Duration?

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

    @Flag(help: "Print the summary as JSON on standard output.")
    var json = false

    func validate() throws {
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if maxAge != nil && cache == nil { throw ValidationError("--max-age needs --cache DIR") }
    }

    func run() async throws {
        let saved = orders.savedResponses
        var list = try orders.givenIDs()
        if list.isEmpty, let saved {
            do {
                list = try saved.allOrderIDsList()
            } catch {
                StandardError.write("error: \(error)\n")
                throw ExitCode.failure
            }
        }
        if list.isEmpty {
            StandardError.write("error: no orders to build: give order ids, --ids-file FILE, --from DIR or --sample-orders\n")
            throw ExitCode.failure
        }

        StandardError.write(theme.summary + "\n")
        var configuration = theme.siteConfiguration(output: output)
        configuration.strictTemplates = strictness.strictTemplates
        configuration.prune = prune
        configuration.failFast = failFast
        configuration.concurrency = concurrency
        let formatter = BuildEventFormatter(isTerminal: StandardError.isTerminal)
        let source: any OrderSource
        var transport: AsyncHTTPClientTransport?
        if let saved {
            source = saved
        } else {
            let apiConfiguration = try api.configuration()
            let http = AsyncHTTPClientTransport()
            transport = http
            source = APIOrderSource(
                client: DigitalDownloadsAPIClient(configuration: apiConfiguration, transport: http),
                cache: cache.map { ResponseCache(folder: URL(fileURLWithPath: $0)) }, maxAge: maxAge)
        }
        let builder = SiteBuilder(
            configuration: configuration, source: source,
            events: { event in
                if let text = formatter.text(for: event) { StandardError.write(text) }
            })
        let ids = list.ids
        let outcome: Result<Void, any Error>
        do {
            try await BuildOutcome.report(formatter: formatter, json: json) { () async throws(SiteBuildError) in
                try await builder.build(ids)
            }
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await transport?.shutdown()
        try outcome.get()
    }
}
