import Foundation

/// One file of a theme as a build uses it, and where it came from, so that a message can point to
/// the file a person would edit.
public struct ThemeFile: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        /// Compiled into the tool.
        case builtIn
        /// From the user's theme folder, at this file's location on disk.
        case folder(URL)
    }

    /// `/`-separated, relative to its folder: `partials/asset.mustache`, `style.css`.
    public let path: String
    public let bytes: Data
    public let origin: Origin

    public init(path: String, bytes: Data, origin: Origin) {
        self.path = path
        self.bytes = bytes
        self.origin = origin
    }

    /// How messages name the file: its path on disk, or `built-in PATH`.
    public var displayPath: String {
        switch origin {
        case .builtIn: "built-in \(path)"
        case .folder(let url): url.path
        }
    }
}
