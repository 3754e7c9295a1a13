/// The state of one render: the bytes being written, the context stack, the indentation
/// in force, and the block overrides of the parents being rendered. Made fresh for each
/// render, so the compiled template itself stays immutable and shareable.
///
/// A struct rather than a class: its methods mutate it through `inout self`, which the compiler
/// checks statically, where a class's stored properties would be checked for exclusive access at
/// run time, on every append.
struct Renderer: ~Copyable {
    private let library: TemplateLibrary
    private let options: RenderOptions
    /// The UTF-8 output.
    var output: OutputBuffer
    private(set) var warnings: [TemplateDiagnostic] = []
    var errors: [TemplateDiagnostic] = []
    private var reported: Set<String> = []

    /// The context stack, as addresses of values inside the root's tree (and the root itself):
    /// that tree is immutable and held for the whole render (``root``), so a section pushes and a
    /// lookup returns an address, and neither copies a value nor retains what it holds.
    private var stack: [UnsafePointer<TemplateValue>]
    /// A copy of the render's context, which keeps the whole tree alive and in place.
    private let root: UnsafeMutablePointer<TemplateValue>
    /// The indentation in force is `indentationBytes[indentationStart...]`: a standalone include
    /// appends to it and an inline one starts it afresh past the end, each putting it back on the
    /// way out, so nesting never allocates once the buffer has grown.
    ///
    /// A byte buffer rather than an array: reading an array's bytes while the page is written
    /// retained it, and restoring its length checked it out for writing, at every line and include.
    private var indentationBytes = OutputBuffer(capacity: 64)
    private var indentationStart = 0
    private var atLineStart = true
    /// Overrides of the parents being rendered, outermost first: the outermost definition wins.
    private var blockOverrides: [(blocks: [String: TemplateNode.Block], template: Template)] = []
    /// The templates of the fixed partial tags included so far, by tag, at most
    /// ``fixedPartialLimit``: a page includes the same partial for each of its lines and assets,
    /// and the library's lookup hashes the name every time (issue 12: about 4% of a page's render).
    /// The library cannot change during a render, so what a tag found once it finds again. Each
    /// tag is held, not just its address: a lambda's tags may be freed mid-render, and their
    /// address reused by another tag naming another partial.
    private var fixedPartials: [(tag: TemplateNode.Partial, template: Template)] = []
    private static let fixedPartialLimit = 16
    /// Where each partial or parent being rendered was included from, outermost first.
    private var includeSites: [(source: TemplateSource, offset: Int, name: String)] = []
    /// Sections, blocks, partials, parents and lambda results being rendered, across templates:
    /// each is one more level of recursion, bounded by ``TemplateLimits/maximumRenderDepth``.
    private var depth = 0

    init(library: TemplateLibrary, options: RenderOptions, root: TemplateValue, capacity: Int) {
        output = OutputBuffer(capacity: capacity)
        self.library = library
        self.options = options
        self.root = .allocate(capacity: 1)
        self.root.initialize(to: root)
        self.stack = [UnsafePointer(self.root)]
        stack.reserveCapacity(16)
    }

    deinit {
        root.deinitialize(count: 1)
        root.deallocate()
    }

    /// Renders a template's, section's or block's nodes (see the walk below).
    mutating func render(_ nodes: RenderNodeList, in template: Template) throws(RenderAbort) {
        try render(nodes.nodes, in: template)
    }

