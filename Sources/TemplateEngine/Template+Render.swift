extension Template {
    /// Renders with `context` as the root of the context stack, into a buffer sized from this
    /// template's last rendering (so that rendering a site's pages allocates each once).
    ///
    /// Partials and parents are looked up as they are met, without checking first that they
    /// parse; use ``renderChecked(_:library:options:)`` or ``TemplateLibrary/render(_:_:options:)``
    /// to hear about a broken partial rather than get a warning that it is missing.
    ///
    /// - Parameters:
    ///   - context: the data: names are looked up in it, and sections push values onto it.
    ///   - library: where partials and parents are looked up by name.
    ///   - options: strict mode and the nesting bound.
    /// - Throws: `TemplateError.render` in strict mode when names or partials are missing,
    ///   and whenever partials nest deeper than `options.maximumDepth`.
    public func render(
        _ context: TemplateValue, library: TemplateLibrary = TemplateLibrary(), options: RenderOptions = RenderOptions()
    ) throws(TemplateError) -> Rendering {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint.capacity)
        let warnings = try render(context, library: library, options: options, into: &bytes)
        sizeHint.record(bytes.count)
        return Rendering(bytes: bytes, warnings: warnings)
    }

    /// Renders as ``render(_:library:options:)`` does, appending the UTF-8 output to `output`,
    /// whose capacity the caller chooses: a caller rendering many similar pages reserves about
    /// the last page's size, so that the buffer grows once rather than by doubling.
    ///
    /// - Returns: the warnings (missing partials and parents outside strict mode).
    /// - Throws: as ``render(_:library:options:)``; `output` then holds part of the page.
    public func render(
        _ context: TemplateValue, library: TemplateLibrary = TemplateLibrary(), options: RenderOptions = RenderOptions(),
        into output: inout [UInt8]
    ) throws(TemplateError) -> [TemplateDiagnostic] {
        var renderer = Renderer(library: library, options: options, root: context, capacity: output.capacity - output.count)
        do {
            try renderer.render(renderNodes, in: self)
        } catch {
            renderer.errors.append(error.diagnostic)
        }
        renderer.output.withBytes { output.append(contentsOf: $0) }
        if !renderer.errors.isEmpty {
            throw .render(renderer.errors)
        }
        return renderer.warnings
    }
}
