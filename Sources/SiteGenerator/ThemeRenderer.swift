import TemplateEngine

/// The compiled page template with its partials, shared by every page of a build.
struct ThemeRenderer: Sendable {
    let library: TemplateLibrary
    let template: Template
    let options: RenderOptions

    /// Loads and compiles the configured theme: a broken template throws here, before anything
    /// is written.
    init(_ configuration: SiteBuildConfiguration) throws(SiteBuildError) {
        do {
            library = try TemplateLibrary(folder: configuration.templates)
            template = try library.compiled(configuration.pageTemplate)
            options = RenderOptions(strict: configuration.strictTemplates)
        } catch {
            throw .theme(error)
        }
    }

    func render(_ context: TemplateValue) throws(TemplateError) -> Rendering {
        try template.render(context, library: library, options: options)
    }
}
