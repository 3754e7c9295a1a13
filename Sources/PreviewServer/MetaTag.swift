/// One start tag, read far enough to find its attributes and where it ends.
struct MetaTag {
    struct Attribute {
        let name: String
        /// The raw value, entities not decoded.
        let value: Substring
        /// The value with its quotes, if any: what a rewrite replaces.
        let range: Range<Substring.Index>
    }

    let attributes: [Attribute]
    let end: Substring.Index

    /// Reads the tag at the start of `text` (which starts with `<meta`); nil when it is not one.
    init?(_ text: Substring) {
        var index = text.index(text.startIndex, offsetBy: 5)
        guard index < text.endIndex, text[index].isWhitespace || text[index] == "/" || text[index] == ">" else { return nil }
        var attributes: [Attribute] = []
        func skipWhitespace() {
            while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
        }
        while true {
            skipWhitespace()
            guard index < text.endIndex else { return nil }
            if text[index] == ">" {
                end = text.index(after: index)
                break
            }
            if text[index] == "/" {
                index = text.index(after: index)
                continue
            }
            let nameStart = index
            while index < text.endIndex, !text[index].isWhitespace, !"=>/".contains(text[index]) { index = text.index(after: index) }
            let name = text[nameStart..<index].lowercased()
            skipWhitespace()
            guard index < text.endIndex, text[index] == "=" else {
                attributes.append(Attribute(name: name, value: "", range: index..<index))
                continue
            }
            index = text.index(after: index)
            skipWhitespace()
            guard index < text.endIndex else { return nil }
            let valueStart = index
            if text[index] == "\"" || text[index] == "'" {
                let quote = text[index]
                index = text.index(after: index)
                let contentStart = index
                while index < text.endIndex, text[index] != quote { index = text.index(after: index) }
                guard index < text.endIndex else { return nil }
                let value = text[contentStart..<index]
                index = text.index(after: index)
                attributes.append(Attribute(name: name, value: value, range: valueStart..<index))
            } else {
                while index < text.endIndex, !text[index].isWhitespace, text[index] != ">" { index = text.index(after: index) }
                attributes.append(Attribute(name: name, value: text[valueStart..<index], range: valueStart..<index))
            }
        }
        self.attributes = attributes
    }

    func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }
}
