import Foundation

/// The Content-Security-Policy side of live reload: a theme's policy would block the preview's
/// script and its event stream, so each policy meta tag is rewritten to allow `'self'` for both.
extension LiveReloadInjection {
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
                let policy = relaxedPolicy(CharacterReferences.decoding(content.value))
                result += "\"" + policy.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;") + "\""
                result += rest[content.range.upperBound..<tag.end]
            } else {
                result += rest[start.lowerBound..<tag.end]
            }
            rest = rest[tag.end...]
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
