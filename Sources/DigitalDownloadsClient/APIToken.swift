import Foundation

/// The Bearer token of the v1 API, kept out of every printed form.
///
/// `description`, `debugDescription` and the mirror (`dump`, `print`, string interpolation)
/// all say `[redacted]`; the value leaves only as the `Authorization` header. It is read from
/// a file or an environment variable, never from a command-line argument, which would land in
/// shell history and in every process listing.
public struct APIToken: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The environment variable read when no token file is given.
    public static let environmentVariable = "DIGITAL_DOWNLOADS_API_TOKEN"
    /// A token file larger than this is surely the wrong file.
    static let maximumFileSize = 16 * 1024

    private let value: String

    /// A token from text: surrounding whitespace and line breaks (the newline an editor or
    /// `echo` leaves at the end of a file) are trimmed; what remains must be non-empty printable
    /// ASCII without spaces, as an HTTP header value must be. `source` names where the text came
    /// from in errors, which never quote the text itself.
    public init(_ text: String, source: String = "the token") throws(APITokenError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty(source: source) }
        guard trimmed.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw .invalidCharacters(source: source) }
        value = trimmed
    }

    /// The token from `tokenFile` if given, else from `$DIGITAL_DOWNLOADS_API_TOKEN`; a clear
    /// error when there is neither.
    public static func resolve(tokenFile: String?, environment: [String: String]) throws(APITokenError) -> APIToken {
        if let tokenFile {
            return try APIToken(contentsOfFile: tokenFile)
        }
        if let text = environment[environmentVariable] {
            return try APIToken(text, source: "$\(environmentVariable)")
        }
        throw .missing
    }

    /// Reads the whole file (a trailing newline is trimmed).
    public init(contentsOfFile path: String) throws(APITokenError) {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .unreadableFile(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadableFile(path: path, reason: "it is a folder") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: path, reason: "it cannot be read; check its permissions")
        }
        guard data.count <= Self.maximumFileSize else {
            throw .unreadableFile(path: path, reason: "it is \(data.count) bytes, too large to hold a token")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .invalidCharacters(source: "token file \(path)") }
        try self.init(text, source: "token file \(path)")
    }

    /// `Bearer TOKEN`, the `Authorization` header's value.
    public var authorizationHeader: (String, String) { ("Authorization", "Bearer \(value)") }

    /// `text` with every occurrence of the token replaced by `[redacted]`.
    public func redact(_ text: String) -> String {
        text.replacingOccurrences(of: value, with: "[redacted]")
    }

    /// Whether `text` contains the token.
    public func occurs(in text: String) -> Bool {
        text.contains(value)
    }

    public var description: String { "[redacted]" }
    public var debugDescription: String { "APIToken([redacted])" }
    public var customMirror: Mirror { Mirror(self, children: ["value": "[redacted]"]) }
}
