/// One node of a compiled template. The tree is immutable, so a template can be rendered from
/// any number of threads at once.
///
/// The nodes that nest are immutable final classes rather than structs: the renderer and the
/// parser recurse once per nesting level, and a reference keeps each level's stack frame small
/// (a debug build copies a struct payload into the frame at every use).
enum TemplateNode: Sendable {
    case text(TemplateText)
    case variable(Variable)
    case section(Section)
    case partial(Partial)
    case parent(Parent)
    case block(Block)

    /// `{{name}}` or `{{{name}}}`: one reference, so that walking the nodes retains one object
    /// per variable rather than the name's two arrays.
    final class Variable: Sendable {
        let name: VariableName
        let escaped: Bool
        let offset: Int

        init(name: VariableName, escaped: Bool, offset: Int) {
            self.name = name
            self.escaped = escaped
            self.offset = offset
        }
    }

    final class Section: Sendable {
        let name: VariableName
        let inverted: Bool
        let children: [TemplateNode]
        /// `children` as the renderer walks them.
        let renderChildren: RenderNodeList
        /// The unrendered text between the tags, handed to lambdas.
        let rawText: String
        /// The delimiters in force inside the section, to parse a lambda's result with.
        let delimiters: Delimiters
        let offset: Int

        init(name: VariableName, inverted: Bool, children: [TemplateNode], rawText: String, delimiters: Delimiters, offset: Int) {
            self.name = name
            self.inverted = inverted
            self.children = children
            renderChildren = RenderNodeList(children)
            self.rawText = rawText
            self.delimiters = delimiters
            self.offset = offset
        }
    }

    final class Partial: Sendable {
        let reference: TemplateReference
        /// The indentation of a standalone partial tag, given to every line of the partial.
        let indentation: String?
        let offset: Int

        init(reference: TemplateReference, indentation: String?, offset: Int) {
            self.reference = reference
            self.indentation = indentation
            self.offset = offset
        }
    }

    final class Parent: Sendable {
        let reference: TemplateReference
        let overrides: [String: Block]
        let indentation: String?
        let offset: Int

        init(reference: TemplateReference, overrides: [String: Block], indentation: String?, offset: Int) {
            self.reference = reference
            self.overrides = overrides
            self.indentation = indentation
            self.offset = offset
        }
    }

    final class Block: Sendable {
        let name: String
        let children: [TemplateNode]
        /// `children` as the renderer walks them.
        let renderChildren: RenderNodeList
        let indentation: BlockIndentation
        let offset: Int

        init(name: String, children: [TemplateNode], indentation: BlockIndentation, offset: Int) {
            self.name = name
            self.children = children
            renderChildren = RenderNodeList(children)
            self.indentation = indentation
            self.offset = offset
        }
    }
}
