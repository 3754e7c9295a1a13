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
