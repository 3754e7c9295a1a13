import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SiteGenerator

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `download-pages preview`: builds the site, serves the output folder over HTTP (Hummingbird),
/// watches the theme, the public folder and the saved responses, rebuilds only what a change
/// affects, and tells the open pages to reload.
///
/// A swift-service-lifecycle `Service`: `run` returns when a graceful shutdown is triggered (how
/// Ctrl-C stops it, see `runUntilStopSignal()`) or its task is cancelled, after the server, the
/// event streams and the watcher have all stopped.
public struct PreviewServer: Service {
    public let configuration: PreviewConfiguration
    let events: @Sendable (PreviewEvent) -> Void
    let onReady: @Sendable (PreviewAddress) -> Void
    /// Hears the live-reload hub of each run, so tests can see how many streams are open.
    var onHub: @Sendable (LiveReloadHub) -> Void = { _ in }

    /// `events` hears what the preview reports as it runs; `onReady` is called once, when the first
    /// build is done and the server listens, with where to open it.
    public init(
        configuration: PreviewConfiguration, events: @escaping @Sendable (PreviewEvent) -> Void = { _ in },
        onReady: @escaping @Sendable (PreviewAddress) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.events = events
        self.onReady = onReady
    }

    /// The preview's own logs are its events: Hummingbird and service-lifecycle stay quiet.
    static let quietLogger = Logger(label: "download-pages.preview", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Listens, builds, then serves and watches until a graceful shutdown or cancellation. Throws
    /// `PreviewError` when it cannot start; the port is taken before any page is written, so a
    /// second preview on a busy port never writes into the output folder.
    public func run() async throws {
        // A graceful shutdown stops the preview as cancellation does: it ends the event streams,
        // which the server would otherwise wait for.
        try await cancelWhenGracefulShutdown { try await serve() }
    }

    /// Everything `run` does, stopped by cancellation.
    private func serve() async throws {
        let hub = LiveReloadHub(maximumSubscribers: configuration.maximumEventStreams)
        onHub(hub)
        let status = PreviewStatus()
        let session = RebuildSession(configuration: configuration, status: status, hub: hub, events: events)
        let output = configuration.site.output
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw PreviewError.output("\(output.path): \(error.localizedDescription)")
        }
        guard let folder = SiteFolder(output) else { throw PreviewError.output("\(output.path): cannot be read") }

        let (ports, portReady) = AsyncStream.makeStream(of: Int.self)
        let responder = PreviewResponder(
            folder: folder, status: status, hub: hub,
            templatesFolder: configuration.site.templates?.standardizedFileURL.path ?? "(built-in theme)",
            listsPagesWhenNotFound: configuration.isLoopback, acceptsOnlyLoopbackHosts: configuration.isLoopback,
            heartbeatInterval: configuration.heartbeatInterval)
        // The idle timeout also bounds how long a connection may take to send its request head (a
        // slow or stalled client): Hummingbird counts it from the connection's start, the last
        // request part decoded or the last response's end, so bytes of a trickled head do not reset it.
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: TimeAmount(configuration.idleTimeout))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                portReady.yield(channel.localAddress?.port ?? 0)
                portReady.finish()
            },
            logger: Self.quietLogger
        )
        let collector = ChangeCollector()
        var watcher: (any FileWatcher)?
        defer {
            watcher?.stop()
            collector.finish()
            hub.close()
        }

        do {
            try await withTaskCancellationHandler {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        defer { portReady.finish() }
                        try await app.runService(gracefulShutdownSignals: [])
                    }
                    var iterator = ports.makeAsyncIterator()
                    guard let port = await iterator.next(), port > 0 else {
                        if Task.isCancelled { throw CancellationError() }
                        // The server stopped before it listened: say why.
                        do {
                            try await group.next()
                        } catch {
                            throw listenError(error)
                        }
                        throw PreviewError.cannotListen(host: configuration.host, port: configuration.port, reason: "the server stopped")
                    }
                    // Watch before building, so that an edit made during the first build is not missed.
                    let started = makeWatcher()
                    watcher = started
                    started.start { collector.add($0) }
                    try await session.buildAll()
                    events(.watching(started.mode, folders: session.watched))

                    let address = PreviewAddress(host: configuration.host, port: port, firstPageID: await session.firstPageID())
                    events(.serving(address, loopback: configuration.isLoopback))
                    onReady(address)
                    group.addTask {
                        await session.rebuild(whenChanged: collector)
                    }
                    let heartbeat = configuration.heartbeatInterval
                    group.addTask {
                        await hub.sendHeartbeats(every: heartbeat)
                    }
                    // Either ends only when stopping: the server on an error, the rebuilds on cancellation.
                    try await group.next()
                    group.cancelAll()
                }
            } onCancel: {
                hub.close()
                collector.finish()
            }
        } catch {
            if Task.isCancelled, !(error is PreviewError) {
                events(.stopped)
                return
            }
            throw error
        }
        events(.stopped)
    }

    private func makeWatcher() -> any FileWatcher {
        let roots = RebuildSession.watchedFolders(configuration)
        #if os(Linux)
            if configuration.watchMode == .events {
                do {
                    return try InotifyWatcher(roots: roots)
                } catch {
                    events(.pollingInstead(reason: error.reason))
                }
            }
        #endif
        return PollingWatcher(roots: roots, interval: configuration.pollInterval)
    }

    private func listenError(_ error: any Error) -> PreviewError {
        let host = configuration.host
        let port = configuration.port
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE: return .portInUse(host: host, port: port)
            case EACCES: return .cannotListen(host: host, port: port, reason: "permission denied (ports below 1024 need privileges)")
            case EADDRNOTAVAIL: return .cannotListen(host: host, port: port, reason: "\(host) is not an address of this machine")
            default: return .cannotListen(host: host, port: port, reason: String(cString: strerror(error.errnoCode)))
            }
        }
        return .cannotListen(host: host, port: port, reason: "\(error)")
    }
}
