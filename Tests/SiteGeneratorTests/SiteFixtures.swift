import DigitalDownloads
import Foundation
import FoundationXML
import TestSupport
import Testing

@testable import SiteGenerator

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
        let builder = SiteBuilder(configuration: configuration, source: FolderOrderSource(folder: responses))
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