    /// Walks the render nodes in place: each is a few words with its payload unretained (see
    /// ``RenderNode``), so a visit neither copies a node nor retains what it holds.
    private mutating func render(_ nodes: UnsafeMutableBufferPointer<RenderNode>, in template: Template) throws(RenderAbort) {
        let textBytes = UnsafeBufferPointer(template.texts.byteRuns)
        let lineEnds = UnsafeBufferPointer(template.texts.lineEndRuns)
        for index in nodes.indices {
            // `_withUnsafeGuaranteedRef` lends the payload without a retain; its closure throws
            // untyped, so the typed error travels out as a result.
            let outcome: Result<Void, RenderAbort>
            switch nodes[index] {
            case .text(let text):
                emitTemplateText(text, bytes: textBytes, lineEnds: lineEnds)
                continue
            case .variable(let variable):
                outcome = variable._withUnsafeGuaranteedRef { variable in
                    Result { () throws(RenderAbort) in
                        try renderVariable(variable.name, escaped: variable.escaped, offset: variable.offset, in: template)
                    }
                }
            case .section(let section):
                outcome = section._withUnsafeGuaranteedRef { section in
                    Result { () throws(RenderAbort) in try renderSection(section, in: template) }
                }
            case .partial(let partial):
                outcome = partial._withUnsafeGuaranteedRef { partial in
                    Result { () throws(RenderAbort) in try renderPartial(partial, in: template) }
                }
            case .parent(let parent):
                outcome = parent._withUnsafeGuaranteedRef { parent in
                    Result { () throws(RenderAbort) in try renderParent(parent, in: template) }
                }
            case .block(let block):
                outcome = block._withUnsafeGuaranteedRef { block in
                    Result { () throws(RenderAbort) in try renderBlock(block, in: template) }
                }
            }
            try outcome.get()
        }
    }

    // MARK: Text and values

    private var hasIndentation: Bool { indentationStart != indentationBytes.count }

    /// Template text gets the indentation in force at every line start; values never do.
    @inline(__always)
    private mutating func emitTemplateText(_ text: TemplateText, bytes: UnsafeBufferPointer<UInt8>, lineEnds: UnsafeBufferPointer<Int>) {
        guard let base = bytes.baseAddress, text.count > 0 else {
            // Empty text (a block line that was only indentation) writes nothing.
            if !hasIndentation { atLineStart = false }
            return
        }
        let run = base + text.start
        guard hasIndentation else {
            output.append(UnsafeBufferPointer(start: run, count: text.count))
            atLineStart = text.endsLine
            return
        }
        emitIndentedText(text, run: run, lineEnds: lineEnds)
    }

    private mutating func emitIndentedText(_ text: TemplateText, run: UnsafePointer<UInt8>, lineEnds: UnsafeBufferPointer<Int>) {
        let ends = UnsafeBufferPointer(rebasing: lineEnds[text.lineEndsStart..<(text.lineEndsStart + text.lineEndsCount)])
        output.appendIndented(
            UnsafeBufferPointer(start: run, count: text.count), lineEnds: ends,
            indentation: indentationBytes.bytes(from: indentationStart), startsLine: atLineStart)
        atLineStart = text.endsLine
    }

    private mutating func emitIndentation() {
        output.append(indentationBytes.bytes(from: indentationStart))
    }

    private mutating func emitPendingIndentation() {
        if atLineStart, hasIndentation { emitIndentation() }
        atLineStart = false
    }

    private mutating func renderVariable(_ name: VariableName, escaped: Bool, offset: Int, in template: Template) throws(RenderAbort) {
        emitPendingIndentation()
        guard let value = resolve(name, offset: offset, in: template) else { return }
        switch value.pointee {
        case .null, .array, .object: break
        case .bool(let value): appendUTF8(value ? "true" : "false", to: &output)
        case .int(let value): appendDecimal(value, to: &output)
        case .double(let value): appendUTF8(Self.format(value), to: &output)
        case .string(let value):
            // Straight to the byte writers, not through the escaping's `String` wrapper: nearly
            // every value a page writes is a string (about 30 instructions each).
            withUTF8(of: value) { bytes in
                if escaped { appendEscapingHTML(bytes, to: &output) } else { output.append(bytes) }
            }
        case .lambda(let lambda):
            let result = try renderLambdaResult(lambda.body(""), delimiters: .standard, offset: offset, in: template)
            result.withBytes { bytes in
                if escaped { appendEscapingHTML(bytes, to: &output) } else { output.append(bytes) }
            }
        }
    }

    /// Whole doubles print without a fraction (`10`, not `10.0`); others in their shortest exact form.
    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    // MARK: Sections

