import Foundation

/// Strings read from a theme folder's `strings/` (until the built-in theme is embedded, the only
/// source): `strings/<locale>.json` over `strings/en.json`.
extension ThemeStrings {
    /// The folder of a theme's strings files, inside its templates folder.
    public static let folderName = "strings"

    /// The locales a templates folder has strings for ("de", "en", …), sorted; empty without `strings/`.
    public static func availableLocales(inTemplates templates: URL) -> [String] {
        let folder = templates.appendingPathComponent(folderName)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The strings of `locale` from `<templates>/strings/`, English filling in missing keys.
    /// A locale without a file is refused, naming those there are.
    public static func load(locale: String, templates: URL) throws(ThemeStringsError) -> ThemeStrings {
        let available = availableLocales(inTemplates: templates)
        guard available.contains(locale) else { throw .unknownLocale(locale, available: available) }
        let folder = templates.appendingPathComponent(folderName)
        func file(_ code: String) throws(ThemeStringsError) -> ThemeStringsFile {
            let url = folder.appendingPathComponent("\(code).json")
            do {
                return ThemeStringsFile(name: url.path, data: try Data(contentsOf: url))
            } catch {
                throw .unreadable(file: url.path, reason: (error as NSError).localizedDescription)
            }
        }
        let layers = [try file(locale)]
        let fallback = available.contains("en") ? [try file("en")] : []
        return try load(locale: locale, layers: layers, fallback: fallback)
    }
}
