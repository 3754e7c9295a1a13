import Foundation
import TemplateEngine

/// A theme as a build uses it: the user's folders over a base theme (the built-in one), file by
/// file, the way Hugo looks up themes. A file in a folder replaces the base file of the same path;
/// every other file comes from the base. So a merchant who wants another asset card writes one
/// `partials/asset.mustache` and keeps the rest.
///
/// Strings files (`strings/LOCALE.json`) are the exception: both versions are kept, so a theme's
/// file can override single keys (see `strings(locale:)`).
public struct Theme: Sendable {
    /// The user's templates folder, when one is in use.
    public let templatesFolder: URL?
    /// The user's public folder, when one is in use.
    public let publicFolder: URL?
    /// Every file of the templates folder that the build reads (templates and strings files),
    /// the folder's over the base theme's.
    public let templateFiles: [String: ThemeFile]
    /// Every public file, the folder's over the base theme's.
    public let publicFiles: [String: ThemeFile]
    /// The base theme's templates folder, for the strings files a folder only partly overrides.
    let baseTemplateFiles: [String: Data]

    /// Reads the folders (either may be nil) over `base`. A folder that is given must exist.
    public init(templatesFolder: URL?, publicFolder: URL?, base: ThemeFileSet = .builtIn) throws(SiteBuildError) {
        self.templatesFolder = templatesFolder
        self.publicFolder = publicFolder
        baseTemplateFiles = base.templateFiles.filter { Self.isTemplateFolderFile($0.key) }

        var templates: [String: ThemeFile] = [:]
        for (path, bytes) in baseTemplateFiles {
            templates[path] = ThemeFile(path: path, bytes: bytes, origin: .builtIn)
        }
        if let templatesFolder {
            for (path, url) in try Self.read(templatesFolder, error: { .theme(.unreadable(path: $0, reason: $1)) })
            where Self.isTemplateFolderFile(path) {
                guard let bytes = FileManager.default.contents(atPath: url.path) else {
                    throw .theme(.unreadable(path: url.path, reason: "cannot read the file"))
                }
                templates[path] = ThemeFile(path: path, bytes: bytes, origin: .folder(url))
            }
        }
        templateFiles = templates

        var publics: [String: ThemeFile] = [:]
        for (path, bytes) in base.publicFiles {
            publics[path] = ThemeFile(path: path, bytes: bytes, origin: .builtIn)
        }
        if let publicFolder {
            for (path, url) in try Self.read(publicFolder, error: { .publicFolder("\($0): \($1)") }) {
                guard let bytes = FileManager.default.contents(atPath: url.path) else {
                    throw .publicFolder("\(url.path): cannot read")
                }
                publics[path] = ThemeFile(path: path, bytes: bytes, origin: .folder(url))
            }
        }
        publicFiles = publics
    }

    /// The theme's templates, compiled: each `*.mustache` file by its path without the extension
    /// (`partials/asset`). A file that does not parse surfaces when a template using it is asked for.
    public func templateLibrary() throws(SiteBuildError) -> TemplateLibrary {
        var library = TemplateLibrary()
        let suffix = "." + TemplateLibrary.fileExtension
        for (path, file) in templateFiles where path.hasSuffix(suffix) {
            guard let text = String(data: file.bytes, encoding: .utf8) else {
                throw .theme(.unreadable(path: file.displayPath, reason: "not readable as UTF-8 text"))
            }
            let name = String(path.dropLast(suffix.count))
            let shownFile: String =
                switch file.origin {
                case .builtIn: file.displayPath
                case .folder: path
                }
            library.add(text, name: name, file: shownFile)
        }
        return library
    }

    /// The locales that have a strings file, in either layer, sorted.
    public var locales: [String] {
        templateFiles.keys.compactMap { path in
            guard path.hasPrefix("strings/"), path.hasSuffix(".json") else { return nil }
            let code = path.dropFirst("strings/".count).dropLast(".json".count)
            return code.contains("/") ? nil : String(code)
        }.sorted()
    }

    /// One line for a person: which folders the theme comes from.
    public var summary: String {
        Self.summary(templatesFolder: templatesFolder, publicFolder: publicFolder)
    }

    /// "theme: templates from /shop/Templates over the built-in theme; built-in public files".
    public static func summary(templatesFolder: URL?, publicFolder: URL?) -> String {
        func describe(_ folder: URL?, _ kind: String) -> String {
            folder.map { "\(kind) from \($0.path) over the built-in theme" } ?? "built-in \(kind)"
        }
        return "theme: \(describe(templatesFolder, "templates")); \(describe(publicFolder, "public files"))"
    }

    static func stringsPath(locale: String) -> String { "strings/\(locale).json" }

    /// Templates and strings files; anything else in a templates folder is not the build's.
    static func isTemplateFolderFile(_ path: String) -> Bool {
        path.hasSuffix("." + TemplateLibrary.fileExtension) || (path.hasPrefix("strings/") && path.hasSuffix(".json"))
    }

    private static func read(_ folder: URL, error makeError: (String, String) -> SiteBuildError) throws(SiteBuildError) -> [String: URL] {
        do throws(ThemeFolderReader.Failure) {
            return try ThemeFolderReader.files(in: folder)
        } catch {
            switch error {
            case .noSuchFolder: throw makeError(folder.path, "no such folder")
            case .cannotList: throw makeError(folder.path, "cannot list the folder")
            case .cannotRead(let url): throw makeError(url.path, "cannot read the file")
            }
        }
    }
}
