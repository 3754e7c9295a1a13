import Foundation
import SiteGenerator

/// What the preview reports as it runs, for the terminal (each has a one-line-or-more `description`).
public enum PreviewEvent: Sendable, CustomStringConvertible {
    /// A full build finished (the first one, or after a template change).
    case built(BuildSummary)
    /// The site could not be built (a template error, above all): the browser shows the error page.
    case buildFailed(SiteBuildError)
    /// An order failed; its page shows the reason in the browser.
    case orderFailed(OrderFailure)
    case warning(String)
    case watching(WatchMode, folders: [String])
    /// File events could not be used, so the folders are polled.
    case pollingInstead(reason: String)
    case serving(PreviewAddress, loopback: Bool)
    /// A rebuild after files changed.
    case rebuilt(RebuildReport)
    case stopped

    public var description: String {
        switch self {
        case .built(let summary):
            return "\(summary)"
        case .buildFailed(let error):
            return "error: \(error)"
        case .orderFailed(let failure):
            return "error: \(failure)"
        case .warning(let message):
            return "warning: \(message)"
        case .watching(let mode, let folders):
            let how = mode == .events ? "file events" : "polling"
            return "watching (\(how)): " + folders.joined(separator: ", ")
        case .pollingInstead(let reason):
            return "warning: file events unavailable (\(reason)); polling the folders instead"
        case .serving(let address, let loopback):
            var text = "serving the preview at \(address.root.absoluteString)"
            if !loopback {
                text += "\nwarning: listening on \(address.host), not only this machine: anyone on the network can open these pages"
            }
            return text
        case .rebuilt(let report):
            return report.description
        case .stopped:
            return "preview stopped"
        }
    }
}
