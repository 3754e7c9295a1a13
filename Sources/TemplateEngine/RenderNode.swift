/// A node as the renderer walks it: the same node with its payload held unretained, so that
/// visiting it copies a few words and touches no reference count. Walking ``TemplateNode``s
/// themselves retained and released each section, variable and partial at every visit: two
/// atomic operations a node, most of a page's render time.
///
/// The payloads are owned by the ``TemplateNode`` tree beside them: a ``RenderNodeList`` is kept by
/// the same template, section or block that keeps the nodes it mirrors, so it never outlives them.
enum RenderNode {
    case text(TemplateText)
    case variable(Unmanaged<TemplateNode.Variable>)
    case section(Unmanaged<TemplateNode.Section>)
    case partial(Unmanaged<TemplateNode.Partial>)
    case parent(Unmanaged<TemplateNode.Parent>)
    case block(Unmanaged<TemplateNode.Block>)

    init(_ node: TemplateNode) {
        switch node {
        case .text(let text): self = .text(text)
        case .variable(let variable): self = .variable(.passUnretained(variable))
        case .section(let section): self = .section(.passUnretained(section))
        case .partial(let partial): self = .partial(.passUnretained(partial))
        case .parent(let parent): self = .parent(.passUnretained(parent))
        case .block(let block): self = .block(.passUnretained(block))
        }
    }
}

/// The render nodes of one list of ``TemplateNode``s, in an allocation of their own: read by
/// address, with no array to retain at each section or item rendered. Immutable once made.
final class RenderNodeList: @unchecked Sendable {
    let nodes: UnsafeMutableBufferPointer<RenderNode>

    /// The mirror of `nodes`; whoever keeps `nodes` must keep this list too, and no longer.
    init(_ nodes: [TemplateNode]) {
        self.nodes = .allocate(capacity: nodes.count)
        _ = self.nodes.initialize(from: nodes.lazy.map(RenderNode.init))
    }

    deinit {
        nodes.deallocate()
    }
}
