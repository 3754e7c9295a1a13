import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output folder as the preview serves it: maps a request path to a file inside it, and to
/// nothing else.
///
/// A request path is refused (answered 404, never 403, so nothing is revealed) when any segment,
/// once percent-decoded, is `.` or `..`, starts with `.` (hidden files, the build manifest, the
/// temporary files of atomic writes), contains `/` or `\` (an encoded slash), NUL or another
/// control character, or is badly encoded; when it has an empty segment (`//`); and when the
/// file it names, with every symbolic link resolved, is not inside the folder.
struct SiteFolder: Sendable {
    /// The folder with every symbolic link resolved.
    let root: String

    enum Resolution: Sendable, Equatable {
        /// A regular file inside the folder (symbolic links resolved), with the decoded segments that named it.
        case file(path: String, segments: [String])
        /// A folder named without its final slash: the same path with one (query kept).
        case redirect(location: String)
        case notFound(segments: [String]?)
    }

    /// Nil when the folder does not exist.
    init?(_ url: URL) {
        guard let resolved = Self.realPath(url.path) else { return nil }
        root = resolved
    }

    /// Where `rawPath` (the request target's path, still percent-encoded) leads.
    func resolve(rawPath: String, query: String? = nil) -> Resolution {
        guard let segments = Self.segments(ofRawPath: rawPath) else { return .notFound(segments: nil) }
        let wantsFolder = rawPath.hasSuffix("/")
        let named = segments.isEmpty ? root : root + "/" + segments.joined(separator: "/")
        guard let resolved = inside(named) else { return .notFound(segments: segments) }
        switch Self.kind(resolved) {
        case .folder:
            guard wantsFolder else {
                return .redirect(location: rawPath + "/" + (query.map { "?" + $0 } ?? ""))
            }
            guard let index = inside(resolved + "/index.html"), Self.kind(index) == .file else {
                return .notFound(segments: segments)
            }
            return .file(path: index, segments: segments + ["index.html"])
        case .file:
            return wantsFolder ? .notFound(segments: segments) : .file(path: resolved, segments: segments)
        case .other:
            return .notFound(segments: segments)
        }
    }

    /// The real path of `path` when it exists and is the root or inside it.
    private func inside(_ path: String) -> String? {
        guard let resolved = Self.realPath(path) else { return nil }
        return resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/") ? resolved : nil
    }

    /// The decoded segments of a path that starts with `/`; nil when any segment is refused.
    /// A final empty segment (a trailing slash) is dropped.
    static func segments(ofRawPath rawPath: String) -> [String]? {
        guard rawPath.hasPrefix("/") else { return nil }
        var raw = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if raw.last?.isEmpty == true { raw.removeLast() }
        var segments: [String] = []
        for part in raw {
            guard let decoded = percentDecoded(part), isAllowed(decoded) else { return nil }
            segments.append(decoded)
        }
        return segments
    }

    static func isAllowed(_ segment: String) -> Bool {
        guard !segment.isEmpty, !segment.hasPrefix(".") else { return false }
        return !segment.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `%XX` sequences decoded as UTF-8; nil when a sequence is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    enum Kind { case file, folder, other }

    static func kind(_ path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The path with every symbolic link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard !path.contains("\0"), let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
