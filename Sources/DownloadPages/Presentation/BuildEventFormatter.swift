import SiteGenerator
import Synchronization

/// Turns build events into lines for standard error: a progress line redrawn in place on a
/// terminal (at most ten times a second), and every warning and failure as its own line (what a
/// CI log needs).
///
/// For an API build the line counts requests: "412 of 900 fetched, 300 from cache, ETA 3m10s at
/// 60/min"; otherwise it is a bar of pages with their rate and an ETA: "█████░░░ 9065/15608 orders,
/// 1840 pages/s, ETA 4s".
final class BuildEventFormatter: Sendable {
    let isTerminal: Bool
    /// Requests per minute the tool keeps to, for the ETA; nil to use the rate seen so far.
    let requestsPerMinute: Int?
    private let state: Mutex<State>
    private let clock = ContinuousClock()

    private struct State {
        var plan: FetchPlan?
        var fetched = 0
        var fromCache = 0
        var started: ContinuousClock.Instant?
        var lastDrawn: ContinuousClock.Instant?
        /// The last counts of a folder build, for the bar drawn again under a warning.
        var done: Int?
        var total: Int?
    }

    init(isTerminal: Bool, requestsPerMinute: Int? = nil) {
        self.isTerminal = isTerminal
        self.requestsPerMinute = requestsPerMinute
        state = Mutex(State())
    }

    /// The text to write for `event`, or nil to write nothing.
    func text(for event: BuildEvent) -> String? {
        let now = clock.now
        return state.withLock { state -> String? in
            if state.started == nil { state.started = now }
            switch event {
            case .planned(let plan):
                state.plan = plan
                return nil
            case .warning(let message):
                return clearLine + "warning: \(TerminalText.message(message))\n"
                    + progress(&state, done: nil, total: nil, now: now, force: true)
            case .orderFailed(let failure, let done, let total):
                return clearLine + "error: \(TerminalText.message(failure.description))\n"
                    + progress(&state, done: done, total: total, now: now, force: true)
            case .orderDeferred(_, let done, let total):
                return progress(&state, done: done, total: total, now: now, force: false)
            case .pageWritten(_, _, let origin, let done, let total):
                switch origin {
                case .fetched: state.fetched += 1
                case .cached, .stale: state.fromCache += 1
                case .saved: break
                }
                return progress(&state, done: done, total: total, now: now, force: done == total)
            case .flushing:
                return isTerminal ? clearLine + "flushing the site to disk…" : nil
            }
        }
    }

    /// Ends the progress line before the summary is printed.
    var finish: String { isTerminal ? "\r\u{1B}[2K" : "" }

    private var clearLine: String { isTerminal ? "\r\u{1B}[2K" : "" }

    private func progress(_ state: inout State, done: Int?, total: Int?, now: ContinuousClock.Instant, force: Bool) -> String {
        guard isTerminal else { return "" }
        // A warning carries no counts: the bar under it shows the last ones.
        if let done, let total { (state.done, state.total) = (done, total) }
        if !force, let last = state.lastDrawn, now - last < .milliseconds(100) { return "" }
        state.lastDrawn = now
        if let plan = state.plan, plan.fetches > 0 {
            return "\r\u{1B}[2K" + requestLine(state, plan: plan, now: now)
        }
        guard let done = state.done, let total = state.total else {
            state.lastDrawn = nil  // nothing drawn: the next page draws the bar
            return ""
        }
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\r\u{1B}[2K\(bar) \(done)/\(total) orders" + Self.pace(done: done, total: total, elapsed: state.started.map { now - $0 })
    }

    /// Per second, once enough has been counted to tell a rate: a tenth of a second and ten
    /// pages (or requests). Sooner, the first few (a connection being set up, the theme checked)
    /// would skew it; later, a build of a second would show no ETA for most of its run. The rate
    /// is taken again at every redraw, so an early guess is soon corrected.
    static func rate(count: Int, elapsed: Duration?) -> Double? {
        guard let elapsed, elapsed >= .milliseconds(100), count >= 10 else { return nil }
        return Double(count) / (elapsed / .seconds(1))
    }

    /// "ETA 4s", or "ETA <1s" for what is left of the last second (rather than "ETA 0s").
    static func eta(seconds: Double) -> String {
        seconds < 1 ? "ETA <1s" : "ETA \(ShortDuration(.seconds(seconds)))"
    }

    /// ", 1840 pages/s, ETA 4s" once ``rate(count:elapsed:)`` can tell one.
    static func pace(done: Int, total: Int, elapsed: Duration?) -> String {
        guard let rate = rate(count: done, elapsed: elapsed) else { return "" }
        var text = ", \(Int(rate.rounded())) pages/s"
        if done < total, rate > 0 { text += ", " + eta(seconds: Double(total - done) / rate) }
        return text
    }

    /// "412 of 900 fetched, 300 from cache, ETA 3m10s at 60/min".
    private func requestLine(_ state: State, plan: FetchPlan, now: ContinuousClock.Instant) -> String {
        var line = "\(state.fetched) of \(plan.fetches) fetched, \(state.fromCache) from cache"
        let left = plan.fetches - state.fetched
        let elapsed = state.started.map { now - $0 } ?? .zero
        let rate: Double? =
            if let requestsPerMinute {
                Double(requestsPerMinute)
            } else {
                Self.rate(count: state.fetched, elapsed: elapsed).map { $0 * 60 }
            }
        if left > 0, let rate, rate > 0 {
            line += ", " + Self.eta(seconds: Double(left) / rate * 60) + " at \(Int(rate.rounded()))/min"
        }
        return line
    }
}