    private mutating func renderSection(_ section: TemplateNode.Section, in template: Template) throws(RenderAbort) {
        let value = resolve(section.name, offset: section.offset, in: template)
        let isShown = value?.pointee.isTruthy ?? false
        guard isShown != section.inverted else { return }
        try enterNesting(at: section.offset, in: template)
        defer { depth -= 1 }
        guard let value, !section.inverted else {
            try render(section.renderChildren.nodes, in: template)
            return
        }
        switch value.pointee {
        case .array(let items):
            // The items stay where they are: `items` is part of the tree the render holds.
            try items.withUnsafeBufferPointer { (items) throws(RenderAbort) in
                guard let first = items.baseAddress else { return }
                for index in items.indices {
                    stack.append(first + index)
                    defer { stack.removeLast() }
                    try render(section.renderChildren.nodes, in: template)
                }
            }
        case .lambda(let lambda):
            emitPendingIndentation()
            let text = lambda.body(section.rawText)
            let expansion = try parseLambdaResult(text, delimiters: section.delimiters, offset: section.offset, in: template)
            try render(expansion.renderNodes.nodes, in: expansion)
        default:
            stack.append(value)
            defer { stack.removeLast() }
            try render(section.renderChildren.nodes, in: template)
        }
    }

    // MARK: Lambdas

    private mutating func parseLambdaResult(_ text: String, delimiters: Delimiters, offset: Int, in template: Template)
        throws(RenderAbort) -> Template
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
    private mutating func renderLambdaResult(_ text: String, delimiters: Delimiters, offset: Int, in template: Template)
        throws(RenderAbort) -> OutputBuffer
    {
        let expansion = try parseLambdaResult(text, delimiters: delimiters, offset: offset, in: template)
        try enterNesting(at: offset, in: template)
        defer { depth -= 1 }
        var buffer = OutputBuffer(capacity: 256)
        swap(&buffer, &output)
        let savedStart = indentationStart
        indentationStart = indentationBytes.count
        defer {
            indentationStart = savedStart
            swap(&buffer, &output)
        }
        try render(expansion.renderNodes.nodes, in: expansion)
        var result = OutputBuffer(capacity: 0)
        swap(&result, &output)
        return result
    }

    // MARK: Partials, parents and blocks

    private mutating func renderPartial(_ partial: TemplateNode.Partial, in template: Template) throws(RenderAbort) {
        let isFixed = if case .fixed = partial.reference { true } else { false }
        if isFixed, let known = fixedPartials.firstIndex(where: { $0.tag === partial }) {
            try include(fixedPartials[known].template, from: partial.offset, in: template, indentation: partial.indentation)
            return
        }
        guard let name = referencedName(partial.reference, offset: partial.offset, in: template) else { return }
        guard let included = library.template(named: name) else {
            missing(.missingPartial(name: name), offset: partial.offset, in: template)
            return
        }
        if isFixed, fixedPartials.count < Self.fixedPartialLimit { fixedPartials.append((partial, included)) }
        try include(included, from: partial.offset, in: template, indentation: partial.indentation)
    }

    private mutating func renderParent(_ parent: TemplateNode.Parent, in template: Template) throws(RenderAbort) {
        guard let name = referencedName(parent.reference, offset: parent.offset, in: template) else { return }
        guard let included = library.template(named: name) else {
            missing(.missingParent(name: name), offset: parent.offset, in: template)
            return
        }
        blockOverrides.append((parent.overrides, template))
        defer { blockOverrides.removeLast() }
        try include(included, from: parent.offset, in: template, indentation: parent.indentation)
    }

    private mutating func renderBlock(_ block: TemplateNode.Block, in template: Template) throws(RenderAbort) {
        try enterNesting(at: block.offset, in: template)
        defer { depth -= 1 }
        let content = overridingContent(of: block, in: template)
        let savedCount = indentationBytes.count
        defer { indentationBytes.truncate(to: savedCount) }
        switch block.indentation {
        case .none:
            break
        case .standalone(let indent):
            appendUTF8(indent, to: &indentationBytes)
            atLineStart = true
        case .afterLeadingWhitespace(let indent):
            appendUTF8(indent, to: &indentationBytes)
        }
        try render(content.block.renderChildren.nodes, in: content.template)
    }

    /// The outermost parent's override of `block`, or the block itself.
    private func overridingContent(of block: TemplateNode.Block, in template: Template) -> (block: TemplateNode.Block, template: Template) {
        for entry in blockOverrides {
            if let override = entry.blocks[block.name] { return (override, entry.template) }
        }
        return (block, template)
    }

