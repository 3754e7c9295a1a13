/// A name as written in a tag: `.`, `name`, or dotted `a.b.c`, split once at parse time.
///
/// A class, so that the renderer passes one reference around rather than copying (and
/// retaining) arrays at every lookup; the first key, which is all most names have, is stored
/// apart from the rest for the same reason.
final class VariableName: Sendable, Hashable, CustomStringConvertible {
    /// Empty for the implicit iterator `.`.
    let components: [String]
    /// The first component with its hash, for ``TemplateObject`` lookups that hash nothing;
    /// `nil` for the implicit iterator.
    let first: TemplateObjectKey?
    /// The other components with their hashes, looked up inside the first one's value.
    let rest: [TemplateObjectKey]

    init(components: [String]) {
        self.components = components
        first = components.first.map(TemplateObjectKey.init)
        rest = components.dropFirst().map(TemplateObjectKey.init)
    }

    var isImplicitIterator: Bool { components.isEmpty }
    var description: String { components.isEmpty ? "." : components.joined(separator: ".") }

    static func == (lhs: VariableName, rhs: VariableName) -> Bool { lhs.components == rhs.components }
    func hash(into hasher: inout Hasher) { hasher.combine(components) }
}
