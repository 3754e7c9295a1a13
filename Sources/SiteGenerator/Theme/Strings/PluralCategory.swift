/// The CLDR plural categories the theme's languages use: a plural string has a form for each.
public enum PluralCategory: String, Sendable, CaseIterable {
    case one
    case other
}