    /// Renders an included template one level deeper, with the indentation of a standalone tag.
    private mutating func include(
        _ included: Template, from offset: Int, in template: Template, indentation extra: String?
    ) throws(RenderAbort) {
        includeSites.append((template.source, offset, included.name))
        defer { includeSites.removeLast() }
        if includeSites.count > options.maximumDepth { throw recursionTooDeep(at: offset, in: template) }
        try enterNesting(at: offset, in: template)
        defer { depth -= 1 }
        let savedCount = indentationBytes.count
        let savedStart = indentationStart
        defer {
            indentationBytes.truncate(to: savedCount)
            indentationStart = savedStart
        }
        if let extra {
            appendUTF8(extra, to: &indentationBytes)
            atLineStart = true
            try render(included.renderNodes.nodes, in: included)
            atLineStart = true
        } else {
            // Inline: the included lines are not part of this line's indentation.
            emitPendingIndentation()
            indentationStart = indentationBytes.count
            try render(included.renderNodes.nodes, in: included)
            atLineStart = false
        }
    }

    private mutating func referencedName(_ reference: TemplateReference, offset: Int, in template: Template) -> String? {
        switch reference {
        case .fixed(let name):
            return name
        case .dynamic(let variable):
            guard case .string(let name) = resolve(variable, offset: offset, in: template)?.pointee else { return nil }
            return name
        }
    }

    // MARK: Names

    /// Looks a name up the context stack; for a dotted name only the first part searches the
    /// stack, the rest must be found inside it (a broken chain resolves to nothing).
    private mutating func resolve(_ name: VariableName, offset: Int, in template: Template) -> UnsafePointer<TemplateValue>? {
        guard let first = name.first else { return stack.last }
        guard var current = Self.lookUp(first, in: stack) else {
            unresolved(name, offset: offset, in: template)
            return nil
        }
        if name.rest.isEmpty { return current }
        for key in name.rest {
            guard let value = current.pointee.memberAddress(key) else {
                unresolved(name, offset: offset, in: template)
                return nil
            }
            current = value
        }
        return current
    }

    /// The innermost object on the stack that has a member `key`: that member.
    ///
    /// Static, given the stack alone: as a method of this `~Copyable` struct, every call copied
    /// the whole renderer (144 bytes, with `memcpy`) to lend it, once per variable and section.
    private static func lookUp(_ key: TemplateObjectKey, in stack: [UnsafePointer<TemplateValue>]) -> UnsafePointer<TemplateValue>? {
        stack.withUnsafeBufferPointer { frames in
            var frame = frames.count
            while frame > 0 {
                frame -= 1
                if let value = frames[frame].pointee.memberAddress(key) { return value }
            }
            return nil
        }
    }

    // MARK: Depth bounds

    /// Counts one more level of nesting for the tag at `offset`, or stops the render there
    /// when that would go past ``TemplateLimits/maximumRenderDepth``: deeper, the stack could overflow.
    private mutating func enterNesting(at offset: Int, in template: Template) throws(RenderAbort) {
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

    private mutating func unresolved(_ name: VariableName, offset: Int, in template: Template) {
        guard options.strict else { return }
        record(diagnostic(.unresolvedName(name.description), offset: offset, in: template), asError: true)
    }

    private mutating func missing(_ problem: TemplateProblem, offset: Int, in template: Template) {
        record(diagnostic(problem, offset: offset, in: template), asError: options.strict)
    }

    private mutating func record(_ diagnostic: TemplateDiagnostic, asError: Bool) {
        guard reported.insert(diagnostic.description).inserted else { return }
        if asError { errors.append(diagnostic) } else { warnings.append(diagnostic) }
    }

    private func diagnostic(_ problem: TemplateProblem, offset: Int, in template: Template) -> TemplateDiagnostic {
        var diagnostic = template.source.diagnostic(problem, atOffset: offset)
        diagnostic.includedFrom = includeSites.reversed().map { $0.source.location(ofOffset: $0.offset) }
        return diagnostic
    }
}
