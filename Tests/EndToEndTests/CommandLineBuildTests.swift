import Foundation
import TestSupport
import Testing

/// The built executable, as a CI step runs it, against a real server on 127.0.0.1.
@Suite("End to end: download-pages build")
struct CommandLineBuildTests {
    func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) async throws -> CommandRun {
        try await CommandRun.run(arguments, in: directory, environment: environment)
    }

    @Test("builds what it can, lists each failure with its id, exits non-zero, and prints a JSON summary")
    func buildCommandAgainstServer() async throws {
        let good = "0c732eb6fd9802a0821a9d29888baee8"
        let body = try Repository.sample(good)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try Data("# ids\n\(good)\nnosuchorder\n\(good)\n".utf8).write(to: work.appendingPathComponent("ids.txt"))

        try await withTestServer(scripts: [good: [Scripted(body: body)], "nosuchorder": [.json("{}", status: 404)]]) { server in
            let templates = Repository.templates.path
            let publicFolder = Repository.publicFolder.path
            let result = try await run(
                ["build", "--ids-file", "ids.txt", "--templates", templates, "--public", publicFolder, "--output", "out", "--json"],
                in: work, environment: ["DIGITAL_DOWNLOADS_API_URL": server.baseURL.absoluteString])
            #expect(result.status != 0)
            #expect(result.error.contains("nosuchorder"))
            #expect(result.error.contains("order not found"))
            #expect(result.error.contains("1 pages built, 1 changed, 0 unchanged, 1 failed"))
            let summary = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            #expect(summary?["built"] as? Int == 1)
            #expect(summary?["failed"] as? Int == 1)
            #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/orders/\(good)/index.html").path))
            #expect(await server.log.count(good) == 1, "a duplicate id is built once")
        }
    }

    @Test("a bad id is refused before any request and before any file is written")
    func badIDRefused() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try await withTestServer { server in
            let result = try await run(
                ["build", "good1", "../etc", "--output", "out", "--api-url", server.baseURL.absoluteString], in: work)
            #expect(result.status != 0)
            #expect(result.error.contains("order id '../etc' may contain only letters, digits, '-' and '_'"))
            #expect(await server.log.entries.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
        }
    }
}
