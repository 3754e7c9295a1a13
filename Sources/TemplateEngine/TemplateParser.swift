/// Turns template text into a tree of nodes in three passes: scan into tokens (honouring
/// delimiter changes), pair openings with closings and find standalone lines, then build.
///
/// Problems are collected, not thrown, so a theme author sees every one at once.
struct TemplateParser {
    let source: TemplateSource
    let bytes: [UInt8]
    var diagnostics: [TemplateDiagnostic] = []
    var delimiters: Delimiters
    var tokens: [TemplateToken] = []
    /// The text runs of the nodes built.
    var texts = TemplateTextBuilder()
    /// The last search for each delimiter pattern, reused while the scan moves forward.
    private var searches: [(pattern: [UInt8], from: Int, found: Int?)] = []

    init(source: TemplateSource, delimiters: Delimiters) {
        self.source = source
        self.bytes = source.bytes
        self.delimiters = delimiters
    }

    mutating func parse() -> [TemplateNode] {
        scan()
        pairScopes()
        guard diagnostics.isEmpty else { return [] }
        markStandaloneLines()
        var index = 0
        return buildNodes(from: &index, until: tokens.count)
    }

    mutating func report(_ problem: TemplateProblem, at offset: Int) {
        diagnostics.append(source.diagnostic(problem, atOffset: offset))
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for (index, byte) in pattern.enumerated() where bytes[offset + index] != byte {
            return false
        }
        return true
    }

    /// The first occurrence of `pattern` at or after `offset`.
    ///
    /// The answer is remembered per pattern and reused while it still holds: the scan moves
    /// forward, so a text of thousands of unclosed tags (each searching for a closing delimiter
    /// that is far away or missing) is searched once, in linear time, rather than once per tag.
    mutating func firstMatch(of pattern: [UInt8], from offset: Int) -> Int? {
        if let memo = searches.firstIndex(where: { $0.pattern == pattern }) {
            let last = searches[memo]
            if last.from <= offset, last.found.map({ offset <= $0 }) ?? true { return last.found }
            let found = search(pattern, from: offset)
            searches[memo] = (pattern, offset, found)
            return found
        }
        let found = search(pattern, from: offset)
        searches.append((pattern, offset, found))
        return found
    }

    private func search(_ pattern: [UInt8], from offset: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = offset
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }
}

// MARK: - Scanning

