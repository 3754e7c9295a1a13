import Foundation

/// A theme's words: `strings/LOCALE.json` in its templates folder, the folder's file over the
/// built-in one key by key, English filling in any key a locale lacks.
extension Theme {
    /// The strings of `locale`. A locale with no strings file in either layer is refused, naming
    /// those there are; a broken file is named by its path and the key.
    public func strings(locale: String) throws(ThemeStringsError) -> ThemeStrings {
        let available = locales
        guard available.contains(locale) else { throw .unknownLocale(locale, available: available) }
        return try ThemeStrings.load(locale: locale, layers: stringsFiles(locale: locale), fallback: stringsFiles(locale: "en"))
    }

    /// The strings files of `locale`, lowest priority first (the base theme's, then the folder's),
    /// each named as a person would look for it.
    func stringsFiles(locale: String) -> [ThemeStringsFile] {
        let path = Self.stringsPath(locale: locale)
        var files: [ThemeStringsFile] = []
        if let base = baseTemplateFiles[path] { files.append(ThemeStringsFile(name: "built-in \(path)", data: base)) }
        if let file = templateFiles[path], file.origin != .builtIn {
            files.append(ThemeStringsFile(name: file.displayPath, data: file.bytes))
        }
        return files
    }
}

extension ThemeStrings {
    /// The folder of a theme's strings files, inside its templates folder.
    public static let folderName = "strings"

    /// The strings of `locale` from a templates folder alone (no built-in theme under it).
    public static func load(locale: String, templates: URL) throws(ThemeStringsError) -> ThemeStrings {
        let theme: Theme
        do {
            theme = try Theme(templatesFolder: templates, publicFolder: nil, base: .empty)
        } catch {
            throw .unreadable(file: templates.path, reason: "\(error)")
        }
        return try theme.strings(locale: locale)
    }

    /// The locales a templates folder alone has strings for, sorted.
    public static func availableLocales(inTemplates templates: URL) -> [String] {
        (try? Theme(templatesFolder: templates, publicFolder: nil, base: .empty))?.locales ?? []
    }
}
