/// One entry of a strings file: a plain string, or forms chosen by a count.
public enum ThemeString: Sendable, Equatable {
    case text(String)
    /// `one` may be left out where the language's words do not change (Italian "byte").
    case plural(one: String?, other: String)

    /// The form for a count's category.
    func text(for category: PluralCategory) -> String {
        switch self {
        case .text(let text): text
        case .plural(let one, let other): category == .one ? one ?? other : other
        }
    }
}
