import Foundation

/// Renders a template file with a JSON data file and an optional folder of partials: what
/// `download-pages render` does, kept here so that it can be tested without the executable.
public struct TemplateFileRender: Sendable {
    public var templatePath: String
    public var dataPath: String
    public var partialsDirectory: String?
    public var options: RenderOptions

    public init(templatePath: String, dataPath: String, partialsDirectory: String? = nil, options: RenderOptions = RenderOptions()) {
        self.templatePath = templatePath
        self.dataPath = dataPath
        self.partialsDirectory = partialsDirectory
        self.options = options
    }

    public func render() throws(TemplateError) -> Rendering {
        let library = try partialsDirectory.map { directory throws(TemplateError) in
            try TemplateLibrary(directory: URL(fileURLWithPath: directory))
        } ?? TemplateLibrary()
        let text = try Self.read(templatePath)
        let name = URL(fileURLWithPath: templatePath).deletingPathExtension().lastPathComponent
        let template = try Template(text, name: name, file: templatePath)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: dataPath))
        } catch {
            throw .unreadable(path: dataPath, reason: "no such file, or not readable")
        }
        let context: TemplateValue
        do {
            context = try TemplateValue(json: data)
        } catch {
            throw .invalidData(reason: "\(dataPath): \(error.description.replacingOccurrences(of: "invalid data: ", with: ""))")
        }
        return try template.renderChecked(context, library: library, options: options)
    }

    private static func read(_ path: String) throws(TemplateError) -> String {
        do {
            return try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "not UTF-8 text" : "no such file")
        }
    }
}
