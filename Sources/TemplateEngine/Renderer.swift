/// The state of one render: the output being built, the context stack, the indentation
/// in force, and the block overrides of the parents being rendered. Made fresh for each
/// render, so the compiled template itself stays immutable and shareable.
final class Renderer {
    private let library: TemplateLibrary
    private let options: RenderOptions
    var output = ""
    private(set) var warnings: [TemplateDiagnostic] = []
    var errors: [TemplateDiagnostic] = []
    private var reported: Set<String> = []

    private var stack: [TemplateValue]
    private var indentation = ""
    private var atLineStart = true
    /// Overrides of the parents being rendered, outermost first: the outermost definition wins.
    private var blockOverrides: [(blocks: [String: TemplateNode.Block], template: Template)] = []
    /// Where each partial or parent being rendered was included from, outermost first.
    private var includeSites: [(source: TemplateSource, offset: Int, name: String)] = []
    /// Sections, blocks, partials, parents and lambda results being rendered, across templates:
    /// each is one more level of recursion, bounded by ``TemplateLimits/maximumRenderDepth``.
    private var depth = 0

    init(library: TemplateLibrary, options: RenderOptions, root: TemplateValue) {
        self.library = library
        self.options = options
        self.stack = [root]
        output.reserveCapacity(4096)
    }

    func render(_ nodes: [TemplateNode], in template: Template) throws(RenderAbort) {
        for node in nodes {
            switch node {
            case .text(let text):
                emitTemplateText(text)
            case .variable(let name, let escaped, let offset):
                try renderVariable(name, escaped: escaped, offset: offset, in: template)
            case .section(let section):
                try renderSection(section, in: template)
            case .partial(let partial):
                try renderPartial(partial, in: template)
            case .parent(let parent):
                try renderParent(parent, in: template)
            case .block(let block):
                try renderBlock(block, in: template)
            }
        }
    }

    // MARK: Text and values

