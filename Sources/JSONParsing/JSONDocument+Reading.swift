extension JSONDocument {
    /// What kind of value `node` is.
    @inlinable
    public func kind(of node: Int) -> JSONKind { nodes[node].kind }

    /// The value of a boolean node (false for any other kind).
    @inlinable
    public func bool(at node: Int) -> Bool { nodes[node].kind == .bool && nodes[node].payload != 0 }

    /// The value of a number node, read as `JSONDecoder` reads it (see `JSONNumber`); nil for
    /// another kind.
    @inlinable
    public func number(at node: Int) -> JSONNumber? {
        let value = nodes[node]
        guard value.kind == .number else { return nil }
        if value.flags & JSONNode.isInteger != 0 { return .integer(Int64(bitPattern: value.payload)) }
        return .double(Double(bitPattern: value.payload))
    }

    /// How many elements an array node has, or members an object node has; 0 for other kinds.
    @inlinable
    public func count(of node: Int) -> Int {
        let value = nodes[node]
        return value.kind == .array || value.kind == .object ? Int(value.payload) : 0
    }

    /// The text of a string node (a member's name is a string node too); "" for another kind.
    public func string(at node: Int) -> String {
        let value = nodes[node]
        guard value.kind == .string else { return "" }
        let start = Int(value.start)
        let end = Int(value.end)
        return bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeBufferPointer(rebasing: buffer[start..<end])
            if value.flags & JSONNode.hasEscapes == 0 { return String(decoding: raw, as: UTF8.self) }
            // Unescaping never lengthens the text: at most as many bytes as the escaped form.
            return String(unsafeUninitializedCapacity: raw.count) { output in JSONUnescaping.unescape(raw, into: output) }
        }
    }

    /// The elements of an array node, in order (none for another kind).
    @inlinable
    public func elements(of node: Int) -> JSONElements {
        let value = nodes[node]
        guard value.kind == .array else { return JSONElements(nodes: nodes, first: node + 1, end: node + 1) }
        return JSONElements(nodes: nodes, first: node + 1, end: Int(value.next))
    }

    /// The members of an object node, in order, duplicates included (none for another kind).
    @inlinable
    public func members(of node: Int) -> JSONMembers {
        let value = nodes[node]
        guard value.kind == .object else { return JSONMembers(nodes: nodes, first: node + 1, end: node + 1) }
        return JSONMembers(nodes: nodes, first: node + 1, end: Int(value.next))
    }

    /// The value of the first member called `name` of an object node, as `JSONDecoder` finds a
    /// key: the first of duplicates wins, and names are compared as Unicode text, escapes read.
    public func member(named name: String, in node: Int) -> Int? {
        var utf8 = name
        return utf8.withUTF8 { wanted in
            nodes.withUnsafeBufferPointer { nodes in
                bytes.withUnsafeBufferPointer { buffer in
                    guard nodes[node].kind == .object else { return nil }
                    var key = node + 1
                    let end = Int(nodes[node].next)
                    while key < end {
                        let keyNode = nodes[key]
                        if keyNode.flags == 0 {
                            if Self.equal(buffer, from: Int(keyNode.start), to: Int(keyNode.end), wanted) { return key + 1 }
                        } else if string(at: key) == name {
                            return key + 1
                        }
                        key = Int(nodes[key + 1].next)
                    }
                    return nil
                }
            }
        }
    }

    /// Whether `buffer[start..<end]` holds exactly the bytes of `wanted`.
    @inline(__always)
    private static func equal(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ wanted: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard end - start == wanted.count else { return false }
        var offset = 0
        while offset < wanted.count {
            if buffer[start + offset] != wanted[offset] { return false }
            offset += 1
        }
        return true
    }
}

/// The elements of an array, as node indices.
public struct JSONElements: Sequence, IteratorProtocol {
    @usableFromInline let nodes: [JSONNode]
    @usableFromInline var current: Int
    @usableFromInline let end: Int

    @inlinable
    init(nodes: [JSONNode], first: Int, end: Int) {
        self.nodes = nodes
        self.current = first
        self.end = end
    }

    @inlinable
    public mutating func next() -> Int? {
        guard current < end else { return nil }
        defer { current = Int(nodes[current].next) }
        return current
    }
}

/// The members of an object, as the node indices of each name (a string) and value.
public struct JSONMembers: Sequence, IteratorProtocol {
    @usableFromInline let nodes: [JSONNode]
    @usableFromInline var current: Int
    @usableFromInline let end: Int

    @inlinable
    init(nodes: [JSONNode], first: Int, end: Int) {
        self.nodes = nodes
        self.current = first
        self.end = end
    }

    @inlinable
    public mutating func next() -> (key: Int, value: Int)? {
        guard current < end else { return nil }
        let key = current
        current = Int(nodes[key + 1].next)
        return (key, key + 1)
    }
}
