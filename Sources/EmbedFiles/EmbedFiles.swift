import Foundation

/// The build-time tool behind the `EmbedFilesPlugin`: reads folders of files and writes a Swift
/// source file that holds them, so the files travel inside the executable.
///
/// Usage: `EmbedFiles OUTPUT.swift LABEL=FOLDER ...`. Every regular, non-hidden file under each
/// folder becomes an entry `"LABEL/relative/path": "<base64 of its bytes>"` of a
/// `let embeddedFiles: [String: String]`, sorted by path, so the output changes only when a file does.
@main
enum EmbedFiles {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 2 else {
            fail("usage: EmbedFiles OUTPUT.swift LABEL=FOLDER ...")
        }
        var entries: [(path: String, base64: String)] = []
        for pair in arguments.dropFirst() {
            guard let equals = pair.firstIndex(of: "=") else { fail("expected LABEL=FOLDER, got \(pair)") }
            let label = String(pair[..<equals])
            let folder = URL(fileURLWithPath: String(pair[pair.index(after: equals)...]))
            for (relative, data) in files(in: folder) {
                entries.append(("\(label)/\(relative)", data.base64EncodedString()))
            }
        }
        entries.sort { $0.path < $1.path }
        var source = "// Generated at build time by the EmbedFiles tool; do not edit.\n"
        source += "// Each entry: a path (its folder's label, then the path inside it) and the file's bytes in base64.\n"
        if entries.isEmpty {
            source += "let embeddedFiles: [String: String] = [:]\n"
        } else {
            source += "let embeddedFiles: [String: String] = [\n"
            for entry in entries {
                source += "    \(literal(entry.path)): \"\(entry.base64)\",\n"
            }
            source += "]\n"
        }
        do {
            try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[0]), options: .atomic)
        } catch {
            fail("cannot write \(arguments[0]): \(error)")
        }
    }

    /// Regular files under `folder`, hidden ones and symbolic links skipped, with `/`-separated
    /// paths relative to it.
    static func files(in folder: URL) -> [(String, Data)] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles])
        else { fail("cannot list \(folder.path)") }
        var result: [(String, Data)] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
            let components = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
            let relative = components.dropFirst(root.pathComponents.count).joined(separator: "/")
            guard let data = FileManager.default.contents(atPath: url.path) else { fail("cannot read \(url.path)") }
            result.append((relative, data))
        }
        return result
    }

    /// A Swift string literal for a path: quotes and backslashes escaped.
    static func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("EmbedFiles: \(message)\n".utf8))
        exit(1)
    }
}
