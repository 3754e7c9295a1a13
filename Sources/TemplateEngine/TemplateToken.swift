/// A piece of template text found by the scanner, before the tree is built.
///
/// Text is split after every newline, so that standalone lines can be recognised by
/// looking at the tokens of one line.
struct TemplateToken {
    enum Kind: Equatable {
        case text
        case variable(escaped: Bool)
        case sectionOpen(inverted: Bool)
        case close
        case partial(dynamic: Bool)
        case parentOpen(dynamic: Bool)
        case blockOpen
        case comment
        case setDelimiters

        /// Tags that may stand alone on a line, which then disappears from the output.
        var canStandAlone: Bool {
            switch self {
            case .text, .variable: false
            default: true
            }
        }

        var opensScope: Bool {
            switch self {
            case .sectionOpen, .parentOpen, .blockOpen: true
            default: false
            }
        }

        /// How a person calls what this tag opens.
        var scopeNoun: String {
            switch self {
            case .sectionOpen(inverted: false): "section"
            case .sectionOpen(inverted: true): "inverted section"
            case .parentOpen: "parent"
            case .blockOpen: "block"
            default: "tag"
            }
        }
    }

    var kind: Kind
    /// The tag's name, trimmed, without sigil; empty for text.
    var name: String
    /// Byte offsets: the opening delimiter (or first text byte), and just past the closing one.
    var start: Int
    var end: Int
    /// For an opening tag: the delimiters in force after it.
    var delimiters: Delimiters
    /// The matching opening or closing token, once paired.
    var pair: Int?
    /// Set for the whitespace of a standalone line, which renders nothing.
    var removed = false
    var isStandalone = false
    /// The indentation of a standalone partial or parent tag.
    var indentation: String?
    var blockIndentation: BlockIndentation = .none
}
