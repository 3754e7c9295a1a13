import Foundation
import MarkdownRendering

/// The HTML of recently rendered Markdown, by its text: a store's `text.text` is the same on every
/// order, so a build of thousands of pages parses it with cmark once rather than once a page.
/// Rendering is a pure function of the text and the heading offset, so a hit returns exactly what
/// cmark would; the table is a ``BoundedMemo`` (each text already cut to 64 KiB by the page).
final class MarkdownMemo: Sendable {
    private let table: BoundedMemo<Key, String>
    /// How many texts are kept before the table starts again.
    var capacity: Int { table.capacity }

    /// The text by its UTF-8 bytes, as cmark reads it: `String`'s own `==` and hash take
    /// canonically equivalent texts for one (`"e\u{301}"` and `"é"`, U+1FEF and a backtick), whose
    /// Markdown can differ.
    struct Key: Hashable {
        let text: String
        let headingLevelOffset: Int

        static func == (lhs: Key, rhs: Key) -> Bool {
            guard lhs.headingLevelOffset == rhs.headingLevelOffset, lhs.text.utf8.count == rhs.text.utf8.count else { return false }
            // One `memcmp` of the bytes: comparing the two UTF-8 views element by element took a
            // few instructions a byte, for the whole store text of every page.
            var left = lhs.text
            var right = rhs.text
            return left.withUTF8 { leftBytes in
                right.withUTF8 { rightBytes in
                    guard let leftBase = leftBytes.baseAddress, let rightBase = rightBytes.baseAddress else { return true }
                    return memcmp(leftBase, rightBase, leftBytes.count) == 0
                }
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(headingLevelOffset)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init(capacity: Int) {
        table = BoundedMemo(capacity: capacity)
    }

    /// `Markdown.html(from:headingLevelOffset:)`, from the table when this text was rendered lately.
    func html(from markdown: String, headingLevelOffset: Int) -> String {
        table.value(for: Key(text: markdown, headingLevelOffset: headingLevelOffset)) {
            Markdown.html(from: markdown, headingLevelOffset: headingLevelOffset)
        }
    }

    /// How many texts are kept now.
    var count: Int { table.count }

    /// Shared by every page of every build in the process.
    static let shared = MarkdownMemo(capacity: 64)
}
