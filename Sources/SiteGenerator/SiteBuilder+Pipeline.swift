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

        /// Not a failure: the budget left the order for a later run.
        var isDeferred: Bool {
            if case .failure(let failure) = outcome, case .fetch(.deferred) = failure.reason { return true }
            return false
        }
    }

    /// At most `concurrency` orders in flight; results are kept small (no page bodies).
    func renderPages(_ ids: [OrderID], theme: ThemeRenderer, output: OutputFolder) async -> [PageResult] {
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
                    events(
                        .pageWritten(
                            result.id, changed: outcome != .unchanged, origin: result.origin ?? .saved, done: results.count,
                            total: total))
                case .failure where result.isDeferred:
                    events(.orderDeferred(result.id, done: results.count, total: total))
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
        let response: CustomerAccountOrderResponse
        do {
            response = try CustomerAccountOrderResponse.decode(from: body, orderID: id.rawValue)
        } catch {
            return failed(.decode(error), warnings: warnings)
        }
        let page = OrderPage(id: id, response: response, strings: theme.strings)
        let html: [UInt8]
        warnings += page.warnings
        do {
            let rendering = try theme.render(page.context)
            html = rendering.bytes
            warnings += rendering.warnings.map { "order \(id): \($0.message)" }
        } catch {
            return failed(.render(error), warnings: warnings)
        }
        do {
            let file = try output.file(["orders", id.rawValue, "index.html"])
            let outcome = try AtomicFile.write(html, to: file)
            return PageResult(id: id, outcome: .success(outcome), warnings: warnings, origin: sourced.origin)
        } catch {
            return failed(.write("\(error)"), warnings: warnings)
        }
    }
}
