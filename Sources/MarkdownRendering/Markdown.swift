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
    public static func html(from markdown: String) -> String {
        // The input is passed with its explicit length, so an embedded NUL does
        // not truncate it; `utf8CString` always has storage (at least the NUL).
        let bytes = markdown.utf8CString
        return bytes.withUnsafeBufferPointer { buffer -> String in
            guard let text = buffer.baseAddress,
                  let rendered = cmark_markdown_to_html(text, buffer.count - 1, cmarkOptions)
            else {
                return ""
            }
            // cmark hands ownership of the malloc'd buffer to the caller.
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}
