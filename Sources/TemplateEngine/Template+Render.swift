extension Template {
    /// Renders with `context` as the root of the context stack.
    ///
    /// - Parameters:
    ///   - library: where partials and parents are looked up by name.
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
