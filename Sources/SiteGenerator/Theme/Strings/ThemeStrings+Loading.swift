import Foundation

/// Reading strings files: a locale's layers over English, each file checked key by key.
extension ThemeStrings {
    /// The strings of `locale`: `layers` are its files from lowest to highest priority (the
    /// built-in `it.json`, then a theme's own that overrides single keys); `fallback` are the
    /// English files in the same order, used for each key the locale's files lack (listed in
    /// ``fallbackKeys``). For English itself, pass the English files as `layers`.
    public static func load(
        locale: String, layers: [ThemeStringsFile], fallback: [ThemeStringsFile]
    ) throws(ThemeStringsError) -> ThemeStrings {
        var own: [String: ThemeString] = [:]
        for file in layers {
            own.merge(try parse(file)) { _, higher in higher }
        }
        var english: [String: ThemeString] = [:]
        for file in fallback {
            english.merge(try parse(file)) { _, higher in higher }
        }
        let missing = english.keys.filter { own[$0] == nil }
        return ThemeStrings(locale: locale, entries: english.merging(own) { _, mine in mine }, fallbackKeys: missing)
    }

    /// ``load(locale:layers:fallback:)`` for files known only by their bytes: errors name them
    /// by locale and position ("it strings, file 2 of 2").
    public static func load(locale: String, layers: [Data], fallback: [Data]) throws(ThemeStringsError) -> ThemeStrings {
        func named(_ files: [Data], _ locale: String) -> [ThemeStringsFile] {
            files.enumerated().map { index, data in
                ThemeStringsFile(name: "\(locale) strings, file \(index + 1) of \(files.count)", data: data)
            }
        }
        return try load(locale: locale, layers: named(layers, locale), fallback: named(fallback, "en"))
    }

    /// One file's entries: a JSON object whose values are strings or objects of plural forms
    /// (`{"one": "…", "other": "…"}`, "other" required).
    static func parse(_ file: ThemeStringsFile) throws(ThemeStringsError) -> [String: ThemeString] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: file.data, options: [])
        } catch {
            throw .notJSON(file: file.name, reason: Self.reason(error))
        }
        guard let object = json as? [String: Any] else { throw .notAnObject(file: file.name) }
        var entries: [String: ThemeString] = [:]
        for (key, value) in object {
            entries[key] = try entry(value, key: key, file: file.name)
        }
        return entries
    }

    private static func entry(_ value: Any, key: String, file: String) throws(ThemeStringsError) -> ThemeString {
        if let text = value as? String { return .text(text) }
        guard let forms = value as? [String: Any] else {
            throw .invalidValue(
                file: file, keyPath: key, reason: "must be a string or an object of plural forms {\"one\": …, \"other\": …}")
        }
        var texts: [PluralCategory: String] = [:]
        for (name, form) in forms {
            guard let category = PluralCategory(rawValue: name) else {
                let known = PluralCategory.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw .invalidValue(file: file, keyPath: "\(key).\(name)", reason: "is not a plural form; the forms are \(known)")
            }
            guard let text = form as? String else {
                throw .invalidValue(file: file, keyPath: "\(key).\(name)", reason: "must be a string")
            }
            texts[category] = text
        }
        guard let other = texts[.other] else {
            throw .invalidValue(file: file, keyPath: "\(key).other", reason: "is missing: every plural object needs an \"other\" form")
        }
        return .plural(one: texts[.one], other: other)
    }

    /// Foundation's parse errors keep their useful part (where) in the debug description.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
