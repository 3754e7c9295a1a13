import MarkdownRendering
import Synchronization

/// The HTML of recently rendered Markdown, by its text: a store's `text.text` is the same on every
/// order, so a build of thousands of pages parses it with cmark once rather than once a page.
/// Rendering is a pure function of the text and the heading offset, so a hit returns exactly what
/// cmark would; the table is bounded (emptied when full), so hostile orders with all different
/// texts cost a lookup each and a few megabytes at most.
final class MarkdownMemo: Sendable {
    private let entries = Mutex<[Key: String]>([:])
    /// How many texts are kept before the table starts again.
    let capacity: Int

    private struct Key: Hashable {
        let text: String
        let headingLevelOffset: Int
    }

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// `Markdown.html(from:headingLevelOffset:)`, from the table when this text was rendered lately.
    func html(from markdown: String, headingLevelOffset: Int) -> String {
        let key = Key(text: markdown, headingLevelOffset: headingLevelOffset)
        if let known = entries.withLock({ $0[key] }) { return known }
        let html = Markdown.html(from: markdown, headingLevelOffset: headingLevelOffset)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = html
        }
        return html
    }

    /// How many texts are kept now.
    var count: Int { entries.withLock { $0.count } }

    /// Shared by every page of every build in the process.
    static let shared = MarkdownMemo(capacity: 64)
}
