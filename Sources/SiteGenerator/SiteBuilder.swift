import DigitalDownloads
import Foundation
import SiteOutput
import TemplateEngine

/// Builds the static site: the theme is checked first, then orders stream through a bounded
/// pipeline (fetch, decode, render, write) so that memory stays flat however many there are,
/// each page written atomically and only when its bytes changed.
public struct SiteBuilder: Sendable {
    public let configuration: SiteBuildConfiguration
    public let source: any OrderSource
    /// Monotonic time, injected so tests need not depend on the machine's clock.
    let uptime: @Sendable () -> Duration
    let events: @Sendable (BuildEvent) -> Void
    /// The flush ``SiteBuildConfiguration/flushesToDisk`` asks for, injected so tests can see
    /// when it comes (a real one leaves no trace to check).
    let flushFileSystem: @Sendable (OutputFolder) throws -> Void

    public init(
        configuration: SiteBuildConfiguration, source: any OrderSource,
        uptime: @escaping @Sendable () -> Duration = { .nanoseconds(DispatchTime.now().uptimeNanoseconds) },
        events: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) {
        self.init(configuration: configuration, source: source, uptime: uptime, events: events) { try $0.synchronize() }
    }

    init(
        configuration: SiteBuildConfiguration, source: any OrderSource,
        uptime: @escaping @Sendable () -> Duration, events: @escaping @Sendable (BuildEvent) -> Void,
        flushFileSystem: @escaping @Sendable (OutputFolder) throws -> Void
    ) {
        self.configuration = configuration
        self.source = source
        self.uptime = uptime
        self.events = events
        self.flushFileSystem = flushFileSystem
    }

    /// Builds a page for each id. Orders that fail keep their last good page and are listed in
    /// the summary; only a problem with the theme or the output folder throws.
    ///
    /// In order: the theme is checked (nothing is written if it is broken), the public files
    /// are copied, the pages are rendered and written, then the manifest records what the
    /// site now holds, pruning what the build no longer asked for.
    public func build(_ ids: [OrderID]) async throws(SiteBuildError) -> BuildSummary {
        let start = uptime()
        guard !ids.isEmpty else { throw .noOrders }
        let theme = try configuration.loadTheme()
        let renderer = try ThemeRenderer(theme, configuration: configuration)
        let output = try openOutputFolder()
        // A build killed half way leaves its temporary files; they are the tool's to remove.
        try UnfinishedBuildMarker.begin(in: output)
        var manifest = BuildManifest()
        var summary = BuildSummary()
        let stopped: Bool
        do {
            // The previous manifest lives only in this scope: with 100,000 pages, holding it while
            // the new one is written out would hold two of them at once.
            let previous = BuildManifest.load(from: output)
            if configuration.copiesPublicFiles {
                manifest.publicFiles = try copyPublicFiles(of: theme, to: output)
            }
            let plan = await source.plan(ids)
            events(.planned(plan))
            // Sized once: a dictionary of 100,000 pages that doubles near the end holds both sizes.
            manifest.pages.reserveCapacity(max(ids.count, previous.pages.count))
            let inputs = PageInputs(theme: theme, strings: renderer.strings, configuration: configuration)
            // Opened on the first page written; a problem with it fails each page, naming it.
            let pages: OpenFolder
            do {
                pages = try OpenFolder(BuildManifest.pagesFolder, in: output)
            } catch {
                throw SiteBuildError.output("\(error)")
            }
            let work = PageWork(theme: renderer, inputs: inputs, previous: previous.pages, pages: pages)
            await renderPages(plan.order, work: work) { result in
                summary.record(result, into: &manifest, previous: previous)
            }
            summary.deferredIDs.sort()
            stopped = configuration.failFast && summary.failed > 0
            summary.pruned = reconcile(&manifest, with: previous, requested: ids, prune: configuration.prune && !stopped, in: output)
        }
        do {
            // Pages are written without a flush each (see AtomicFile.Durability). Asked for, one
            // flush for all of them comes before the manifest that says they are there.
            if configuration.flushesToDisk {
                events(.flushing)
                try flushFileSystem(output)
            }
            try manifest.save(to: output)
        } catch {
            throw .output("\(error)")
        }
        UnfinishedBuildMarker.end(in: output)
        let report = await source.finish(requested: ids, prune: configuration.prune && !stopped)
        summary.cache = report.cache
        summary.fullRefreshSeconds = report.fullRefresh.map { $0 / .seconds(1) }
        summary.seconds = (uptime() - start) / .seconds(1)
        return summary
    }

    func openOutputFolder() throws(SiteBuildError) -> OutputFolder {
        do {
            return try OutputFolder(configuration.output)
        } catch {
            throw .output("\(error)")
        }
    }
}
