import DigitalDownloads
import Foundation
import SiteOutput
import TemplateEngine

/// The bounded pipeline every page goes through: fetch, decode, render, write.
extension SiteBuilder {
    struct PageResult: Sendable {
        let id: OrderID
        let outcome: Result<AtomicFile.Outcome, OrderFailure>
        let warnings: [String]
        /// Where the response came from, once there was one.
        var origin: ResponseOrigin? = nil
        /// What the manifest records of the page, once it is on disk.
        var record: PageRecord? = nil
        /// The page was kept as it was, its inputs unchanged: nothing decoded, rendered or written.
        var reused = false

        /// Not a failure: the budget left the order for a later run.
        var isDeferred: Bool {
            if case .failure(let failure) = outcome, case .fetch(.deferred) = failure.reason { return true }
            return false
        }
    }

    /// What every page of one build shares.
    struct PageWork: Sendable {
        let theme: ThemeRenderer
        let inputs: PageInputs
        /// The pages the previous build left, with what they were made from.
        let previous: [String: PageRecord]
        /// `orders/`, opened once: each page is `orders/ID/index.html` below it.
        let pages: OpenFolder
    }

    /// At most `concurrency` orders in flight; each result is handed to `handle` as it comes and
    /// not kept, so memory does not grow with the number of orders.
    func renderPages(_ ids: [OrderID], work: PageWork, handle: (PageResult) -> Void) async {
        let total = ids.count
        let width = max(1, configuration.concurrency)
        await withTaskGroup(of: PageResult.self) { group in
            var done = 0
            var next = 0
            var stop = false
            func schedule() {
                guard next < ids.count, !stop else { return }
                let id = ids[next]
                next += 1
                group.addTask { await buildPage(id, work: work) }
            }
            for _ in 0..<min(width, ids.count) { schedule() }
            while let result = await group.next() {
                done += 1
                handle(result)
                for warning in result.warnings { events(.warning(warning)) }
                switch result.outcome {
                case .success(let outcome):
                    events(
                        .pageWritten(
                            result.id, changed: outcome != .unchanged, origin: result.origin ?? .saved, done: done,
                            total: total))
                case .failure where result.isDeferred:
                    events(.orderDeferred(result.id, done: done, total: total))
                case .failure(let failure):
                    events(.orderFailed(failure, done: done, total: total))
                    if configuration.failFast {
                        stop = true
                        group.cancelAll()
                    }
                }
                schedule()
            }
        }
    }

    /// A page is `orders/ID/index.html`, so that any static host serves it at `/orders/ID/`.
    static let pageFileName = "index.html"

    private func buildPage(_ id: OrderID, work: PageWork) async -> PageResult {
        func failed(_ reason: OrderFailure.Reason, warnings: [String] = []) -> PageResult {
            PageResult(id: id, outcome: .failure(OrderFailure(id: id, reason: reason)), warnings: warnings)
        }
        let sourced: SourcedResponse
        do {
            sourced = try await source.response(for: id)
        } catch {
            return failed(.fetch(error))
        }
        let body = sourced.body
        var warnings: [String] = []
        if case .stale(let age, let reason) = sourced.origin {
            warnings.append("order \(id): built from the cached response of \(ShortDuration(age)) ago, as the fetch failed: \(reason)")
        }
        let inputs = work.inputs.digest(body: body)
        if configuration.reusesUnchangedPages, let record = work.previous[id.rawValue], record.inputs == inputs,
            let stamp = record.file, work.pages.stamp(of: Self.pageFileName, inSubfolder: id.rawValue) == stamp
        {
            return PageResult(
                id: id, outcome: .success(.unchanged), warnings: warnings + record.warnings, origin: sourced.origin, record: record,
                reused: true)
        }
        let response: CustomerAccountOrderResponse
        do {
            response = try CustomerAccountOrderResponse.decode(from: body, orderID: id.rawValue)
        } catch {
            return failed(.decode(error), warnings: warnings)
        }
        let orderPage = OrderPage(id: id, response: response, strings: work.theme.strings)
        let html: [UInt8]
        let pageWarningsStart = warnings.count
        warnings += orderPage.warnings
        do {
            let rendering = try work.theme.render(orderPage.context)
            html = rendering.bytes
            warnings += rendering.warnings.map { "order \(id): \($0.message)" }
        } catch {
            return failed(.render(error), warnings: warnings)
        }
        do {
            let written = try AtomicFile.write(
                html, named: Self.pageFileName, inSubfolder: id.rawValue, of: work.pages, durability: .deferred)
            // The stale-response warning belongs to this run, not to the page.
            let record = PageRecord(inputs: inputs, file: written.stamp, warnings: Array(warnings[pageWarningsStart...]))
            return PageResult(id: id, outcome: .success(written.outcome), warnings: warnings, origin: sourced.origin, record: record)
        } catch {
            return failed(.write("\(error)"), warnings: warnings)
        }
    }
}
