import ArgumentParser

@main
struct DownloadPages: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download-pages",
        abstract: "Builds a static site of download pages for Digital Downloads orders.",
        version: ToolVersion.current,
        subcommands: [
            BuildCommand.self, PreviewCommand.self, InitCommand.self, CheckCommand.self, RenderCommand.self, OrdersCommand.self,
        ]
    )
}
