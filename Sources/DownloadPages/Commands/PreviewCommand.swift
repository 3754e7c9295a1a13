import ArgumentParser
import Foundation
import PreviewServer
import SampleOrders
import SiteGenerator

/// `download-pages preview`: what a theme author keeps running while editing. Builds the site,
/// serves it on this machine, rebuilds what a change affects and reloads the browser.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Build the site, serve it locally, and rebuild and reload the browser on every change.",
        discussion: """
            Watches the templates, the public folder and the --from folder. Pages are served with a \
            small live-reload script added (the files on disk are never changed). Ctrl-C stops.
            """
    )

    @Argument(help: "Order ids to preview (default: every order in the --from folder).")
    var ids: [String] = []

    @Option(name: .customLong("ids-file"), help: "A file of order ids, one a line ('-' reads standard input).")
    var idsFile: String?

    @Option(name: .customLong("from"), help: "A folder of saved v2 responses, DIR/ID.json; watched for changes.")
    var fromDirectory: String?

    @Flag(name: .customLong("sample-orders"), help: "Preview the sample orders that ship with the tool.")
    var sampleOrders = false

    @Option(name: .shortAndLong, help: "The folder the preview builds into (kept between runs: a restart rewrites only what changed).")
    var output = ".preview-site"

    @Option(help: "The theme's templates folder (needs an order.mustache); watched.")
    var templates = "Templates"

    @Option(name: .customLong("public"), help: "Static files copied to the output root; watched.")
    var publicDirectory = "Public"

    @Flag(name: .customLong("strict-templates"), help: "Fail a page when a template name resolves to nothing or a partial is missing.")
    var strictTemplates = false

    @Option(help: "The address to listen on. Only this machine can connect unless you give another address (e.g. 0.0.0.0).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Flag(help: "Watch by polling instead of file events: for network and synced folders and containers.")
    var poll = false

    func validate() throws {
        if sampleOrders && fromDirectory != nil { throw ValidationError("give either --from or --sample-orders, not both") }
        if !sampleOrders && fromDirectory == nil {
            throw ValidationError("the preview reads saved responses: give --from DIR or --sample-orders")
        }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if host.isEmpty { throw ValidationError("--host cannot be empty") }
    }

    func run() async throws {
        let folder: URL
        if sampleOrders {
            guard let directory = SampleOrders.directory else {
                StandardError.write("error: the sample orders are not installed beside this executable\n")
                throw ExitCode.failure
            }
            folder = directory
        } else {
            folder = URL(fileURLWithPath: fromDirectory ?? ".")
        }
        var list = OrderIDList()
        do {
            try list.add(arguments: ids)
            if let idsFile { try list.add(idsFile: idsFile) }
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }

        var site = SiteBuildConfiguration(
            output: URL(fileURLWithPath: output), templates: URL(fileURLWithPath: templates),
            publicFolder: URL(fileURLWithPath: publicDirectory))
        site.strictTemplates = strictTemplates
        var configuration = PreviewConfiguration(site: site, ordersFolder: folder)
        configuration.watchOrders = !sampleOrders
        configuration.ids = list.ids
        configuration.host = host
        configuration.port = port
        configuration.watchMode = poll ? .polling : .events

        let preview = PreviewServer(configuration: configuration) { event in
            StandardError.write("\(event)\n")
        } onReady: { address in
            StandardOutput.write("First page: \((address.firstPage ?? address.root).absoluteString)\n")
            StandardError.write("Ctrl-C stops the preview\n")
        }
        do {
            try await preview.runUntilStopSignal()
        } catch let error as PreviewError {
            StandardError.write("error: \(error)\(Self.advice(for: error))\n")
            throw ExitCode.failure
        }
    }

    /// How this command's options fix an error: the library names the problem, the command the option.
    private static func advice(for error: PreviewError) -> String {
        if case .portInUse = error { return ": stop it, or choose another port with --port" }
        return ""
    }
}
