/// A compiled Mustache template: parsed once into an immutable tree, then rendered any number
/// of times, from any number of threads, with no re-parsing.
public struct Template: Sendable {
    /// Everything the template is, in one object: a render copies a template at each partial it
    /// includes (a page of ten files, about fifteen times), and one reference is one retain and
    /// release where six fields were six.
    private let compiled: Compiled

    /// The name partials and parents use to refer to this template, e.g. `partials/asset`.
    public var name: String { compiled.name }
    var source: TemplateSource { compiled.source }
    var nodes: [TemplateNode] { compiled.nodes }
    /// `nodes` as the renderer walks them.
    var renderNodes: RenderNodeList { compiled.renderNodes }
    /// The bytes of the nodes' text runs, at any depth.
    var texts: TemplateTextStorage { compiled.texts }
    /// How large its last rendering was, shared by its copies.
    var sizeHint: RenderSizeHint { compiled.sizeHint }

    private final class Compiled: Sendable {
        let name: String
        let source: TemplateSource
        let nodes: [TemplateNode]
        let renderNodes: RenderNodeList
        let texts: TemplateTextStorage
        let sizeHint = RenderSizeHint()

        init(name: String, source: TemplateSource, nodes: [TemplateNode], texts: TemplateTextStorage) {
            self.name = name
            self.source = source
            self.nodes = nodes
            renderNodes = RenderNodeList(nodes)
            self.texts = texts
        }
    }

    /// Parses `text`, collecting every syntax error rather than stopping at the first.
    ///
    /// - Parameters:
    ///   - text: the Mustache source, with the standard `{{ }}` delimiters until it changes them.
    ///   - name: how other templates refer to this one.
    ///   - file: the file name used in messages; defaults to `name`.
    public init(_ text: String, name: String = "template", file: String? = nil) throws(TemplateError) {
        try self.init(text, name: name, file: file, delimiters: .standard)
    }

    init(_ text: String, name: String, file: String?, delimiters: Delimiters) throws(TemplateError) {
        let source = TemplateSource(text: text, file: file ?? name)
        var parser = TemplateParser(source: source, delimiters: delimiters)
        let nodes = parser.parse()
        if !parser.diagnostics.isEmpty {
            throw .syntax(parser.diagnostics)
        }
        compiled = Compiled(name: name, source: source, nodes: nodes, texts: TemplateTextStorage(parser.texts))
    }

    /// The fixed names of the partials and parents this template refers to, with where.
    var references: [(name: String, offset: Int, isParent: Bool)] {
        var found: [(String, Int, Bool)] = []
        func visit(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text, .variable: break
                case .section(let section): visit(section.children)
                case .block(let block): visit(block.children)
                case .partial(let partial):
                    if case .fixed(let name) = partial.reference { found.append((name, partial.offset, false)) }
                case .parent(let parent):
                    if case .fixed(let name) = parent.reference { found.append((name, parent.offset, true)) }
                    for block in parent.overrides.values { visit(block.children) }
                }
            }
        }
        visit(nodes)
        return found
    }
}
