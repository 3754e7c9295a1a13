#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A set of compiled templates that refer to each other by name: partials and parents
/// resolve here. A template's name is its path relative to the library's folder, without
/// the extension (`partials/asset`).
///
/// Templates are parsed once, when the library is made. A template that fails to parse
/// keeps its diagnostics, which surface, with the chain of inclusions, as soon as a
/// template that uses it is asked for.
public struct TemplateLibrary: Sendable {
    /// The extension of the files ``init(folder:)`` loads; other files in the folder are left alone.
    public static let fileExtension = "mustache"

    private var templates: [String: Template] = [:]
    private var failures: [String: [TemplateDiagnostic]] = [:]

    /// An empty library: every partial is missing.
    public init() {}

    /// Compiles templates from text, keyed by name, e.g. the spec's `partials`.
    public init(sources: [String: String]) {
        for (name, text) in sources {
            add(text, name: name, file: name)
        }
    }

    /// Loads every `*.mustache` file under `folder`, in subfolders too.
    public init(folder: URL) throws(TemplateError) {
        let root = folder.standardizedFileURL
        let attributes = try? FileManager.default.attributesOfItem(atPath: root.resolvingSymlinksInPath().path)
        guard attributes?[.type] as? FileAttributeType == .typeDirectory else {
            throw .unreadable(path: folder.path, reason: "no such folder")
        }
        let subpaths: [String]
        do {
            subpaths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        } catch {
            throw .unreadable(path: folder.path, reason: "cannot list the folder")
        }
        let rootComponents = root.resolvingSymlinksInPath().pathComponents
        for subpath in subpaths.sorted() {
            let url = root.appendingPathComponent(subpath)
            guard url.pathExtension == Self.fileExtension else { continue }
            let components = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
            guard components.starts(with: rootComponents) else { continue }  // a symlink out of the folder
            let relative = components.dropFirst(rootComponents.count).joined(separator: "/")
            let name = String(relative.dropLast(Self.fileExtension.count + 1))
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .unreadable(path: url.path, reason: "not readable as UTF-8 text")
            }
            add(text, name: name, file: relative)
        }
    }

    /// Adds or replaces one template.
    public mutating func add(_ text: String, name: String, file: String? = nil) {
        do {
            templates[name] = try Template(text, name: name, file: file)
            failures[name] = nil
        } catch {
            templates[name] = nil
            failures[name] = error.diagnostics
        }
    }

    /// Adds or replaces an already compiled template.
    public mutating func add(_ template: Template) {
        templates[template.name] = template
        failures[template.name] = nil
    }

    /// Every template name, compiled or not, sorted.
    public var names: [String] { Set(templates.keys).union(failures.keys).sorted() }

    /// The compiled template, without checking what it includes; `nil` if missing or broken.
    func template(named name: String) -> Template? { templates[name] }

    /// The template named `name`, once it and every template it can reach through partials and
    /// parents parsed cleanly. Otherwise every syntax error of those templates, each with the
    /// chain of inclusions from `name`.
    public func compiled(_ name: String) throws(TemplateError) -> Template {
        guard templates[name] != nil || failures[name] != nil else {
            throw .templateNotFound(name: name, available: names)
        }
        try check(reachableFrom: name)
        guard let template = templates[name] else { throw .templateNotFound(name: name, available: names) }
        return template
    }

    /// Throws the syntax errors of every template in the library.
    public func validate() throws(TemplateError) {
        let diagnostics = failures.keys.sorted().flatMap { failures[$0] ?? [] }
        if !diagnostics.isEmpty { throw .syntax(diagnostics) }
    }

    /// Every partial and parent, named in a template of the library, that the library does not
    /// have: what a theme linter reports before anything renders. (A dynamic name, `{{>*name}}`,
    /// is known only when rendering.)
    public func unresolvedReferences() -> [TemplateDiagnostic] {
        var diagnostics: [TemplateDiagnostic] = []
        for name in templates.keys.sorted() {
            guard let template = templates[name] else { continue }
            for reference in template.references where templates[reference.name] == nil && failures[reference.name] == nil {
                let problem: TemplateProblem =
                    reference.isParent ? .missingParent(name: reference.name) : .missingPartial(name: reference.name)
                diagnostics.append(template.source.diagnostic(problem, atOffset: reference.offset))
            }
        }
        return diagnostics
    }

    /// Renders the template `name` with this library's partials.
    public func render(_ name: String, _ context: TemplateValue, options: RenderOptions = RenderOptions()) throws(TemplateError)
        -> Rendering
    {
        try compiled(name).render(context, library: self, options: options)
    }

    /// Walks partial and parent references breadth-first from `root`, so each broken template
    /// is reported through the shortest chain of inclusions that reaches it.
    func check(reachableFrom root: String, rootTemplate: Template? = nil) throws(TemplateError) {
        var includedFrom: [String: [SourceLocation]] = [root: []]
        var queue = [root]
        var diagnostics: [TemplateDiagnostic] = []
        var position = 0
        while position < queue.count {
            let name = queue[position]
            position += 1
            let chain = includedFrom[name] ?? []
            if let broken = failures[name], !(name == root && rootTemplate != nil) {
                diagnostics += broken.map { diagnostic in
                    var diagnostic = diagnostic
                    diagnostic.includedFrom = chain
                    return diagnostic
                }
            }
            guard let template = (name == root ? rootTemplate : nil) ?? templates[name] else { continue }
            for reference in template.references where includedFrom[reference.name] == nil {
                includedFrom[reference.name] = [template.source.location(ofOffset: reference.offset)] + chain
                queue.append(reference.name)
            }
        }
        if !diagnostics.isEmpty { throw .syntax(diagnostics) }
    }
}

extension Template {
    /// Renders with `library` for partials after checking that every template this one can
    /// reach through them parsed cleanly, so a broken partial is an error, not silent output.
    public func renderChecked(
        _ context: TemplateValue, library: TemplateLibrary, options: RenderOptions = RenderOptions()
    ) throws(TemplateError) -> Rendering {
        try library.check(reachableFrom: name, rootTemplate: self)
        return try render(context, library: library, options: options)
    }
}
