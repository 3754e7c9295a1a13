// Pairing every opening tag with its closing tag, reporting what does not match.
extension TemplateParser {
    /// Also bounds the nesting (``TemplateLimits/maximumNesting``), since building the tree
    /// recurses once per level; and stays linear however many scopes are left open.
    mutating func pairScopes() {
        var open: [Int] = []
        // Where in `open` each name is, innermost last: finds the scope a closing tag closes at once.
        var openByName: [String: [Int]] = [:]
        var reportedTooDeep = false
        func popOpen(_ open: inout [Int], _ openByName: inout [String: [Int]], above count: Int) -> [Int] {
            let removed = Array(open[count...])
            for index in removed.reversed() { openByName[tokens[index].name]?.removeLast() }
            open.removeSubrange(count...)
            return removed
        }
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind.opensScope {
                if open.count >= TemplateLimits.maximumNesting, !reportedTooDeep {
                    report(.nestingTooDeep(limit: TemplateLimits.maximumNesting), at: token.start)
                    reportedTooDeep = true
                }
                openByName[token.name, default: []].append(open.count)
                open.append(index)
                continue
            }
            guard token.kind == .close else { continue }
            let closing = closingTag(for: token)
            guard let top = open.last else {
                report(.closeWithoutOpen(closing: closing), at: token.start)
                continue
            }
            if tokens[top].name == token.name {
                pair(top, index)
                _ = popOpen(&open, &openByName, above: open.count - 1)
            } else if let match = openByName[token.name]?.last {
                // Closes an outer scope: everything opened since was left open.
                pair(open[match], index)
                let removed = popOpen(&open, &openByName, above: match)
                for unclosed in removed.dropFirst().reversed() {
                    reportUnclosed(unclosed)
                }
            } else {
                let opener = tokens[top]
                let openedAt = source.location(ofOffset: opener.start)
                report(
                    .mismatchedClose(
                        closing: closing, open: opener.name, openedAt: "\(openedAt.line):\(openedAt.column)",
                        kind: opener.kind.scopeNoun),
                    at: token.start)
                pair(top, index)
                _ = popOpen(&open, &openByName, above: open.count - 1)
            }
            if open.count < TemplateLimits.maximumNesting { reportedTooDeep = false }
        }
        for unclosed in open.reversed() {
            reportUnclosed(unclosed)
        }
        diagnostics.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    private mutating func pair(_ opening: Int, _ closing: Int) {
        tokens[opening].pair = closing
        tokens[closing].pair = opening
    }

    private mutating func reportUnclosed(_ index: Int) {
        let token = tokens[index]
        report(.unclosedSection(name: token.name, kind: token.kind.scopeNoun), at: token.start)
    }

    private func closingTag(for token: TemplateToken) -> String {
        text(token.start..<token.end)
    }
}

// Standalone lines: a line holding only whitespace and tags that render nothing themselves
// (sections, comments, partials, …) disappears whole from the output, as the spec requires.
extension TemplateParser {
    mutating func markStandaloneLines() {
        var lineStart = 0
        var lines: [Range<Int>] = []
        for index in tokens.indices where tokens[index].kind == .text && endsWithNewline(tokens[index]) {
            lines.append(lineStart..<(index + 1))
            lineStart = index + 1
        }
        if lineStart < tokens.count { lines.append(lineStart..<tokens.count) }

        for (lineNumber, line) in lines.enumerated() {
            let tags = line.filter { tokens[$0].kind != .text }
            guard !tags.isEmpty else { continue }
            let onlyWhitespaceText = line.allSatisfy { tokens[$0].kind != .text || isBlank(tokens[$0]) }
            if onlyWhitespaceText, isStandalone(tags: tags, in: line) {
                let firstTag = tags[0]
                let indentation = line.lowerBound..<firstTag
                let indent = indentation.map { text(tokens[$0].start..<tokens[$0].end) }.joined()
                for index in line where tokens[index].kind == .text {
                    tokens[index].removed = true
                }
                for index in tags {
                    tokens[index].isStandalone = true
                    switch tokens[index].kind {
                    case .partial, .parentOpen:
                        tokens[index].indentation = indent
                    case .blockOpen:
                        let next = lineNumber + 1 < lines.count ? leadingWhitespace(of: lines[lineNumber + 1]) : ""
                        tokens[index].blockIndentation = .standalone(next)
                    default:
                        break
                    }
                }
            } else {
                // A block that follows only whitespace re-indents its later lines to match.
                for index in tags where tokens[index].kind == .blockOpen {
                    let before = line.lowerBound..<index
                    guard before.allSatisfy({ tokens[$0].kind == .text && isBlank(tokens[$0]) }), !before.isEmpty else { continue }
                    let indent = before.map { text(tokens[$0].start..<tokens[$0].end) }.joined()
                    tokens[index].blockIndentation = .afterLeadingWhitespace(indent)
                }
            }
        }
    }

    /// One standalone-capable tag; or, for inheritance, several parent and block tags
    /// (`{{<parent}}{{$block}}`), so long as no block both opens and closes on the line.
    private func isStandalone(tags: [Int], in line: Range<Int>) -> Bool {
        guard tags.allSatisfy({ tokens[$0].kind.canStandAlone }) else { return false }
        if tags.count == 1 { return true }
        return tags.allSatisfy { index in
            let token = tokens[index]
            switch token.kind {
            case .parentOpen: return true
            case .blockOpen: return !(token.pair.map(line.contains) ?? false)
            case .close:
                guard let opener = token.pair else { return false }
                switch tokens[opener].kind {
                case .parentOpen: return true
                case .blockOpen: return !line.contains(opener)
                default: return false
                }
            default: return false
            }
        }
    }

    private func endsWithNewline(_ token: TemplateToken) -> Bool {
        bytes[token.end - 1] == UInt8(ascii: "\n")
    }

    /// Spaces and tabs, with at most a line ending at the end.
    private func isBlank(_ token: TemplateToken) -> Bool {
        var end = token.end
        if bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            if end > token.start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        return bytes[token.start..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    private func leadingWhitespace(of line: Range<Int>) -> String {
        guard let first = line.first, tokens[first].kind == .text else { return "" }
        let token = tokens[first]
        var end = token.start
        while end < token.end, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") {
            end += 1
        }
        return text(token.start..<end)
    }
}
