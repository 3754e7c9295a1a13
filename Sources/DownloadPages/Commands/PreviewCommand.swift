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

    @OptionGroup(title: "Orders")
    var orders: OrderSelectionOptions

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The folder the preview builds into (kept between runs: a restart rewrites only what changed).",
            valueName: "dir"))
    var output = ".preview-site"

    @OptionGroup(title: "Theme")
    var theme: ThemeOptions

    @OptionGroup
    var strictness: StrictnessOptions

    @Option(help: "The address to listen on. Only this machine can connect unless you give another address (e.g. 0.0.0.0).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Flag(help: "Watch by polling instead of file events: for network and synced folders and containers.")
    var poll = false

    func validate() throws {
        if !orders.sampleOrders && orders.fromFolder == nil {
            throw ValidationError("the preview reads saved responses: give --from DIR or --sample-orders")
        }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if host.isEmpty { throw ValidationError("--host cannot be empty") }
    }

    func run() async throws {
        let list = try orders.givenIDs()
        let source: PreviewOrders =
            if let folder = orders.fromFolder {
                .folder(URL(fileURLWithPath: folder))
            } else {
                .inMemory(InMemoryOrderSource(bodiesByID: SampleOrders.responses))
            }
        StandardError.write(theme.summary + "\n")
        var site = theme.siteConfiguration(output: output)
        site.strictTemplates = strictness.strictTemplates
        var configuration = PreviewConfiguration(site: site, orders: source)
        configuration.ids = list.ids
        configuration.host = host
        configuration.port = port
        configuration.watchMode = poll ? .polling : .events

        let preview = PreviewServer(configuration: configuration) { event in
            StandardError.write("\(TerminalText.message(event.description))\n")
        } onReady: { address in
            StandardOutput.write("First page: \((address.firstPage ?? address.root).absoluteString)\n")
            StandardError.write("Ctrl-C stops the preview\n")
        }
        do {
            try await preview.runUntilStopSignal()
        } catch let error as PreviewError {
            StandardError.write("error: \(ErrorMessage.text(for: error))\n")
            throw ExitCode.failure
        }
    }
}
