import Foundation
import FoundationXML
import Testing

@testable import SiteGenerator

/// The repository's own default theme and sample orders, found from this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")
    static let publicFolder = root.appendingPathComponent("Public")
    static let sampleOrders = root.appendingPathComponent("Sources/SampleOrders/orders")
}

enum SampleID {
    static let apiDocExample = "0c732eb6fd9802a0821a9d29888baee8"
    static let unicode = "b04079d63708f9f5641cf06864054ebf"
    static let nullsAndMissing = "c862c2a23454649ab83d4b2a519d7f46"
    static let limits = "0dbd0295a610d42a25378b130cad6642"
    static let noFiles = "056e91a7ab48dc2102f62e6cbd670344"
    static let markdown = "521f6d4365cfa3d32c4f54026b847183"
}

/// A scratch folder for one test, removed at the end.
final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
    var output: URL { url.appendingPathComponent("site") }
    var responses: URL { url.appendingPathComponent("responses") }

    init(copyingSamples: Bool = true) throws {
        try FileManager.default.createDirectory(at: responses, withIntermediateDirectories: true)
        if copyingSamples {
            for name in try FileManager.default.contentsOfDirectory(atPath: Repository.sampleOrders.path) {
                try FileManager.default.copyItem(
                    at: Repository.sampleOrders.appendingPathComponent(name), to: responses.appendingPathComponent(name))
            }
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func saveResponse(_ json: String, id: String) throws {
        try Data(json.utf8).write(to: responses.appendingPathComponent("\(id).json"))
    }

    func configuration() -> SiteBuildConfiguration {
        SiteBuildConfiguration(output: output, templates: Repository.templates, publicFolder: Repository.publicFolder)
    }

    func build(_ ids: [String], configure: (inout SiteBuildConfiguration) -> Void = { _ in }) async throws -> BuildSummary {
        var configuration = configuration()
        configure(&configuration)
        let builder = SiteBuilder(configuration: configuration, source: FolderOrderSource(directory: responses))
        return try await builder.build(ids.map { try OrderID($0) })
    }

    func pageURL(_ id: String) -> URL { output.appendingPathComponent("orders/\(id)/index.html") }

    func page(_ id: String) throws -> PageDocument { try PageDocument(contentsOf: pageURL(id)) }
}

/// A built page parsed as XML: the theme writes polyglot HTML5 (every element closed, void
/// elements self-closed), so a strict XML parser both checks it is well formed and lets tests
/// query what a reader would see.
struct PageDocument {
    let document: XMLDocument
    let html: String

    init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        html = String(decoding: data, as: UTF8.self)
        document = try XMLDocument(data: data, options: [])
    }

    /// The text of every node matching a path, whitespace collapsed.
    func texts(_ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { node in
            (node.stringValue ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    func text(_ xpath: String) throws -> String? { try texts(xpath).first }
}
