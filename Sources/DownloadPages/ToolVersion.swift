/// The tool's version: the one place it is written. `--version` prints it and every API request
/// carries it in its `User-Agent`, so the app's logs can tell which release called.
enum ToolVersion {
    static let current = "0.2.0"

    /// `download-pages/0.2.0`
    static let userAgent = "download-pages/\(current)"
}
