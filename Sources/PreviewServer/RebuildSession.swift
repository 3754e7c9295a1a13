import DigitalDownloads
import Foundation
import SiteGenerator

/// The builds of one preview: the first full build, then one rebuild per batch of changes,
/// one at a time, each doing only what its changes need (see `RebuildPlan`), then telling the
/// open pages to reload.
actor RebuildSession {
    let configuration: PreviewConfiguration
    nonisolated let folders: RebuildPlan.Folders
    private let status: PreviewStatus
    private let hub: LiveReloadHub
    private let events: @Sendable (PreviewEvent) -> Void
    private let builder: SiteBuilder
    /// The orders in the preview, sorted.
    private var ids: [OrderID] = []
    /// After a failed full build (a broken theme), any change brings a full build, so fixing
    /// whatever broke it brings every page back.
    private var needsFullBuild = true

    init(configuration: PreviewConfiguration, status: PreviewStatus, hub: LiveReloadHub, events: @escaping @Sendable (PreviewEvent) -> Void)
    {
        self.configuration = configuration
        self.status = status
        self.hub = hub
        self.events = events
        folders = RebuildPlan.Folders(
            templates: configuration.site.templates?.standardizedFileURL.path,
            publicFolder: configuration.site.publicFolder?.standardizedFileURL.path,
            orders: configuration.watchedOrdersFolder?.standardizedFileURL.path,
            output: configuration.site.output.standardizedFileURL.path)
        var site = configuration.site
        site.prune = true
        builder = SiteBuilder(
            configuration: site, source: configuration.catalog,
            events: { event in
                switch event {
                case .pageWritten(let id, _, _, _, _):
                    status.update { $0.orderFailures[id.rawValue] = nil }
                case .orderFailed(let failure, _, _):
                    status.update { $0.orderFailures[failure.id.rawValue] = failure }
                    events(.orderFailed(failure))
                case .warning(let message):
                    events(.warning(message))
                case .planned, .orderDeferred, .flushing:
                    break
                }
            })
    }

    /// The folders to watch, as the watcher will report paths under them.
    static func watchedFolders(_ configuration: PreviewConfiguration) -> [String] {
        var folders: [String] = []
        if let templates = configuration.site.templates { folders.append(templates.standardizedFileURL.path) }
        if let publicFolder = configuration.site.publicFolder { folders.append(publicFolder.standardizedFileURL.path) }
        if let orders = configuration.watchedOrdersFolder { folders.append(orders.standardizedFileURL.path) }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    nonisolated var watched: [String] { Self.watchedFolders(configuration) }

    /// The first build. A broken theme is not fatal (the browser shows it until it is fixed); an
    /// orders folder that cannot be listed or an output folder that cannot be written is.
    func buildAll() async throws(PreviewError) {
        ids = try listOrders()
        let (summary, error) = await fullBuild()
        if let error {
            if case .output(let reason) = error { throw .output(reason) }
            events(.buildFailed(error))
        } else if let summary {
            events(.built(summary))
        }
        if ids.isEmpty {
            let place = configuration.watchedOrdersFolder.map { " to \($0.path)" } ?? ""
            events(.warning("no orders to preview yet: add saved responses (ID.json)\(place)"))
        }
    }

    /// Rebuilds after each batch of changes until the collector finishes.
    func rebuild(whenChanged collector: ChangeCollector) async {
        while let changes = await collector.nextBatch(quiet: configuration.debounce, maximumWait: configuration.maximumDebounce) {
            let plan = RebuildPlan(changes: changes, folders: folders)
            guard !plan.isEmpty else { continue }
            await apply(plan)
        }
    }

    /// The id of the first page that built, for the URL printed at start.
    func firstPageID() -> String? {
        let failures = status.snapshot.orderFailures
        return ids.first { failures[$0.rawValue] == nil }?.rawValue
    }

    func apply(_ plan: RebuildPlan) async {
        let start = ContinuousClock.now
        var report = RebuildReport(changes: plan.reasons)
        if plan.renderAll || needsFullBuild {
            ids = (try? listOrders()) ?? []
            (report.pages, report.error) = await fullBuild()
        } else {
            var toBuild = plan.orders
            if configuration.ids.isEmpty {
                if !plan.removedOrders.isEmpty {
                    report.removedPages = (try? builder.removePages(plan.removedOrders.sorted())) ?? 0
                    status.update { snapshot in
                        for id in plan.removedOrders { snapshot.orderFailures[id.rawValue] = nil }
                    }
                }
                ids = (try? listOrders()) ?? ids
            } else {
                // Only the orders asked for; a deleted response shows as that order's failure.
                toBuild = toBuild.union(plan.removedOrders).intersection(configuration.ids)
            }
            do {
                if !toBuild.isEmpty { report.pages = try await builder.buildPages(toBuild.sorted()) }
                if !plan.publicPaths.isEmpty { report.publicFiles = try builder.syncPublicFiles(plan.publicPaths.sorted()) }
            } catch {
                report.error = error
                needsFullBuild = true
                status.update { $0.buildError = error }
            }
        }
        let pages = ids.map(\.rawValue)
        status.update { $0.pages = pages }
        report.generation = hub.announceRebuild()
        report.seconds = (ContinuousClock.now - start) / .seconds(1)
        events(.rebuilt(report))
    }

    /// Builds every page and copies every public file; records whether the site could be built.
    private func fullBuild() async -> (BuildSummary?, SiteBuildError?) {
        let listed = Set(ids.map(\.rawValue))
        status.update { snapshot in
            snapshot.orderFailures = snapshot.orderFailures.filter { listed.contains($0.key) }
            snapshot.pages = listed.sorted()
        }
        do {
            let summary: BuildSummary?
            if ids.isEmpty {
                // No pages to render; the public files are still the site.
                _ = try builder.syncPublicFiles([""])
                summary = nil
            } else {
                summary = try await builder.build(ids)
            }
            needsFullBuild = false
            status.update { $0.buildError = nil }
            return (summary, nil)
        } catch {
            needsFullBuild = true
            status.update { $0.buildError = error }
            return (nil, error)
        }
    }

    private func listOrders() throws(PreviewError) -> [OrderID] {
        if !configuration.ids.isEmpty { return configuration.ids.sorted() }
        do {
            return try configuration.catalog.allOrderIDs()
        } catch {
            throw .orders(error.description)
        }
    }
}
