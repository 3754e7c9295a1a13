import Foundation
import TestSupport
import Testing

@testable import SiteGenerator
@testable import TemplateEngine

@Suite("Theme strings: files, layers, fallback, errors")
struct ThemeStringsLoadingTests {
    static let builtInLocales = ["de", "en", "es", "fr", "it"]

    func repositoryFile(_ locale: String) throws -> ThemeStringsFile {
        let url = Repository.templates.appendingPathComponent("strings/\(locale).json")
        return ThemeStringsFile(name: "built-in \(locale).json", data: try Data(contentsOf: url))
    }

    @Test("the default theme ships the five languages")
    func availableLocales() {
        #expect(ThemeStrings.availableLocales(inTemplates: Repository.templates) == Self.builtInLocales)
    }

    @Test(
        "each shipped language has every English key, with the same placeholders",
        arguments: builtInLocales)
    func completeTranslations(locale: String) throws {
        let strings = try ThemeStrings.theme(locale)
        let english = try ThemeStrings.theme("en")
        #expect(strings.locale == locale)
        #expect(strings.fallbackKeys.isEmpty)
        #expect(Set(strings.entries.keys) == Set(english.entries.keys))
        for (key, entry) in english.entries {
            for category in PluralCategory.allCases {
                let expected = placeholders(entry.text(for: category))
                #expect(placeholders(strings.entries[key]?.text(for: category) ?? "") == expected, "\(locale): \(key).\(category)")
            }
        }
    }

    func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test("a theme's own file overriding one key keeps the rest of the built-in language")
    func overrideOneKey() throws {
        let strings = try ThemeStrings.load(
            locale: "it",
            layers: [try repositoryFile("it"), stringsFile("theme it.json", #"{"action_file": "Scarica ora"}"#)],
            fallback: [try repositoryFile("en")])
        #expect(strings["action_file"] == "Scarica ora")
        #expect(strings["items_heading"] == "Articoli")
        #expect(strings.format("size_bytes", count: 2) == "2 byte")
        #expect(strings.fallbackKeys.isEmpty)
    }

    @Test("the Data form loads the same words as the named files")
    func dataLayers() throws {
        let named = try ThemeStrings.load(locale: "de", layers: [try repositoryFile("de")], fallback: [try repositoryFile("en")])
        let data = try ThemeStrings.load(locale: "de", layers: [try repositoryFile("de").data], fallback: [try repositoryFile("en").data])
        #expect(named == data)
    }

    @Test("a key the language lacks comes from English, a theme's English overriding the built-in, and is listed")
    func fallbackToEnglish() throws {
        let strings = try ThemeStrings.load(
            locale: "pt",
            layers: [
                stringsFile("pt.json", #"{"items_heading": "Itens", "size_bytes": {"one": "{count} byte", "other": "{count} bytes"}}"#)
            ],
            fallback: [try repositoryFile("en"), stringsFile("theme en.json", #"{"footer": "Private page."}"#)])
        #expect(strings["items_heading"] == "Itens")
        #expect(strings["default_title"] == "Your downloads")
        #expect(strings["footer"] == "Private page.")
        #expect(strings.fallbackKeys.contains("default_title"))
        #expect(strings.fallbackKeys.contains("footer"))
        #expect(!strings.fallbackKeys.contains("items_heading"))
        #expect(!strings.fallbackKeys.contains("size_bytes"))
        #expect(strings.fallbackKeys == strings.fallbackKeys.sorted())
        #expect(strings.templateValue["items_heading"] == "Itens")
        #expect(strings.templateValue["size_bytes"]?["one"] == "{count} byte")
    }

    @Test(
        "an invalid strings file is an error naming the file and the key path",
        arguments: [
            (#"{"items_heading": 3}"#, ThemeStringsError.invalidValue(file: "broken.json", keyPath: "items_heading", reason: "")),
            (
                #"{"size_bytes": {"one": "1 byte", "many": "x", "other": "b"}}"#,
                .invalidValue(file: "broken.json", keyPath: "size_bytes.many", reason: "")
            ),
            (#"{"size_bytes": {"one": "1 byte"}}"#, .invalidValue(file: "broken.json", keyPath: "size_bytes.other", reason: "")),
            (
                #"{"size_bytes": {"one": ["1 byte"], "other": "b"}}"#,
                .invalidValue(file: "broken.json", keyPath: "size_bytes.one", reason: "")
            ),
            (#"["items_heading"]"#, .notAnObject(file: "broken.json")),
            (#"{"items_heading": "Items""#, .notJSON(file: "broken.json", reason: "")),
        ])
    func invalidFile(json: String, expected: ThemeStringsError) throws {
        let error = #expect(throws: ThemeStringsError.self) {
            try ThemeStrings.load(locale: "it", layers: [stringsFile("broken.json", json)], fallback: [try repositoryFile("en")])
        }
        #expect(error?.description.hasPrefix("broken.json: ") == true)
        switch (error, expected) {
        case (.invalidValue(let file, let keyPath, _)?, .invalidValue(let expectedFile, let expectedPath, _)):
            #expect(file == expectedFile)
            #expect(keyPath == expectedPath)
            #expect(error?.description.contains("'\(expectedPath)'") == true)
        case (.notAnObject?, .notAnObject), (.notJSON?, .notJSON):
            break
        default:
            Issue.record("expected \(expected), got \(String(describing: error))")
        }
    }

    @Test("a broken file in a theme folder is named by its path")
    func brokenFileInFolder() throws {
        let folder = try themeCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("strings/it.json")
        try Data(#"{"items_heading": {"one": "Articolo"}}"#.utf8).write(to: file)
        let error = #expect(throws: ThemeStringsError.self) { try ThemeStrings.load(locale: "it", templates: folder) }
        #expect(
            error
                == .invalidValue(
                    file: file.path, keyPath: "items_heading.other", reason: "is missing: every plural object needs an \"other\" form"))
        #expect(error?.description.contains(file.path) == true)
    }

    @Test("an unknown locale is refused, listing the theme's")
    func unknownLocale() {
        let error = #expect(throws: ThemeStringsError.self) { try ThemeStrings.load(locale: "nl", templates: Repository.templates) }
        #expect(error == .unknownLocale("nl", available: Self.builtInLocales))
        #expect(error?.description == "unknown locale 'nl': available are de, en, es, fr, it")
    }

    /// A scratch copy of the default theme's templates folder.
    func themeCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Repository.templates, to: folder)
        return folder
    }
}
