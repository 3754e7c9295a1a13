import SiteGenerator

/// Turns build events into lines for standard error: a progress line redrawn in place on a
/// terminal, and every warning and failure as its own line (what a CI log needs).
struct BuildEventFormatter: Sendable {
    let isTerminal: Bool

    init(isTerminal: Bool) {
        self.isTerminal = isTerminal
    }

    /// The text to write for `event`, or nil to write nothing.
    func text(for event: BuildEvent) -> String? {
        switch event {
        case .warning(let message):
            return clearLine + "warning: \(message)\n"
        case .orderFailed(let failure, let done, let total):
            return clearLine + "error: \(failure)\n" + progress(done: done, total: total)
        case .pageWritten(_, _, let done, let total):
            return progress(done: done, total: total)
        }
    }

    /// Ends the progress line before the summary is printed.
    var finish: String { isTerminal ? "\r\u{1B}[2K" : "" }

    private var clearLine: String { isTerminal ? "\r\u{1B}[2K" : "" }

    private func progress(done: Int, total: Int) -> String {
        guard isTerminal else { return "" }
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\r\u{1B}[2K\(bar) \(done)/\(total) orders"
    }
}
