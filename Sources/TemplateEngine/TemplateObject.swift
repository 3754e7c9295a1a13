/// The members of a ``TemplateValue/object(_:)``: a dictionary from names to values, built once
/// and then only read.
///
/// Rendering looks names up far more often than anything else it does, and most lookups miss
/// (`strings.title` is tried in every object on the context stack before the root). A `Dictionary`
/// hashes the key on every lookup; here each member's hash is computed once, when the object is
/// built, and each name in a template once, when the template is parsed, so a lookup compares
/// 64-bit hashes (a scan for a few members, an open-addressing table for more) and compares
/// strings only on a hash match.
///
/// Members keep the order they were given in; equality ignores it, as a dictionary's does.
public struct TemplateObject: Sendable {
    private(set) var storage: TemplateObjectStorage

    /// An object with no members.
    public init() {
        storage = TemplateObjectStorage(members: [])
    }

    /// The members of `dictionary`, e.g. JSON decoded as `[String: TemplateValue]`.
    public init(_ dictionary: [String: TemplateValue]) {
        storage = TemplateObjectStorage(members: dictionary.map { ($0.key, $0.value) })
    }

    /// The members in order; of repeated keys the last value wins, at the first one's place.
    public init(_ members: some Sequence<(String, TemplateValue)>) {
        storage = TemplateObjectStorage(members: Array(members))
    }

    /// An object of `shape`, with `values` in the shape's order (one for each name): the way to
    /// make many objects with the same names, whose hashes and lookup table are then shared.
    public init(_ shape: TemplateObjectShape, _ values: consuming [TemplateValue]) {
        storage = TemplateObjectStorage(shape: shape, values: values)
    }

    /// How many members.
    public var count: Int { storage.keys.count }

    /// Whether there are no members.
    public var isEmpty: Bool { storage.keys.isEmpty }

    /// The member names, in order.
    public var keys: [String] { storage.keys }

    /// The member values, in the order of ``keys``.
    public var values: [TemplateValue] { storage.values }

    /// The member named `key`, if any. Replacing or removing one (assigning `nil`) rebuilds the
    /// object: objects are meant to be built whole and then rendered many times.
    public subscript(key: String) -> TemplateValue? {
        get {
            storage.index(of: key, hash: TemplateObjectKey.hash(of: key)).map { storage.value(at: $0) }
        }
        set {
            var members = Array(zip(storage.keys, storage.values))
            if let index = storage.index(of: key, hash: TemplateObjectKey.hash(of: key)) {
                if let newValue { members[index].1 = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
            storage = TemplateObjectStorage(members: members)
        }
    }

    /// The member named by `key`, whose hash the parser computed once.
    @inline(__always)
    subscript(key: TemplateObjectKey) -> TemplateValue? {
        storage.index(of: key.name, hash: key.hash).map { storage.value(at: $0) }
    }

    /// Where the member named by `key` lives, read in place by the renderer: valid as long as
    /// this object lives, which a render guarantees by holding the root of the context.
    @inline(__always)
    func address(of key: TemplateObjectKey) -> UnsafePointer<TemplateValue>? {
        storage.index(of: key.name, hash: key.hash).map { storage.valueAddress(at: $0) }
    }

    /// The members as a dictionary.
    public var dictionary: [String: TemplateValue] {
        Dictionary(zip(storage.keys, storage.values), uniquingKeysWith: { _, last in last })
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// `["title": "Files"]`; of repeated keys the last wins.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }
}

extension TemplateObject: Sequence {
    /// The members in order, as a dictionary's `(key:value:)` pairs, so `for (key, value) in object` reads the same.
    public func makeIterator() -> some IteratorProtocol<(key: String, value: TemplateValue)> {
        zip(storage.keys, storage.values).lazy.map { (key: $0, value: $1) }.makeIterator()
    }

    /// Same as ``count``.
    public var underestimatedCount: Int { count }
}

extension TemplateObject: Equatable {
    /// The same names with equal values, in any order, as for dictionaries.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        if lhs.storage === rhs.storage { return true }
        guard lhs.count == rhs.count else { return false }
        for (key, value) in zip(lhs.keys, lhs.values) where rhs[key] != value {
            return false
        }
        return true
    }
}

extension TemplateObject: CustomStringConvertible {
    /// As the equivalent dictionary literal would print.
    public var description: String {
        "[" + zip(keys, values).map { "\($0.debugDescription): \($1)" }.joined(separator: ", ") + "]"
    }
}
