/// The `ETag` and `Last-Modified` of a served file, and whether a conditional request may be
/// answered `304 Not Modified` (RFC 9110 §13).
struct FileValidators: Sendable, Equatable {
    /// A strong entity tag, quoted: changes whenever the file's size, modification time (to the
    /// nanosecond) or inode changes, and differs between a file's bytes and the HTML the preview
    /// serves for it.
    let etag: String
    /// The modification time, in whole seconds since 1970.
    let lastModified: Int

    init(size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, inode: UInt64, variant: String? = nil) {
        let base = [UInt64(inode), UInt64(max(0, size)), UInt64(max(0, modifiedSeconds)), UInt64(max(0, modifiedNanoseconds))]
            .map { String($0, radix: 16) }.joined(separator: "-")
        etag = "\"" + base + (variant.map { "-" + $0 } ?? "") + "\""
        lastModified = modifiedSeconds
    }

    var lastModifiedHeader: String { HTTPDate.format(lastModified) }

    /// True when the request's validators show the client already has this version.
    ///
    /// `If-None-Match` wins when present (weak comparison, `*` matches anything); otherwise
    /// `If-Modified-Since` is honoured when it is a valid date not earlier than the file's time.
    func isNotModified(ifNoneMatch: String?, ifModifiedSince: String?) -> Bool {
        if let ifNoneMatch {
            return ifNoneMatch.split(separator: ",").contains { tag in
                let tag = tag.trimmingWhitespace()
                return tag == "*" || Self.opaque(tag) == Self.opaque(Substring(etag))
            }
        }
        if let ifModifiedSince, let since = HTTPDate.parse(ifModifiedSince) {
            return lastModified <= since
        }
        return false
    }

    /// The tag without a weak prefix, for weak comparison.
    private static func opaque(_ tag: Substring) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : tag
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
