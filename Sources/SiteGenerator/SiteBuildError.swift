import TemplateEngine

/// What stops a whole build before any page is written: the theme, the public folder, the
/// output folder. A failure of one order is an `OrderFailure` instead, and the build goes on.
public enum SiteBuildError: Error, Sendable, CustomStringConvertible {
    case theme(TemplateError)
    /// The theme's words: an unknown locale or a broken strings file.
    case strings(ThemeStringsError)
    case publicFolder(String)
    case output(String)
    case noOrders

    public var description: String {
        switch self {
        case .theme(let error): "the theme cannot be used:\n\(error)"
        case .strings(let error): "the theme's strings cannot be used: \(error)"
        case .publicFolder(let reason): "public files: \(reason)"
        case .output(let reason): "output folder: \(reason)"
        case .noOrders: "no orders to build: the list of order ids is empty"
        }
    }
}
