/// HTML character references, as a browser reads them in an attribute value.
enum CharacterReferences {
    /// An attribute's raw text with its character references (`&apos;`, `&#39;`, `&#x27;`, `&quot;`,
    /// `&amp;`, `&lt;`, `&gt;`) decoded, as a browser reads the value; others are kept as written.
    static func decoding(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        let named: [Substring: Character] = ["apos": "'", "quot": "\"", "amp": "&", "lt": "<", "gt": ">"]
        var result = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            var decoded: Character?
            if let character = named[name] {
                decoded = character
            } else if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
            }
            if let decoded {
                result.append(decoded)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }
}
