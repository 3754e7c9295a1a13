import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders CommonMark to HTML with cmark, in safe mode (raw HTML and
/// `javascript:`/`vbscript:`/`file:`/`data:` (non-image) links dropped) with
/// smart punctuation.
///
/// The rendered pages carry private download links and show text written by
/// merchants, so that text must never be able to inject HTML or script into
/// the page: rendering is always safe, and there is deliberately no switch to
/// turn that off.
public enum Markdown {
    /// Returns the HTML for `markdown`.
    ///
    /// Never fails: any input, including malformed Markdown, yields some HTML.
    /// Invalid UTF-8 and NUL characters come out as U+FFFD. An empty input
    /// yields an empty string.
    ///
    /// - Parameter headingLevelOffset: added to every heading's level (at most 6), so
    ///   that a merchant's `# Heading` fits under the page's own `h1`.
    public static func html(from markdown: String, headingLevelOffset: Int = 0) -> String {
        // The input is passed with its explicit length, so an embedded NUL does
        // not truncate it; `utf8CString` always has storage (at least the NUL).
        let bytes = markdown.utf8CString
        return bytes.withUnsafeBufferPointer { buffer -> String in
            guard let text = buffer.baseAddress,
                let document = cmark_parse_document(text, buffer.count - 1, cmarkOptions)
            else {
                return ""
            }
            defer { cmark_node_free(document) }
            if headingLevelOffset != 0 { shiftHeadings(in: document, by: headingLevelOffset) }
            guard let rendered = cmark_render_html(document, cmarkOptions) else { return "" }
            // cmark hands ownership of the malloc'd buffer to the caller.
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    private static func shiftHeadings(in document: OpaquePointer, by offset: Int) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            // Headings are containers: visited on entry and on exit; shift once.
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_HEADING
            else { continue }
            let level = Int(cmark_node_get_heading_level(node)) + offset
            cmark_node_set_heading_level(node, Int32(min(6, max(1, level))))
        }
    }
}
