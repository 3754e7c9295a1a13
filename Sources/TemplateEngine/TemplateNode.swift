/// A name as written in a tag: `.`, `name`, or dotted `a.b.c`, split once at parse time.
struct VariableName: Sendable, Hashable, CustomStringConvertible {
    /// Empty for the implicit iterator `.`.
    let components: [String]
    var isImplicitIterator: Bool { components.isEmpty }
    var description: String { components.isEmpty ? "." : components.joined(separator: ".") }
}

/// The name of a partial or parent: fixed, or read from the context (`{{>*name}}`).
enum TemplateReference: Sendable, Hashable {
    case fixed(String)
    case dynamic(VariableName)
}

/// Where a block's content is re-indented when it is expanded.
enum BlockIndentation: Sendable, Hashable {
    /// The block is inline: its content is placed as is.
    case none
    /// The opening tag stood alone on its line: every line of the content gets this indentation.
    case standalone(String)
    /// The tag follows only whitespace on its line: that whitespace already precedes the
    /// first line, and the lines after it get it too.
    case afterLeadingWhitespace(String)
}

/// One node of a compiled template. The tree is immutable and holds no references, so a
/// template can be rendered from any number of threads at once.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(VariableName, escaped: Bool, offset: Int)
    case section(Section)
    case partial(Partial)
    case parent(Parent)
    case block(Block)

    struct Section: Sendable {
        let name: VariableName
        let inverted: Bool
        let children: [TemplateNode]
        /// The unrendered text between the tags, handed to lambdas.
        let rawText: String
        /// The delimiters in force inside the section, to parse a lambda's result with.
        let delimiters: Delimiters
        let offset: Int
    }

    struct Partial: Sendable {
        let reference: TemplateReference
        /// The indentation of a standalone partial tag, given to every line of the partial.
        let indentation: String?
        let offset: Int
    }

    struct Parent: Sendable {
        let reference: TemplateReference
        let overrides: [String: Block]
        let indentation: String?
        let offset: Int
    }

    struct Block: Sendable {
        let name: String
        let children: [TemplateNode]
        let indentation: BlockIndentation
        let offset: Int
    }
}

/// A pair of tag delimiters, `{{` and `}}` unless a template changes them.
struct Delimiters: Sendable, Hashable {
    let open: [UInt8]
    let close: [UInt8]
    static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
}
