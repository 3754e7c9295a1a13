extension JSONDocument {
    /// The way from the root to `node`: member names and element positions, e.g.
    /// `[.key("lines"), .index(2), .key("assets")]`. Found by walking the document, so readers
    /// need not track where they are until they have something to report.
    public func path(to node: Int) -> [JSONPathComponent] {
        var components: [JSONPathComponent] = []
        var current = root
        while current != node, node > current, node < Int(nodes[current].next) {
            switch nodes[current].kind {
            case .array:
                var child = current + 1
                var position = 0
                while Int(nodes[child].next) <= node {
                    child = Int(nodes[child].next)
                    position += 1
                }
                components.append(.index(position))
                current = child
            case .object:
                var key = current + 1
                while Int(nodes[key + 1].next) <= node { key = Int(nodes[key + 1].next) }
                components.append(.key(string(at: key)))
                // A member's name stands for its value.
                current = node == key ? node : key + 1
            default:
                return components
            }
        }
        return components
    }
}