extension TemplateParser {
    private mutating func scan() {
        var textStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == delimiters.open[0], matches(delimiters.open, at: index) {
                appendText(textStart..<index)
                index = scanTag(at: index)
                textStart = index
            } else if bytes[index] == UInt8(ascii: "\n") {
                index += 1
                appendText(textStart..<index)
                textStart = index
            } else {
                index += 1
            }
        }
        appendText(textStart..<bytes.count)
    }

    private mutating func appendText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        tokens.append(TemplateToken(kind: .text, name: "", start: range.lowerBound, end: range.upperBound, delimiters: delimiters))
    }

    private func display(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Scans the tag whose opening delimiter is at `start`; returns the offset to go on from.
    private mutating func scanTag(at start: Int) -> Int {
        let open = delimiters.open
        let close = delimiters.close
        let contentStart = start + open.count
        let sigil: UInt8? = contentStart < bytes.count ? bytes[contentStart] : nil

        switch sigil {
        case UInt8(ascii: "!"):
            guard let closeAt = firstMatch(of: close, from: contentStart + 1) else {
                report(.unclosedTag(opening: display(open) + "!", expectedClosing: display(close)), at: start)
                return bytes.count
            }
            let end = closeAt + close.count
            tokens.append(TemplateToken(kind: .comment, name: "", start: start, end: end, delimiters: delimiters))
            return end
        case UInt8(ascii: "="):
            return scanDelimiterChange(at: start)
        case UInt8(ascii: "{"):
            return scanTripleMustache(at: start)
        default:
            break
        }

        guard let closeAt = firstMatch(of: close, from: contentStart),
            !containsTagOpening(contentStart..<closeAt)
        else {
            report(.unclosedTag(opening: display(open), expectedClosing: display(close)), at: start)
            return contentStart  // go on after the stray opening, so later tags are still checked
        }
        let end = closeAt + close.count
        var kind: TemplateToken.Kind
        var nameStart = contentStart + 1
        switch sigil {
        case UInt8(ascii: "#"): kind = .sectionOpen(inverted: false)
        case UInt8(ascii: "^"): kind = .sectionOpen(inverted: true)
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial(dynamic: false)
        case UInt8(ascii: "<"): kind = .parentOpen(dynamic: false)
        case UInt8(ascii: "$"): kind = .blockOpen
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        default:
            kind = .variable(escaped: true)
            nameStart = contentStart
        }
        var name = trimmed(text(nameStart..<closeAt))
        if case .partial = kind, name.hasPrefix("*") {
            kind = .partial(dynamic: true)
            name = trimmed(String(name.dropFirst()))
        } else if case .parentOpen = kind, name.hasPrefix("*") {
            kind = .parentOpen(dynamic: true)
            name = trimmed(String(name.dropFirst()))
        }
        if validate(name, kind: kind, at: start) {
            tokens.append(TemplateToken(kind: kind, name: name, start: start, end: end, delimiters: delimiters))
        }
        return end
    }

    private mutating func containsTagOpening(_ range: Range<Int>) -> Bool {
        guard let found = firstMatch(of: delimiters.open, from: range.lowerBound) else { return false }
        return found + delimiters.open.count <= range.upperBound
    }

    private mutating func scanTripleMustache(at start: Int) -> Int {
        let contentStart = start + delimiters.open.count + 1
        let closing = [UInt8(ascii: "}")] + delimiters.close
        let nextClose = firstMatch(of: delimiters.close, from: contentStart)
        guard let closeAt = firstMatch(of: closing, from: contentStart), !containsTagOpening(contentStart..<closeAt) else {
            if let nextClose, !containsTagOpening(contentStart..<nextClose) {
                let name = trimmed(text(contentStart..<nextClose))
                report(.unclosedTripleMustache(name: name, expectedClosing: display(closing)), at: start)
                return nextClose + delimiters.close.count
            }
            report(.unclosedTag(opening: display(delimiters.open) + "{", expectedClosing: display(closing)), at: start)
            return contentStart
        }
        let name = trimmed(text(contentStart..<closeAt))
        let kind = TemplateToken.Kind.variable(escaped: false)
        if validate(name, kind: kind, at: start) {
            tokens.append(TemplateToken(kind: kind, name: name, start: start, end: closeAt + closing.count, delimiters: delimiters))
        }
        return closeAt + closing.count
    }

    private mutating func scanDelimiterChange(at start: Int) -> Int {
        let contentStart = start + delimiters.open.count + 1
        guard let closeAt = firstMatch(of: delimiters.close, from: contentStart) else {
            report(.unclosedTag(opening: display(delimiters.open) + "=", expectedClosing: "=" + display(delimiters.close)), at: start)
            return bytes.count
        }
        let end = closeAt + delimiters.close.count
        let tagText = text(start..<end)
        guard closeAt > contentStart, bytes[closeAt - 1] == UInt8(ascii: "=") else {
            report(.invalidDelimiters(tagText, reason: "it must end with '=" + display(delimiters.close) + "'"), at: start)
            return end
        }
        let parts = text(contentStart..<(closeAt - 1)).split(whereSeparator: \.isWhitespace)
        guard parts.count == 2 else {
            report(.invalidDelimiters(tagText, reason: "give exactly two delimiters separated by a space, e.g. '{{=<% %>=}}'"), at: start)
            return end
        }
        if parts.contains(where: { $0.contains("=") }) {
            report(.invalidDelimiters(tagText, reason: "a delimiter may not contain '='"), at: start)
            return end
        }
        delimiters = Delimiters(open: Array(parts[0].utf8), close: Array(parts[1].utf8))
        tokens.append(TemplateToken(kind: .setDelimiters, name: "", start: start, end: end, delimiters: delimiters))
        return end
    }

    private func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// Checks a tag's name; reports and returns false when it cannot be used.
    private mutating func validate(_ name: String, kind: TemplateToken.Kind, at offset: Int) -> Bool {
        if name.isEmpty {
            report(.emptyTag, at: offset)
            return false
        }
        if name.contains(where: \.isWhitespace) {
            report(.invalidName(name, reason: "a name cannot contain whitespace"), at: offset)
            return false
        }
        let isDotted: Bool
        switch kind {
        case .variable, .sectionOpen, .partial(dynamic: true), .parentOpen(dynamic: true): isDotted = true
        default: isDotted = false
        }
        if isDotted, name != ".", name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
            report(.invalidName(name, reason: "a dotted name needs a name between every two dots"), at: offset)
            return false
        }
        return true
    }
}
