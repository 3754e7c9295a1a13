import TemplateEngine

/// The compiled page template with its partials, shared by every page of a build.
struct ThemeRenderer: Sendable {
    let library: TemplateLibrary
    let template: Template
    let options: RenderOptions

    /// Compiles the theme's templates: a broken template throws here, before anything is written.
    init(_ theme: Theme, configuration: SiteBuildConfiguration) throws(SiteBuildError) {
        library = try theme.templateLibrary()
        do {
            template = try library.compiled(configuration.pageTemplate)
        } catch {
            throw .theme(error)
        }
        options = RenderOptions(strict: configuration.strictTemplates)
    }

    func render(_ context: TemplateValue) throws(TemplateError) -> Rendering {
        try template.render(context, library: library, options: options)
    }
}
