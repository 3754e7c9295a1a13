/// Member names fixed once and hashed once, for objects made in their thousands with the same
/// names (every asset of every page of a site): ``TemplateObject/init(_:_:)`` then hashes nothing
/// and builds no lookup table, it only stores the values.
public struct TemplateObjectShape: Sendable {
    /// Shared by every object of the shape (see ``TemplateObjectLayout``).
    let layout: TemplateObjectLayout

    /// The shape of objects whose members are `names`, in that order; the names must be distinct.
    public init(_ names: [String]) {
        precondition(Set(names).count == names.count, "a shape's member names must be distinct")
        layout = TemplateObjectLayout(distinctKeys: names, hashes: names.map(TemplateObjectKey.hash(of:)))
    }

    /// How many members its objects have.
    public var count: Int { layout.count }
}
