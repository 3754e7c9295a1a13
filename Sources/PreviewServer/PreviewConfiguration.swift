import DigitalDownloads
import Foundation
import SiteGenerator

/// Everything `download-pages preview` needs: the build, where orders come from, where to listen,
/// how to watch.
public struct PreviewConfiguration: Sendable {
    /// The build: output folder, theme templates, public folder, options. Full builds prune pages
    /// of orders no longer in the preview (only files the tool wrote).
    public var site: SiteBuildConfiguration
    /// Where the orders come from: a folder of saved responses, watched, or responses held in
    /// memory (the sample orders that ship with the tool).
    public var orders: PreviewOrders
    /// The orders to preview; empty means every order there is, listed again as files come and go.
    public var ids: [OrderID] = []
    /// The address to listen on: loopback unless asked otherwise.
    public var host = "127.0.0.1"
    /// The port; 0 lets the system choose a free one.
    public var port = 8080
    public var watchMode = WatchMode.events
    /// How long changes must pause before a rebuild starts (a save of many files rebuilds once)…
    public var debounce: Duration = .milliseconds(100)
    /// …but no longer than this after the first change.
    public var maximumDebounce: Duration = .milliseconds(1000)
    /// How often the folders are listed with `WatchMode.polling`.
    public var pollInterval: Duration = .milliseconds(250)
    /// How often each live-reload stream gets a comment line (`: ping`): a browser that went away
    /// is noticed only when a write to its connection fails, so without it the connection would
    /// stay open until the next rebuild.
    public var heartbeatInterval: Duration = .seconds(15)
    /// How many live-reload streams may be open at once (one per open page); a stream beyond it
    /// is refused with `503` and `Retry-After`, pages are still served.
    public var maximumEventStreams = 64
    /// How long a connection may take to send a request head, or stay unused after a response,
    /// before the server closes it. A live-reload stream is never idle: it is a response in progress.
    public var idleTimeout: Duration = .seconds(10)

    public init(site: SiteBuildConfiguration, orders: PreviewOrders) {
        self.site = site
        self.orders = orders
    }

    /// A preview of the saved responses in `ordersFolder`, watched for changes.
    public init(site: SiteBuildConfiguration, ordersFolder: URL) {
        self.init(site: site, orders: .folder(ordersFolder))
    }

    /// The folder of saved responses to watch, if the orders come from one.
    var watchedOrdersFolder: URL? {
        if case .folder(let folder) = orders { return folder }
        return nil
    }

    /// Where the builds read the orders from.
    var catalog: any OrderCatalog {
        switch orders {
        case .folder(let folder): FolderOrderSource(folder: folder)
        case .inMemory(let source): source
        }
    }

    /// Whether `host` is a loopback address (the default), reachable only from this machine.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
