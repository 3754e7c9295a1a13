extension Template {
    /// Renders with `context` as the root of the context stack.
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
        let renderer = Renderer(library: library, options: options, root: context)
        do {
            try renderer.render(nodes, in: self)
        } catch {
            renderer.errors.append(error.diagnostic)
        }
        if !renderer.errors.isEmpty {
            throw .render(renderer.errors)
        }
        return Rendering(output: renderer.output, warnings: renderer.warnings)
    }
}
