/// Which plural form a count takes in a language, after CLDR's cardinal rules for whole numbers.
///
/// English, German, Italian and Spanish use "one" for exactly 1; French for 0 and 1. A language
/// the tool does not know (a theme may add one) gets the English rule, the commonest.
public struct PluralRule: Sendable, Equatable {
    /// The languages whose "one" also covers 0.
    static let zeroIsOne: Set<String> = ["fr"]

    public let language: String

    /// `locale` is a code such as "fr" or "fr-CA"; only the language part matters.
    public init(locale: String) {
        language = String(locale.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    public func category(for count: Int) -> PluralCategory {
        if count == 1 || (count == 0 && Self.zeroIsOne.contains(language)) { return .one }
        return .other
    }
}