    /// Template text gets the indentation in force at every line start; values never do.
    private func emitTemplateText(_ text: String) {
        if indentation.isEmpty {
            output += text
            atLineStart = text.utf8.last == UInt8(ascii: "\n")
            return
        }
        let bytes = text.utf8
        var segmentStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let isNewline = bytes[index] == UInt8(ascii: "\n")
            bytes.formIndex(after: &index)
            if isNewline || index == bytes.endIndex {
                if atLineStart { output += indentation }
                output += text[segmentStart..<index]
                atLineStart = isNewline
                segmentStart = index
            }
        }
    }

    private func emitPendingIndentation() {
        if atLineStart, !indentation.isEmpty { output += indentation }
        atLineStart = false
    }

    private func renderVariable(_ name: VariableName, escaped: Bool, offset: Int, in template: Template) throws(RenderAbort) {
        emitPendingIndentation()
        guard let value = resolve(name, offset: offset, in: template) else { return }
        switch value {
        case .null, .array, .object: break
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += Self.format(value)
        case .string(let value):
            if escaped { appendEscapingHTML(value, to: &output) } else { output += value }
        case .lambda(let lambda):
            let result = try renderLambdaResult(lambda.body(""), delimiters: .standard, offset: offset, in: template)
            if escaped { appendEscapingHTML(result, to: &output) } else { output += result }
        }
    }

    /// Whole doubles print without a fraction (`10`, not `10.0`); others in their shortest exact form.
    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    // MARK: Sections

    private func renderSection(_ section: TemplateNode.Section, in template: Template) throws(RenderAbort) {
        let value = resolve(section.name, offset: section.offset, in: template)
        let isShown = value?.isTruthy ?? false
        guard isShown != section.inverted else { return }
        try enterNesting(at: section.offset, in: template)
        defer { depth -= 1 }
        guard let value, !section.inverted else {
            try render(section.children, in: template)
            return
        }
        switch value {
        case .array(let items):
            for item in items {
                stack.append(item)
                defer { stack.removeLast() }
                try render(section.children, in: template)
            }
        case .lambda(let lambda):
            emitPendingIndentation()
            let text = lambda.body(section.rawText)
            let expansion = try parseLambdaResult(text, delimiters: section.delimiters, offset: section.offset, in: template)
            try render(expansion.nodes, in: expansion)
        default:
            stack.append(value)
            defer { stack.removeLast() }
            try render(section.children, in: template)
        }
    }

    // MARK: Lambdas

    private func parseLambdaResult(_ text: String, delimiters: Delimiters, offset: Int, in template: Template) throws(RenderAbort)
        -> Template
    {
        do {
            // A lambda used inside a lambda's result keeps one suffix, not one per level.
            let suffix = " (lambda result)"
            let file = template.source.file.hasSuffix(suffix) ? template.source.file : template.source.file + suffix
            return try Template(text, name: template.name, file: file, delimiters: delimiters)
        } catch {
            let reason = error.diagnostics.first.map { "\($0.problem)" } ?? "\(error)"
            throw RenderAbort(diagnostic: diagnostic(.lambdaResult(reason: reason), offset: offset, in: template))
        }
    }

    /// Renders a lambda's result on its own, as a value: not indented, escaped by the caller.
    private func renderLambdaResult(_ text: String, delimiters: Delimiters, offset: Int, in template: Template) throws(RenderAbort)
        -> String
    {
        let expansion = try parseLambdaResult(text, delimiters: delimiters, offset: offset, in: template)
        try enterNesting(at: offset, in: template)
        defer { depth -= 1 }
        var buffer = ""
        swap(&buffer, &output)
        let savedIndentation = indentation
        indentation = ""
        defer {
            indentation = savedIndentation
            swap(&buffer, &output)
        }
        try render(expansion.nodes, in: expansion)
        return output
    }

    // MARK: Partials, parents and blocks

    private func renderPartial(_ partial: TemplateNode.Partial, in template: Template) throws(RenderAbort) {
        guard let name = referencedName(partial.reference, offset: partial.offset, in: template) else { return }
        guard let included = library.template(named: name) else {
            missing(.missingPartial(name: name), offset: partial.offset, in: template)
            return
        }
        try include(included, from: partial.offset, in: template, indentation: partial.indentation)
    }

    private func renderParent(_ parent: TemplateNode.Parent, in template: Template) throws(RenderAbort) {
        guard let name = referencedName(parent.reference, offset: parent.offset, in: template) else { return }
        guard let included = library.template(named: name) else {
            missing(.missingParent(name: name), offset: parent.offset, in: template)
            return
        }
        blockOverrides.append((parent.overrides, template))
        defer { blockOverrides.removeLast() }
        try include(included, from: parent.offset, in: template, indentation: parent.indentation)
    }

    private func renderBlock(_ block: TemplateNode.Block, in template: Template) throws(RenderAbort) {
        try enterNesting(at: block.offset, in: template)
        defer { depth -= 1 }
        let content = overridingContent(of: block, in: template)
        let savedIndentation = indentation
        defer { indentation = savedIndentation }
        switch block.indentation {
        case .none:
            break
        case .standalone(let indent):
            indentation += indent
            atLineStart = true
        case .afterLeadingWhitespace(let indent):
            indentation += indent
        }
        try render(content.block.children, in: content.template)
    }

    /// The outermost parent's override of `block`, or the block itself.
    private func overridingContent(of block: TemplateNode.Block, in template: Template) -> (block: TemplateNode.Block, template: Template) {
        for entry in blockOverrides {
            if let override = entry.blocks[block.name] { return (override, entry.template) }
        }
        return (block, template)
    }

    /// Renders an included template one level deeper, with the indentation of a standalone tag.
    private func include(
        _ included: Template, from offset: Int, in template: Template, indentation extra: String?
    ) throws(RenderAbort) {
        includeSites.append((template.source, offset, included.name))
        defer { includeSites.removeLast() }
        if includeSites.count > options.maximumDepth { throw recursionTooDeep(at: offset, in: template) }
        try enterNesting(at: offset, in: template)
        defer { depth -= 1 }
        let savedIndentation = indentation
        defer { indentation = savedIndentation }
        if let extra {
            indentation += extra
            atLineStart = true
            try render(included.nodes, in: included)
            atLineStart = true
        } else {
            // Inline: the included lines are not part of this line's indentation.
            emitPendingIndentation()
            indentation = ""
            try render(included.nodes, in: included)
            atLineStart = false
        }
    }

    private func referencedName(_ reference: TemplateReference, offset: Int, in template: Template) -> String? {
        switch reference {
        case .fixed(let name):
            return name
        case .dynamic(let variable):
            guard case .string(let name) = resolve(variable, offset: offset, in: template) else { return nil }
            return name
        }
    }

    // MARK: Names

    /// Looks a name up the context stack; for a dotted name only the first part searches the
    /// stack, the rest must be found inside it (a broken chain resolves to nothing).
    private func resolve(_ name: VariableName, offset: Int, in template: Template) -> TemplateValue? {
        guard let first = name.components.first else { return stack.last }
        var found: TemplateValue?
        for frame in stack.reversed() {
            if case .object(let members) = frame, let value = members[first] {
                found = value
                break
            }
        }
        guard var current = found else {
            unresolved(name, offset: offset, in: template)
            return nil
        }
        for component in name.components.dropFirst() {
            guard case .object(let members) = current, let value = members[component] else {
                unresolved(name, offset: offset, in: template)
                return nil
            }
            current = value
        }
        return current
    }

    // MARK: Depth bounds

    /// Counts one more level of nesting for the tag at `offset`, or stops the render there
    /// when that would go past ``TemplateLimits/maximumRenderDepth``: deeper, the stack could overflow.
    private func enterNesting(at offset: Int, in template: Template) throws(RenderAbort) {
        guard depth < TemplateLimits.maximumRenderDepth else {
            throw RenderAbort(
                diagnostic: diagnostic(.nestingTooDeep(limit: TemplateLimits.maximumRenderDepth), offset: offset, in: template))
        }
        depth += 1
    }

    /// The error for partials or parents nested past ``RenderOptions/maximumDepth``, kept out of
    /// the recursive path so that its frames stay small.
    private func recursionTooDeep(at offset: Int, in template: Template) -> RenderAbort {
        let chain = [includeSites[0].source.file] + includeSites.map(\.name)
        return RenderAbort(
            diagnostic: diagnostic(.recursionTooDeep(limit: options.maximumDepth, chain: chain), offset: offset, in: template))
    }

    // MARK: Diagnostics

    private func unresolved(_ name: VariableName, offset: Int, in template: Template) {
        guard options.strict else { return }
        record(diagnostic(.unresolvedName(name.description), offset: offset, in: template), asError: true)
    }

    private func missing(_ problem: TemplateProblem, offset: Int, in template: Template) {
        record(diagnostic(problem, offset: offset, in: template), asError: options.strict)
    }

    private func record(_ diagnostic: TemplateDiagnostic, asError: Bool) {
        guard reported.insert(diagnostic.description).inserted else { return }
        if asError { errors.append(diagnostic) } else { warnings.append(diagnostic) }
    }

    private func diagnostic(_ problem: TemplateProblem, offset: Int, in template: Template) -> TemplateDiagnostic {
        var diagnostic = template.source.diagnostic(problem, atOffset: offset)
        diagnostic.includedFrom = includeSites.reversed().map { $0.source.location(ofOffset: $0.offset) }
        return diagnostic
    }
}
