import DigitalDownloads
import TemplateEngine

/// Every fixed word a theme shows, in one language, so that translations and a merchant's own
/// wording replace them without touching a template. The words live in the theme's strings files
/// (`strings/en.json`, `strings/it.json`, …), loaded by ``load(locale:layers:fallback:)``.
public struct ThemeStrings: Sendable, Equatable {
    /// The language the strings are in ("it"), also the pages' `lang`.
    public let locale: String
    public let entries: [String: ThemeString]
    /// Keys the locale's files lack and English filled in, sorted: for a check to warn about.
    public let fallbackKeys: [String]
    public let pluralRule: PluralRule
    /// The strings as every page's `strings` context, built once rather than for each page; a
    /// plural entry is an object of its forms (`strings.size_bytes.other`).
    public let templateValue: TemplateValue
    /// Each entry's forms split into text and placeholders once, for ``format(_:count:_:)``.
    private let placeholderTexts: [String: (one: PlaceholderText?, other: PlaceholderText)]
    /// The words every asset shows, looked up once here rather than by name for each asset.
    let assetLabels: AssetLabels
    /// Usage phrases already made, by the counts they state: a build's assets repeat a few.
    let usageMemo = UsageMemo()
    /// How sizes are written in this language: its decimal mark and `size_bytes` for plain bytes.
    /// Made once, as every page writes sizes; the style holds the `size_bytes` forms, not a copy
    /// of these strings.
    public let byteSizeStyle: ByteSizeStyle

    /// The key of the decimal mark sizes are written with ("." or ","); "." when absent.
    public static let decimalMarkKey = "number_decimal_mark"

    public init(locale: String, entries: [String: ThemeString], fallbackKeys: [String] = []) {
        self.locale = locale
        self.entries = entries
        self.fallbackKeys = fallbackKeys.sorted()
        pluralRule = PluralRule(locale: locale)
        templateValue = .object(
            TemplateObject(
                entries.mapValues { entry in
                    switch entry {
                    case .text(let text): .string(text)
                    case .plural(let one, let other): .object(["one": .string(one ?? other), "other": .string(other)])
                    }
                }))
        placeholderTexts = entries.mapValues { entry in
            switch entry {
            case .text(let text): (nil, PlaceholderText(text))
            case .plural(let one, let other): (one.map(PlaceholderText.init), PlaceholderText(other))
            }
        }
        assetLabels = AssetLabels { key in Self.text(key, in: entries) }
        let sizeForms = placeholderTexts[Self.sizeBytesKey]
        let rule = pluralRule
        byteSizeStyle = ByteSizeStyle(decimalMark: Self.text(Self.decimalMarkKey, in: entries, absent: ".")) { count in
            Self.fill(sizeForms, key: Self.sizeBytesKey, rule: rule, count: Int(clamping: count)) { _ in nil }
        }
    }

    private static let sizeBytesKey = "size_bytes"

    public static func == (lhs: ThemeStrings, rhs: ThemeStrings) -> Bool {
        lhs.locale == rhs.locale && lhs.entries == rhs.entries && lhs.fallbackKeys == rhs.fallbackKeys
    }

    /// The string `key` (a plural entry's "other" form); the key itself when there is none, so a
    /// missing word shows where it is missing rather than nothing.
    public subscript(key: String) -> String { Self.text(key, in: entries) }

    /// What the subscript gives, from `entries` alone: ``init`` needs it before `self` exists.
    private static func text(_ key: String, in entries: [String: ThemeString], absent: String? = nil) -> String {
        entries[key]?.text(for: .other) ?? absent ?? key
    }

    /// The string `key` with each `{name}` replaced.
    public func format(_ key: String, _ arguments: [String: String]) -> String {
        guard let text = placeholderTexts[key]?.other, !Self.hasBraces(arguments) else {
            return Self.substitute(self[key], arguments)
        }
        return text.filled { arguments[$0] }
    }

    /// The form of `key` for `count` in this language ("1 byte", "512 bytes"), each `{name}`
    /// replaced; `{count}` is the count unless `arguments` say otherwise.
    public func format(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        guard !Self.hasBraces(arguments) else {
            guard let entry = entries[key] else { return key }
            let text = entry.text(for: pluralRule.category(for: count))
            return Self.substitute(text, arguments.merging(["count": String(count)]) { given, _ in given })
        }
        return format(key, count: count) { arguments[$0] }
    }

    /// ``format(_:count:_:)`` with the values given by a function of the name rather than a
    /// dictionary, so that a page's many usage strings are filled without building one per call.
    func format(_ key: String, count: Int, values: (String) -> String?) -> String {
        Self.fill(placeholderTexts[key], key: key, rule: pluralRule, count: count, values: values)
    }

    /// The form of an entry (`forms`, nil when there is none: then `key`) for `count`, filled.
    private static func fill(
        _ forms: (one: PlaceholderText?, other: PlaceholderText)?, key: String, rule: PluralRule, count: Int,
        values: (String) -> String?
    ) -> String {
        guard let forms else { return key }
        let text = rule.category(for: count) == .one ? forms.one ?? forms.other : forms.other
        return text.filled { name in values(name) ?? (name == "count" ? String(count) : nil) }
    }

    /// Whether a name holds a brace: ``PlaceholderText`` never reads one as a placeholder, so such
    /// (unlikely) names go through ``substitute(_:_:)``, which can match them.
    private static func hasBraces(_ arguments: [String: String]) -> Bool {
        arguments.keys.contains { $0.utf8.contains(UInt8(ascii: "{")) || $0.utf8.contains(UInt8(ascii: "}")) }
    }

    /// Replaces each `{name}` in one pass, so a value that itself holds braces is left as it is;
    /// an unknown `{name}` stays, to show in the page what is missing. (Also the oracle that the
    /// split-once `PlaceholderText` is tested against.)
    static func substitute(_ template: String, _ arguments: [String: String]) -> String {
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                let value = arguments[String(rest[afterOpen..<close])]
            else {
                text += "{"
                rest = rest[afterOpen...]
                continue
            }
            text += value
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }
}
