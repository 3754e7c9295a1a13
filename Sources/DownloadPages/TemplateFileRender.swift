import Foundation
import TemplateEngine

/// What `download-pages render` does: a template file rendered with a JSON data file and an
/// optional folder of partials, every problem a `TemplateError` naming the file.
struct TemplateFileRender: Sendable {
    var templatePath: String
    var dataPath: String
    var partialsFolder: String?
    var options: RenderOptions

    func render() throws(TemplateError) -> Rendering {
        let library =
            try partialsFolder.map { folder throws(TemplateError) in
                try TemplateLibrary(folder: URL(fileURLWithPath: folder))
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
