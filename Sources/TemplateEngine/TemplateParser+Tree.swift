// Building the node tree from paired, standalone-marked tokens.
//
// Building recurses once per nesting level (bounded by `TemplateLimits.maximumNesting`), through
// `buildNodes` and `buildScope` only; the heavier work of making each node is done in functions
// that return before the recursion goes on, so each level costs little stack.
extension TemplateParser {
    mutating func buildNodes(from index: inout Int, until end: Int) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var pendingText = ""
        while index < end {
            if opensScope(at: index) {
                flush(&pendingText, into: &nodes)
                nodes.append(buildScope(at: &index))
            } else {
                appendLeaf(at: index, pendingText: &pendingText, to: &nodes)
                index += 1
            }
        }
        flush(&pendingText, into: &nodes)
        return nodes
    }

    /// Reads the token here rather than in `buildNodes`, whose frame would hold a copy of it.
    private func opensScope(at index: Int) -> Bool { tokens[index].kind.opensScope }

    private mutating func flush(_ pendingText: inout String, into nodes: inout [TemplateNode]) {
        guard !pendingText.isEmpty else { return }
        nodes.append(.text(texts.add(pendingText)))
        pendingText = ""
    }

    /// Text, variables and partials; comments, delimiter changes and closings render nothing.
    private mutating func appendLeaf(at index: Int, pendingText: inout String, to nodes: inout [TemplateNode]) {
        let token = tokens[index]
        switch token.kind {
        case .text:
            if !token.removed { pendingText += text(token.start..<token.end) }
        case .variable(let escaped):
            flush(&pendingText, into: &nodes)
            nodes.append(.variable(.init(name: variableName(token.name), escaped: escaped, offset: token.start)))
        case .partial(let dynamic):
            flush(&pendingText, into: &nodes)
            nodes.append(
                .partial(.init(reference: reference(token.name, dynamic: dynamic), indentation: token.indentation, offset: token.start)))
        case .comment, .setDelimiters, .close, .sectionOpen, .blockOpen, .parentOpen:
            break
        }
    }

    /// The section, block or parent opening at `index`, with everything up to its closing tag.
    private mutating func buildScope(at index: inout Int) -> TemplateNode {
        let opening = index
        let closing = closingIndex(of: opening)
        index += 1
        let children = buildNodes(from: &index, until: closing)
        index = closing + 1
        return scopeNode(openingAt: opening, closing: closing, children: children)
    }

    private func closingIndex(of opening: Int) -> Int { tokens[opening].pair ?? tokens.count }

    private mutating func scopeNode(openingAt index: Int, closing: Int, children: [TemplateNode]) -> TemplateNode {
        let opening = tokens[index]
        switch opening.kind {
        case .sectionOpen(let inverted):
            let rawEnd = closing < tokens.count ? tokens[closing].start : bytes.count
            return .section(
                .init(
                    name: variableName(opening.name), inverted: inverted, children: children,
                    rawText: text(opening.end..<rawEnd), delimiters: opening.delimiters, offset: opening.start))
        case .blockOpen:
            var nodes = children
            if case .standalone(let indent) = opening.blockIndentation, !indent.isEmpty {
                var atLineStart = true
                nodes = BlockDedent(prefix: indent).apply(to: nodes, atLineStart: &atLineStart, texts: &texts)
            }
            return .block(.init(name: opening.name, children: nodes, indentation: opening.blockIndentation, offset: opening.start))
        case .parentOpen(let dynamic):
            // Only the blocks inside a parent tag mean anything; other content is ignored.
            var overrides: [String: TemplateNode.Block] = [:]
            for case .block(let block) in children where overrides[block.name] == nil {
                overrides[block.name] = block
            }
            return .parent(
                .init(
                    reference: reference(opening.name, dynamic: dynamic), overrides: overrides,
                    indentation: opening.indentation, offset: opening.start))
        default:
            return .text(texts.add(""))  // only scope openings reach here
        }
    }

    private func variableName(_ name: String) -> VariableName {
        name == "." ? VariableName(components: []) : VariableName(components: name.split(separator: ".").map(String.init))
    }

    private func reference(_ name: String, dynamic: Bool) -> TemplateReference {
        dynamic ? .dynamic(variableName(name)) : .fixed(name)
    }
}

/// Removes a block's own indentation from its content where it is defined, so that the
/// content can take the indentation of wherever it is expanded (spec: block reindentation).
struct BlockDedent {
    let prefix: String

    func apply(to nodes: [TemplateNode], atLineStart: inout Bool, texts: inout TemplateTextBuilder) -> [TemplateNode] {
        nodes.map { node in
            switch node {
            case .text(let text):
                return .text(texts.add(dedent(texts.string(of: text), atLineStart: &atLineStart)))
            case .variable:
                atLineStart = false
                return node
            case .section(let section):
                let children = apply(to: section.children, atLineStart: &atLineStart, texts: &texts)
                return .section(
                    .init(
                        name: section.name, inverted: section.inverted, children: children, rawText: section.rawText,
                        delimiters: section.delimiters, offset: section.offset))
            case .partial(let partial):
                if partial.indentation == nil { atLineStart = false }
                return .partial(.init(reference: partial.reference, indentation: partial.indentation.map(strip), offset: partial.offset))
            case .parent(let parent):
                if parent.indentation == nil { atLineStart = false }
                return .parent(
                    .init(
                        reference: parent.reference, overrides: parent.overrides, indentation: parent.indentation.map(strip),
                        offset: parent.offset))
            case .block(let block):
                switch block.indentation {
                case .standalone(let indent):
                    // Its content is already relative to its own indentation.
                    return .block(
                        .init(name: block.name, children: block.children, indentation: .standalone(strip(indent)), offset: block.offset))
                case .afterLeadingWhitespace(let indent):
                    let children = apply(to: block.children, atLineStart: &atLineStart, texts: &texts)
                    return .block(
                        .init(
                            name: block.name, children: children, indentation: .afterLeadingWhitespace(strip(indent)), offset: block.offset)
                    )
                case .none:
                    let children = apply(to: block.children, atLineStart: &atLineStart, texts: &texts)
                    return .block(.init(name: block.name, children: children, indentation: .none, offset: block.offset))
                }
            }
        }
    }

    /// `indent` without as much of the prefix as it starts with.
    func strip(_ indent: String) -> String {
        var remaining = Substring(indent)
        var expected = Substring(prefix)
        while let first = remaining.first, let wanted = expected.first, first == wanted {
            remaining = remaining.dropFirst()
            expected = expected.dropFirst()
        }
        return String(remaining)
    }

    private func dedent(_ text: String, atLineStart: inout Bool) -> String {
        var result = ""
        var line = ""
        for character in text {
            line.append(character)
            if character == "\n" || character == "\r\n" {
                result += atLineStart ? strip(line) : line
                line = ""
                atLineStart = true
            }
        }
        if !line.isEmpty {
            result += atLineStart ? strip(line) : line
            atLineStart = false
        }
        return result
    }
}
