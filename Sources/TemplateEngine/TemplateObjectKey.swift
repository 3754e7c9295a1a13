/// A member name with its hash, computed once: by the parser for each part of a name in a tag, so
/// that looking it up in a ``TemplateObject`` hashes nothing at render time.
struct TemplateObjectKey: Sendable, Hashable {
    let name: String
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        hash = Self.hash(of: name)
    }

    /// The standard library's hash of the string: it agrees with `String`'s `==`, which compares
    /// canonical equivalents as equal (`"é"` and `"e\u{301}"`, the Kelvin sign and `K`), as the
    /// dictionary this replaces did. Seeded per process, so never stored or shared across runs.
    static func hash(of name: String) -> UInt64 {
        UInt64(bitPattern: Int64(name.hashValue))
    }
}
