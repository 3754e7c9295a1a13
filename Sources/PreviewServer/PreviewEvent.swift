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

/// What one rebuild did, after which change.
public struct RebuildReport: Sendable, CustomStringConvertible {
    /// The changed paths that caused it.
    public var changes: [String] = []
    /// Pages rendered (all of them after a template change, one per saved response otherwise).
    public var pages: BuildSummary?
    public var publicFiles = PublicFilesUpdate()
    public var removedPages = 0
    /// Set when the site could not be built: the browser shows it until a change fixes it.
    public var error: SiteBuildError?
    /// The build generation the browsers were told to reload to.
    public var generation = 0
    public var seconds = 0.0

    public var description: String {
        let names = changes.prefix(3).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            + (changes.count > 3 ? " and \(changes.count - 3) more" : "")
        var done: [String] = []
        if let pages, pages.built + pages.failed > 0 {
            done.append("\(pages.built) page\(pages.built == 1 ? "" : "s") rendered, \(pages.changed) changed")
            if pages.failed > 0 { done.append("\(pages.failed) failed") }
        }
        if !publicFiles.copied.isEmpty { done.append("copied " + publicFiles.copied.joined(separator: ", ")) }
        if !publicFiles.removed.isEmpty { done.append("removed " + publicFiles.removed.joined(separator: ", ")) }
        if removedPages > 0 { done.append("\(removedPages) page\(removedPages == 1 ? "" : "s") removed") }
        if done.isEmpty { done.append("nothing to write") }
        var text = "changed \(names): " + done.joined(separator: ", ") + String(format: " in %.2f s; reloading", seconds)
        if let error { text = "changed \(names):\nerror: \(error)\n(the browser shows this error until the file is fixed)" }
        return text
    }
}
