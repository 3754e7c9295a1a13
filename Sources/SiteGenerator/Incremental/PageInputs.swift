import Foundation
import SiteOutput

/// Everything besides the order that goes into every page of a build, hashed once: a page whose
/// order body hashes the same on top of this was made from exactly the same inputs.
///
/// A change to any template, strings file or public file of the theme, to the locale, to the
/// strictness, to the page template's name or to the tool makes every page again; a change to one
/// order makes only its page again.
struct PageInputs: Sendable {
    private let shared: ContentHasher

    init(theme: Theme, strings: ThemeStrings, configuration: SiteBuildConfiguration) {
        var hasher = ContentHasher()
        hasher.combine("download-pages page inputs 1")
        hasher.combine(configuration.toolIdentity)
        hasher.combine(ToolBinary.stamp)
        for (path, file) in theme.templateFiles.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(file.bytes)
        }
        for (path, file) in theme.publicFiles.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(file.bytes)
        }
        // The words in use, which may not come from the theme's files (a caller can give them).
        hasher.combine(strings.locale)
        for (key, entry) in strings.entries.sorted(by: { $0.key < $1.key }) {
            hasher.combine(key)
            switch entry {
            case .text(let text):
                hasher.combine(0)
                hasher.combine(text)
            case .plural(let one, let other):
                hasher.combine(one == nil ? 1 : 2)
                hasher.combine(one ?? "")
                hasher.combine(other)
            }
        }
        hasher.combine(configuration.strictTemplates)
        hasher.combine(configuration.pageTemplate)
        shared = hasher
    }

    /// The digest of the page made from `body` with these shared inputs.
    func digest(body: Data) -> ContentDigest {
        var hasher = shared
        hasher.combine(body)
        return hasher.finalize()
    }
}

/// The running executable's size and modification time: a rebuilt or upgraded tool may render
/// differently even under the same version number, so its pages are made again.
enum ToolBinary {
    static let stamp: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        guard let stamp = FileStamp(of: URL(fileURLWithPath: path)) else { return "unknown" }
        return "\(stamp.size) \(stamp.modified)"
    }()
}
