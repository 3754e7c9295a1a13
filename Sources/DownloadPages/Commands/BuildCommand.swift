import ArgumentParser
import DigitalDownloadsClient
import Foundation
import SampleOrders
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

    @Argument(help: "Order ids (letters, digits, '-' and '_').")
    var ids: [String] = []

    @Option(name: .customLong("ids-file"), help: "A file of order ids, one a line ('-' reads standard input; blank lines and # comments are skipped).")
    var idsFile: String?

    @Option(name: .customLong("from"), help: "Read saved v2 responses from DIR/ID.json instead of the API; with no ids, builds every order in DIR.")
    var fromDirectory: String?

    @Flag(name: .customLong("sample-orders"), help: "Build the sample orders that ship with the tool (no network).")
    var sampleOrders = false

    @OptionGroup(title: "API")
    var api: APIOptions

    @Option(help: "Keep each fetched response in DIR, with the time it was fetched.")
    var cache: String?

    @Option(name: .customLong("max-age"), help: "Reuse a cached response younger than this (e.g. 90s, 15m, 6h, 2d) without a request.")
    var maxAge: String?

    @Option(name: .shortAndLong, help: "The folder to write the site to.")
    var output = "site"

    @Option(help: "The theme's templates folder (needs an order.mustache).")
    var templates = "Templates"

    @Option(name: .customLong("public"), help: "Static files copied to the output root.")
    var publicDirectory = "Public"

    @Option(help: "How many orders to fetch and render at once.")
    var concurrency = 8

    @Flag(help: "Remove pages of orders not in this build (only pages this tool wrote).")
    var prune = false

    @Flag(name: .customLong("fail-fast"), help: "Stop at the first order that fails.")
    var failFast = false

    @Flag(name: .customLong("strict-templates"), help: "Fail an order when a template name resolves to nothing or a partial is missing.")
    var strictTemplates = false

    @Flag(help: "Print the summary as JSON on standard output.")
    var json = false

    func validate() throws {
        if sampleOrders && fromDirectory != nil { throw ValidationError("give either --from or --sample-orders, not both") }
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if maxAge != nil && cache == nil { throw ValidationError("--max-age needs --cache DIR") }
        if let maxAge {
            do { _ = try Duration(parsing: maxAge) } catch { throw ValidationError("--max-age: \(error)") }
        }
    }

    func run() async throws {
        let folder = try savedResponsesFolder()
        var list = OrderIDList()
        do {
            try list.add(arguments: ids)
            if let idsFile { try list.add(idsFile: idsFile) }
            if list.isEmpty, let folder { list = try FolderOrderSource(directory: folder).allOrderIDsList() }
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
        if list.isEmpty {
            StandardError.write("error: no orders to build: give order ids, --ids-file FILE, --from DIR or --sample-orders\n")
            throw ExitCode.failure
        }

        var configuration = SiteBuildConfiguration(
            output: URL(fileURLWithPath: output), templates: URL(fileURLWithPath: templates),
            publicFolder: URL(fileURLWithPath: publicDirectory))
        configuration.prune = prune
        configuration.failFast = failFast
        configuration.concurrency = concurrency
        configuration.strictTemplates = strictTemplates
        let formatter = BuildEventFormatter(isTerminal: StandardError.isTerminal)
        let source: any OrderSource
        var transport: AsyncHTTPClientTransport?
        if let folder {
            source = FolderOrderSource(directory: folder)
        } else {
            let apiConfiguration = try api.configuration()
            let reuseAge = try maxAge.map { try Duration(parsing: $0) }
            let http = AsyncHTTPClientTransport()
            transport = http
            source = APIOrderSource(
                client: DigitalDownloadsAPIClient(configuration: apiConfiguration, transport: http),
                cache: cache.map { ResponseCache(directory: URL(fileURLWithPath: $0)) }, maxAge: reuseAge)
        }
        let builder = SiteBuilder(configuration: configuration, source: source, events: { event in
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

    private func savedResponsesFolder() throws -> URL? {
        if sampleOrders {
            guard let directory = SampleOrders.directory else {
                StandardError.write("error: the sample orders are not installed beside this executable\n")
                throw ExitCode.failure
            }
            return directory
        }
        return fromDirectory.map { URL(fileURLWithPath: $0) }
    }
}
