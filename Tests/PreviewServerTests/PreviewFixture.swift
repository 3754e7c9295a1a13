import Foundation
import SiteGenerator
import Synchronization
import TestSupport
import Testing

@testable import PreviewServer

/// A scratch copy of the theme (templates and public files) and of the sample responses, and an
/// output folder, in a temporary folder removed at the end. Beside the output folder lie files
/// that must never be served (`secret.txt`, `Package.swift`).
final class PreviewFixture: Sendable {
    let root: URL
    var templates: URL { root.appendingPathComponent("Templates") }
    var publicFolder: URL { root.appendingPathComponent("Public") }
    var orders: URL { root.appendingPathComponent("orders") }
    var output: URL { root.appendingPathComponent("site") }
    static let secret = "TOP-SECRET-\(UUID().uuidString)"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        let files = FileManager.default
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        try files.copyItem(at: Repository.templates, to: templates)
        try files.copyItem(at: Repository.publicFolder, to: publicFolder)
        try files.copyItem(at: Repository.sampleOrders, to: orders)
        try Data(Self.secret.utf8).write(to: root.appendingPathComponent("secret.txt"))
        try Data("// \(Self.secret)\n".utf8).write(to: root.appendingPathComponent("Package.swift"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func configuration(_ mode: WatchMode = .events) -> PreviewConfiguration {
        var configuration = PreviewConfiguration(
            site: SiteBuildConfiguration(output: output, templates: templates, publicFolder: publicFolder), ordersFolder: orders)
        configuration.port = 0
        configuration.watchMode = mode
        configuration.debounce = .milliseconds(100)
        configuration.pollInterval = .milliseconds(100)
        return configuration
    }

    func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Rewrites a file in place, as most editors save.
    func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    func edit(_ url: URL, _ change: (String) -> String) throws {
        try write(change(read(url)), to: url)
    }
}

/// Everything the preview reported, for the assertions on what the terminal shows.
final class EventRecorder: Sendable {
    private let recorded = Mutex<[PreviewEvent]>([])

    func append(_ event: PreviewEvent) { recorded.withLock { $0.append(event) } }
    var events: [PreviewEvent] { recorded.withLock { $0 } }
    var text: String { events.map(\.description).joined(separator: "\n") }

    var rebuilds: [RebuildReport] {
        events.compactMap { event in
            if case .rebuilt(let report) = event { return report }
            return nil
        }
    }
}

/// A running preview, as a test sees it.
struct RunningPreview: Sendable {
    let address: PreviewAddress
    let events: EventRecorder
    /// The live-reload hub: how many event streams are open.
    let hub: LiveReloadHub
    var port: Int { address.port }

    func get(_ target: String, headers: [(String, String)] = []) async throws -> RawResponse {
        try await RawHTTP.send(target, port: port, headers: headers)
    }

    func head(_ target: String) async throws -> RawResponse {
        try await RawHTTP.send(target, method: "HEAD", port: port)
    }

    /// Polls `target` until its body satisfies `condition` (bounded wait); returns the last answer.
    func eventually(
        _ target: String, within timeout: Duration = .seconds(5), _ condition: @escaping (RawResponse) -> Bool
    ) async throws -> RawResponse {
        var last = try await get(target)
        let deadline = ContinuousClock.now + timeout
        while !condition(last), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            last = try await get(target)
        }
        return last
    }
}

struct PreviewDidNotStart: Error {}

/// Runs a real preview (real server on 127.0.0.1, an ephemeral port, real watcher) for `body`,
/// then stops it and waits until the server and the watcher have stopped, whatever happens.
func withPreview<T: Sendable>(
    _ configuration: PreviewConfiguration, _ body: @Sendable (RunningPreview) async throws -> T
) async throws -> T {
    let recorder = EventRecorder()
    let (addresses, ready) = AsyncStream.makeStream(of: PreviewAddress.self)
    let hub = Mutex<LiveReloadHub?>(nil)
    var server = PreviewServer(configuration: configuration, events: { recorder.append($0) }, onReady: { ready.yield($0) })
    server.onHub = { created in hub.withLock { $0 = created } }
    let preview = server
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            defer { ready.finish() }
            try await preview.run()
        }
        var iterator = addresses.makeAsyncIterator()
        guard let address = await iterator.next(), let hub = hub.withLock({ $0 }) else {
            try await group.next()
            throw PreviewDidNotStart()
        }
        let result: Result<T, any Error>
        do {
            result = .success(try await body(RunningPreview(address: address, events: recorder, hub: hub)))
        } catch {
            result = .failure(error)
        }
        // Stop, and wait until `run` has returned: the server, the event streams and the watcher are gone.
        group.cancelAll()
        try await group.waitForAll()
        return try result.get()
    }
}
