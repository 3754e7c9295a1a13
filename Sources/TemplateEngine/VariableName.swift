/// A name as written in a tag: `.`, `name`, or dotted `a.b.c`, split once at parse time.
struct VariableName: Sendable, Hashable, CustomStringConvertible {
    /// Empty for the implicit iterator `.`.
    let components: [String]
    var isImplicitIterator: Bool { components.isEmpty }
    var description: String { components.isEmpty ? "." : components.joined(separator: ".") }
}
