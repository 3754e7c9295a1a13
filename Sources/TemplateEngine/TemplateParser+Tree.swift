// Building the node tree from paired, standalone-marked tokens.
extension TemplateParser {
    mutating func buildNodes(from index: inout Int, until end: Int) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var pendingText = ""
        func flushText() {
            if !pendingText.isEmpty {
                nodes.append(.text(pendingText))
                pendingText = ""
            }
        }
        while index < end {
            let token = tokens[index]
            switch token.kind {
            case .text:
                if !token.removed { pendingText += text(token.start..<token.end) }
                index += 1
            case .comment, .setDelimiters, .close:
                index += 1
            case .variable(let escaped):
                flushText()
                nodes.append(.variable(variableName(token.name), escaped: escaped, offset: token.start))
                index += 1
            case .partial(let dynamic):
                flushText()
                nodes.append(
                    .partial(.init(reference: reference(token.name, dynamic: dynamic), indentation: token.indentation, offset: token.start))
                )
                index += 1
            case .sectionOpen(let inverted):
                flushText()
                nodes.append(.section(buildSection(at: &index, inverted: inverted)))
            case .blockOpen:
                flushText()
                nodes.append(.block(buildBlock(at: &index)))
            case .parentOpen(let dynamic):
                flushText()
                nodes.append(.parent(buildParent(at: &index, dynamic: dynamic)))
            }
        }
        flushText()
        return nodes
    }

    private mutating func children(of index: inout Int) -> (nodes: [TemplateNode], closing: Int) {
        let closing = tokens[index].pair ?? tokens.count
        index += 1
        let nodes = buildNodes(from: &index, until: closing)
        index = closing + 1
        return (nodes, closing)
    }

    private mutating func buildSection(at index: inout Int, inverted: Bool) -> TemplateNode.Section {
        let opening = tokens[index]
        let (nodes, closing) = children(of: &index)
        let rawEnd = closing < tokens.count ? tokens[closing].start : bytes.count
        return TemplateNode.Section(
            name: variableName(opening.name), inverted: inverted, children: nodes,
            rawText: text(opening.end..<rawEnd), delimiters: opening.delimiters, offset: opening.start)
    }

    private mutating func buildBlock(at index: inout Int) -> TemplateNode.Block {
        let opening = tokens[index]
        var (nodes, _) = children(of: &index)
        if case .standalone(let indent) = opening.blockIndentation, !indent.isEmpty {
            var atLineStart = true
            nodes = BlockDedent(prefix: indent).apply(to: nodes, atLineStart: &atLineStart)
        }
        return TemplateNode.Block(name: opening.name, children: nodes, indentation: opening.blockIndentation, offset: opening.start)
    }

    private mutating func buildParent(at index: inout Int, dynamic: Bool) -> TemplateNode.Parent {
        let opening = tokens[index]
        let (nodes, _) = children(of: &index)
        // Only the blocks inside a parent tag mean anything; other content is ignored.
        var overrides: [String: TemplateNode.Block] = [:]
        for case .block(let block) in nodes where overrides[block.name] == nil {
            overrides[block.name] = block
        }
        return TemplateNode.Parent(
            reference: reference(opening.name, dynamic: dynamic), overrides: overrides,
            indentation: opening.indentation, offset: opening.start)
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

    func apply(to nodes: [TemplateNode], atLineStart: inout Bool) -> [TemplateNode] {
        nodes.map { node in
            switch node {
            case .text(let text):
                return .text(dedent(text, atLineStart: &atLineStart))
            case .variable:
                atLineStart = false
                return node
            case .section(let section):
                let children = apply(to: section.children, atLineStart: &atLineStart)
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
                    let children = apply(to: block.children, atLineStart: &atLineStart)
                    return .block(
                        .init(
                            name: block.name, children: children, indentation: .afterLeadingWhitespace(strip(indent)), offset: block.offset)
                    )
                case .none:
                    let children = apply(to: block.children, atLineStart: &atLineStart)
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
