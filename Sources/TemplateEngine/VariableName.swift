/// A name as written in a tag: `.`, `name`, or dotted `a.b.c`, split once at parse time.
struct VariableName: Sendable, Hashable, CustomStringConvertible {
    /// Empty for the implicit iterator `.`.
    let components: [String]
    /// The components with their hashes, for ``TemplateObject`` lookups that hash nothing.
    let keys: [TemplateObjectKey]

    init(components: [String]) {
        self.components = components
        keys = components.map(TemplateObjectKey.init)
    }

    var isImplicitIterator: Bool { components.isEmpty }
    var description: String { components.isEmpty ? "." : components.joined(separator: ".") }
}
