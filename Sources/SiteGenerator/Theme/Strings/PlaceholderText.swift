/// A strings-file text split once, when the strings load, into literal runs and `{name}`
/// placeholders, so that filling it in for each page is a walk over the parts rather than a
/// scan for braces and a dictionary built per call.
struct PlaceholderText: Sendable {
    enum Part: Sendable {
        case literal(String)
        case placeholder(String)
    }

    let parts: [Part]

    /// Splits as ``ThemeStrings``' one-pass substitution reads a text: a `{` without a `}` after
    /// it, or whose name would hold another `{`, is plain text, and scanning goes on after it.
    init(_ text: String) {
        var parts: [Part] = []
        var literal = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"), !rest[afterOpen..<close].contains("{") else {
                literal += "{"
                rest = rest[afterOpen...]
                continue
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(.placeholder(String(rest[afterOpen..<close])))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The text with each placeholder replaced by `value(name)`; a name without a value stays
    /// as `{name}`, to show in the page what is missing.
    func filled(_ value: (String) -> String?) -> String {
        if parts.count == 1, case .literal(let text) = parts[0] { return text }
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal):
                text += literal
            case .placeholder(let name):
                if let filled = value(name) {
                    text += filled
                } else {
                    text += "{" + name + "}"
                }
            }
        }
        return text
    }
}
