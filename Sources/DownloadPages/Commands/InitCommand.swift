import ArgumentParser
import Foundation
import SiteGenerator

/// `download-pages init`: the built-in theme written out to start customising.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the built-in theme (Templates/, Public/ and the strings files) into a folder to customise.",
        discussion: """
            Builds pick up ./Templates and ./Public by themselves, and any file you delete falls back \
            to the built-in one, so you may keep only the files you change.
            """
    )

    @Argument(help: ArgumentHelp("Where to write Templates/ and Public/.", valueName: "dir"))
    var folder = "."

    @Flag(help: "Overwrite files that exist already.")
    var force = false

    func run() throws {
        let destination = URL(fileURLWithPath: folder)
        let written: [String]
        do {
            written = try ThemeExport().write(into: destination, overwrite: force)
        } catch {
            var message = "error: \(error)\n"
            if case .wouldOverwrite = error { message += "(--force overwrites them)\n" }
            StandardError.write(message)
            throw ExitCode.failure
        }
        let place = folder == "." ? "" : " in \(folder)"
        StandardOutput.write(
            """
            Wrote the built-in theme\(place): \(written.count) files under \(ThemeExport.templatesFolderName)/ and \
            \(ThemeExport.publicFolderName)/.
            Next:
              download-pages preview --sample-orders    edit the files and watch the pages change
              download-pages check                      lint the theme (what a theme's CI runs)
              download-pages build --ids-file FILE      build the site with your theme

            """)
        if folder != "." {
            StandardOutput.write("Run them from \(folder), or pass --templates and --public.\n")
        }
    }
}
