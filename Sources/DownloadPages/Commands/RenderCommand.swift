import ArgumentParser
import Foundation
import TemplateEngine

/// `download-pages render`: renders one template with JSON data, the way a theme author tries a template out.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a Mustache template with JSON data and print the result exactly."
    )

    @Argument(help: "The template file to render.")
    var template: String

    @Option(name: .long, help: ArgumentHelp("A JSON file whose value (of any kind) is the template's context.", valueName: "file"))
    var data: String

    @Option(name: .long, help: ArgumentHelp("A folder of partials and parents, looked up as DIR/NAME.mustache.", valueName: "dir"))
    var partials: String?

    @Flag(name: .long, help: "Treat names that resolve to nothing and missing partials as errors.")
    var strict = false

    func run() throws {
        let request = TemplateFileRender(
            templatePath: template, dataPath: data, partialsFolder: partials, options: RenderOptions(strict: strict))
        let rendering: Rendering
        do {
            rendering = try request.render()
        } catch {
            StandardError.write("error: \(ErrorMessage.text(for: error))\n")
            throw ExitCode.failure
        }
        for warning in rendering.warnings {
            StandardError.write("warning: \(TerminalText.message(warning.description))\n")
        }
        StandardOutput.write(rendering.output)
    }
}
