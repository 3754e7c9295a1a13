import Foundation

/// What the preview does to the HTML it serves (never to the files on disk): adds a script that
/// listens for rebuilds and reloads the page, and relaxes the page's Content-Security-Policy
/// meta tag just enough for that script, served from the preview's own origin, to run and to
/// open its event stream.
enum LiveReloadInjection {
    static let scriptPath = "/_preview/reload.js"

    /// The script tag, naming the build generation the page is served at.
    static func scriptTag(generation: Int) -> String {
        "<script src=\"\(scriptPath)?g=\(generation)\" defer></script>"
    }

    /// The page as the preview serves it at `generation`.
    static func inject(into html: String, generation: Int) -> String {
        insertScript(scriptTag(generation: generation), into: relaxingPolicies(in: html))
    }

    /// Adds the script before `</head>`, else before `</body>`, else at the end.
    static func insertScript(_ scriptTag: String, into html: String) -> String {
        var html = html
        if let head = html.range(of: "</head", options: .caseInsensitive) {
            html.insert(contentsOf: scriptTag + "\n", at: head.lowerBound)
        } else if let body = html.range(of: "</body", options: .caseInsensitive) {
            html.insert(contentsOf: scriptTag + "\n", at: body.lowerBound)
        } else {
            html += "\n" + scriptTag + "\n"
        }
        return html
    }

    /// Every `<meta http-equiv="Content-Security-Policy" content="…">` with its policy relaxed.
    static func relaxingPolicies(in html: String) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<meta", options: .caseInsensitive) {
            result += rest[..<start.lowerBound]
            let tag = MetaTag(rest[start.lowerBound...])
            guard let tag else {
                result += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            if tag.attribute("http-equiv")?.value.lowercased() == "content-security-policy", let content = tag.attribute("content") {
                result += rest[start.lowerBound..<content.range.lowerBound]
                let policy = relaxedPolicy(decodingCharacterReferences(content.value))
                result += "\"" + policy.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;") + "\""
                result += rest[content.range.upperBound..<tag.end]
            } else {
                result += rest[start.lowerBound..<tag.end]
            }
            rest = rest[tag.end...]
        }
        return result + rest
    }

    /// An attribute's raw text with its character references (`&apos;`, `&#39;`, `&#x27;`, `&quot;`,
    /// `&amp;`, `&lt;`, `&gt;`) decoded, as a browser reads the value; others are kept as written.
    static func decodingCharacterReferences(_ text: Substring) -> String {
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

    /// The policy with `'self'` allowed for scripts and connections, wherever the policy restricts
    /// them. A missing `script-src` or `connect-src` falls back to `default-src`, so when there is
    /// a `default-src` the directive is added with its sources plus `'self'`; with no `default-src`
    /// nothing restricted them and nothing is added.
    static func relaxedPolicy(_ policy: String) -> String {
        var directives: [[String]] = policy.split(separator: ";").map { directive in
            directive.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
        }.filter { !$0.isEmpty }
        func index(of name: String) -> Int? { directives.firstIndex { $0[0].lowercased() == name } }
        func allowingSelf(_ sources: ArraySlice<String>) -> [String] {
            var sources = sources.filter { $0.lowercased() != "'none'" }
            if !sources.contains(where: { $0.lowercased() == "'self'" }) { sources.append("'self'") }
            return sources
        }
        let defaultSources = index(of: "default-src").map { directives[$0].dropFirst() }
        for name in ["script-src", "script-src-elem", "connect-src"] {
            if let position = index(of: name) {
                directives[position] = [directives[position][0]] + allowingSelf(directives[position].dropFirst())
            } else if name != "script-src-elem", let defaultSources {
                directives.append([name] + allowingSelf(defaultSources))
            }
        }
        return directives.map { $0.joined(separator: " ") }.joined(separator: "; ")
    }
}

/// One start tag, read far enough to find its attributes and where it ends.
private struct MetaTag {
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
