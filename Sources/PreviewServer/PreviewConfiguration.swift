import DigitalDownloads
import Foundation
import SiteGenerator

/// Everything `download-pages preview` needs: the build, where orders come from, where to listen,
/// how to watch.
public struct PreviewConfiguration: Sendable {
    /// The build: output folder, theme templates, public folder, options. Full builds prune pages
    /// of orders no longer in the preview (only files the tool wrote).
    public var site: SiteBuildConfiguration
    /// The folder of saved responses (the merchant's own, or the sample orders).
    public var ordersFolder: URL
    /// Whether to watch the orders folder (not worth it for the sample orders that ship with the tool).
    public var watchOrders = true
    /// The orders to preview; empty means every order in the folder, listed again as files come and go.
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

    public init(site: SiteBuildConfiguration, ordersFolder: URL) {
        self.site = site
        self.ordersFolder = ordersFolder
    }

    /// Whether `host` is a loopback address (the default), reachable only from this machine.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
