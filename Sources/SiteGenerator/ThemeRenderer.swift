import TemplateEngine

/// The compiled page template with its partials, shared by every page of a build.
struct ThemeRenderer: Sendable {
    let library: TemplateLibrary
    let template: Template
    let options: RenderOptions
    let strings: ThemeStrings

    /// Loads and compiles the configured theme and its words: a broken template, an unknown
    /// locale or a broken strings file throws here, before anything is written.
    init(_ configuration: SiteBuildConfiguration) throws(SiteBuildError) {
        do {
            library = try TemplateLibrary(folder: configuration.templates)
            template = try library.compiled(configuration.pageTemplate)
            options = RenderOptions(strict: configuration.strictTemplates)
        } catch {
            throw .theme(error)
        }
        if let given = configuration.strings {
            strings = given
        } else {
            do {
                strings = try ThemeStrings.load(locale: configuration.locale, templates: configuration.templates)
            } catch {
                throw .strings(error)
            }
        }
    }

    func render(_ context: TemplateValue) throws(TemplateError) -> Rendering {
        try template.render(context, library: library, options: options)
    }
}
