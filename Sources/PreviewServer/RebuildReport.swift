import Foundation
import SiteGenerator

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
        let names =
            changes.prefix(3).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
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
