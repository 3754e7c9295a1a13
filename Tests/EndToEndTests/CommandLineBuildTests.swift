import Foundation
import TestSupport
import Testing

/// The built executable, as a CI step runs it, against a real server on 127.0.0.1.
@Suite("End to end: download-pages build")
struct CommandLineBuildTests {
    func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) async throws -> CommandRun {
        try await CommandRun.run(arguments, in: directory, environment: environment)
    }

    /// The `User-Agent` this build of the tool sends: its name and what `--version` prints.
    func versionUserAgent() throws -> String {
        let version = try CommandRun.runBlocking(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        return "download-pages/\(version)"
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
            let userAgents = Set(await server.log.entries.map(\.userAgent))
            #expect(userAgents == [try versionUserAgent()], "every request names the tool's version")
        }
    }

    @Test("build --from a folder with no order files names the folder, fails, and writes nothing")
    func emptyFolder() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        let saved = work.appendingPathComponent("saved")
        try FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try Data("{}".utf8).write(to: saved.appendingPathComponent("not an id.json"))
        let result = try await run(["build", "--from", "saved", "--output", "out"], in: work)
        #expect(result.status == 1)
        #expect(result.error.contains("error: no orders to build: "))
        #expect(result.error.contains("saved has no order files, ID.json with ID an order id"))
        #expect(result.error.contains("(1 .json file is skipped: its name is not an order id)"))
        #expect(!result.error.contains("give order ids"), "--from was given: the message is about the folder")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }

    @Test("--version prints the version the requests' User-Agent carries")
    func versionFlag() throws {
        let result = try CommandRun.runBlocking(["--version"])
        #expect(result.status == 0)
        let version = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." })
        #expect(try versionUserAgent() == "download-pages/\(version)")
    }

    @Test("a bad --max-age or --api-url gets ArgumentParser's standard error before anything runs")
    func badTypedOptions() throws {
        let age = try CommandRun.runBlocking(["build", "--sample-orders", "--cache", "c", "--max-age", "5x"])
        #expect(age.status == 64)
        #expect(age.error.contains("The value '5x' is invalid for '--max-age <duration>'"))
        let address = try CommandRun.runBlocking(["build", "abc", "--api-url", "ftp://example.com"])
        #expect(address.status == 64)
        #expect(address.error.contains("The value 'ftp://example.com' is invalid for '--api-url <url>'"))
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
            #expect(result.error.contains("order id '../etc' may contain only ASCII letters, digits, '-' and '_'"))
            #expect(await server.log.entries.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
        }
    }
}
