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

    public init(
        configuration: SiteBuildConfiguration, source: any OrderSource,
        uptime: @escaping @Sendable () -> Duration = { .nanoseconds(DispatchTime.now().uptimeNanoseconds) },
        events: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.source = source
        self.uptime = uptime
        self.events = events
    }

    /// Builds a page for each id. Orders that fail keep their last good page and are listed in
    /// the summary; only a problem with the theme or the output folder throws.
    public func build(_ ids: [OrderID]) async throws(SiteBuildError) -> BuildSummary {
        let start = uptime()
        guard !ids.isEmpty else { throw .noOrders }
        let theme = try loadTheme()
        let output: OutputFolder
        do {
            output = try OutputFolder(configuration.output)
        } catch {
            throw .output("\(error)")
        }
        let previous = BuildManifest.load(from: output)
        var manifest = BuildManifest()
        var summary = BuildSummary()

        if let publicFolder = configuration.publicFolder {
            let files = PublicFiles(directory: publicFolder)
            for path in try files.relativePaths() {
                _ = try files.copy(path, to: output)
                manifest.publicFiles.insert(path)
            }
        }

        let results = await renderPages(ids, theme: theme, output: output)
        for result in results {
            summary.warnings += result.warnings
            switch result.outcome {
            case .success(let outcome):
                summary.built += 1
                if outcome == .unchanged { summary.unchanged += 1 } else { summary.changed += 1 }
                manifest.pages.insert(result.id.rawValue)
            case .failure(let failure):
                summary.failed += 1
                summary.failures.append(.init(id: result.id.rawValue, reason: failure.description))
                // The last good page stays, and stays the tool's to prune later.
                if previous.pages.contains(result.id.rawValue) { manifest.pages.insert(result.id.rawValue) }
            }
        }
        let stopped = configuration.failFast && summary.failed > 0
        let requested = Set(ids.map(\.rawValue))
        for page in previous.pages where !requested.contains(page) {
            if configuration.prune && !stopped {
                try? output.remove(relativePath: BuildManifest.pagePath(page))
                summary.pruned += 1
            } else {
                manifest.pages.insert(page)
            }
        }
        for path in previous.publicFiles where !manifest.publicFiles.contains(path) {
            if configuration.prune && !stopped {
                try? output.remove(relativePath: path)
            } else {
                manifest.publicFiles.insert(path)
            }
        }
        do {
            try manifest.save(to: output)
        } catch {
            throw .output("\(error)")
        }
        let elapsed = (uptime() - start).components
        summary.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        return summary
    }

    private func loadTheme() throws(SiteBuildError) -> ThemeRenderer {
        do {
            let library = try TemplateLibrary(directory: configuration.templates)
            let template = try library.compiled(configuration.pageTemplate)
            return ThemeRenderer(library: library, template: template, options: RenderOptions(strict: configuration.strictTemplates))
        } catch {
            throw .theme(error)
        }
    }

    struct PageResult: Sendable {
        let id: OrderID
        let outcome: Result<AtomicFile.Outcome, OrderFailure>
        let warnings: [String]
    }

    /// At most `concurrency` orders in flight; results are kept small (no page bodies).
    private func renderPages(_ ids: [OrderID], theme: ThemeRenderer, output: OutputFolder) async -> [PageResult] {
        let total = ids.count
        let width = max(1, configuration.concurrency)
        return await withTaskGroup(of: PageResult.self) { group in
            var results: [PageResult] = []
            results.reserveCapacity(total)
            var next = 0
            var stop = false
            func schedule() {
                guard next < ids.count, !stop else { return }
                let id = ids[next]
                next += 1
                group.addTask { await buildPage(id, theme: theme, output: output) }
            }
            for _ in 0..<min(width, ids.count) { schedule() }
            while let result = await group.next() {
                results.append(result)
                for warning in result.warnings { events(.warning(warning)) }
                switch result.outcome {
                case .success(let outcome):
                    events(.pageWritten(result.id, changed: outcome != .unchanged, done: results.count, total: total))
                case .failure(let failure):
                    events(.orderFailed(failure, done: results.count, total: total))
                    if configuration.failFast {
                        stop = true
                        group.cancelAll()
                    }
                }
                schedule()
            }
            return results
        }
    }

    private func buildPage(_ id: OrderID, theme: ThemeRenderer, output: OutputFolder) async -> PageResult {
        func failed(_ reason: OrderFailure.Reason, warnings: [String] = []) -> PageResult {
            PageResult(id: id, outcome: .failure(OrderFailure(id: id, reason: reason)), warnings: warnings)
        }
        let body: Data
        do {
            body = try await source.responseBody(for: id)
        } catch {
            return failed(.fetch(error))
        }
        let response: CustomerAccountOrderResponse
        do {
            response = try CustomerAccountOrderResponse.decode(from: body, orderID: id.rawValue)
        } catch {
            return failed(.decode(error))
        }
        let page = OrderPage(id: id, response: response, strings: configuration.strings)
        let html: String
        var warnings = page.warnings
        do {
            let rendering = try theme.render(page.context)
            html = rendering.output
            warnings += rendering.warnings.map { "order \(id): \($0.message)" }
        } catch {
            return failed(.render(error), warnings: warnings)
        }
        do {
            let file = try output.file(["orders", id.rawValue, "index.html"])
            let outcome = try AtomicFile.write(Data(html.utf8), to: file)
            return PageResult(id: id, outcome: .success(outcome), warnings: warnings)
        } catch {
            return failed(.write("\(error)"), warnings: warnings)
        }
    }
}

/// The compiled page template with its partials, shared by every page of a build.
struct ThemeRenderer: Sendable {
    let library: TemplateLibrary
    let template: Template
    let options: RenderOptions

    func render(_ context: TemplateValue) throws(TemplateError) -> Rendering {
        try template.render(context, library: library, options: options)
    }
}
