import Foundation
import PackagePlugin

/// Compiles files into a target at build time, so the executable carries them (SwiftPM resource
/// bundles are a folder beside the binary on Linux, lost when the binary is copied alone).
///
/// Which folders a target gets is decided here, by target name; the files are read afresh on
/// every build, so an edit to `Templates/` cannot drift from what the binary carries.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let package = context.package.directoryURL
        let folders: [(label: String, url: URL)]
        switch target.name {
        case "BuiltInTheme":
            folders = [("Templates", package.appending(path: "Templates")), ("Public", package.appending(path: "Public"))]
        case "SampleOrders":
            folders = [("orders", package.appending(path: "Sources/SampleOrders/orders"))]
        default:
            Diagnostics.error("EmbedFilesPlugin does not know what to embed in target \(target.name)")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(folders.map(\.label).joined(separator: ", ")) in \(target.name)",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path] + folders.map { "\($0.label)=\($0.url.path)" },
                inputFiles: folders.flatMap { files(under: $0.url) },
                outputFiles: [output]
            )
        ]
    }

    /// Every file under `folder`, so that a change to any of them runs the command again.
    private func files(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }
    }
}
