import TemplateEngine

/// The compiled page template with its partials, shared by every page of a build.
struct ThemeRenderer: Sendable {
    let library: TemplateLibrary
    let template: Template
    let options: RenderOptions
    let strings: ThemeStrings

    /// Compiles the theme's templates and loads its words: a broken template, an unknown locale
    /// or a broken strings file throws here, before anything is written.
    init(_ theme: Theme, configuration: SiteBuildConfiguration) throws(SiteBuildError) {
        library = try theme.templateLibrary()
        do {
            template = try library.compiled(configuration.pageTemplate)
        } catch {
            throw .theme(error)
        }
        options = RenderOptions(strict: configuration.strictTemplates)
        if let given = configuration.strings {
            strings = given
        } else {
            do {
                strings = try theme.strings(locale: configuration.locale)
            } catch {
                throw .strings(error)
            }
        }
    }

    /// The page as UTF-8 bytes, in a buffer the engine sizes from the previous page.
    func render(_ context: TemplateValue) throws(TemplateError) -> Rendering {
        try template.render(context, library: library, options: options)
    }
}
