import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PreviewServer {
    /// Runs the preview until Ctrl-C (SIGINT) or SIGTERM, the way a terminal user stops it: the
    /// first signal starts a graceful shutdown (the server, the event streams and the watcher
    /// stop in order, and the preview reports that it stopped); a second one while stopping, should
    /// stopping hang, exits the process at once. Throws what `run()` throws.
    public func runUntilStopSignal() async throws {
        // One signal sequence drives the group, rather than the group's own `gracefulShutdownSignals`:
        // a `ServiceGroup` stops listening once the first signal has started the shutdown, so a
        // second Ctrl-C would go unheard, and service-lifecycle wants a single handler per signal.
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm)
        let group = ServiceGroup(configuration: .init(services: [self], logger: Self.quietLogger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                var stopping = false
                for await signal in signals {
                    if stopping { _exit(128 + signal.rawValue) }
                    stopping = true
                    await group.triggerGracefulShutdown()
                }
            }
            // The group ends with the preview (stopped, or unable to start); then stop listening.
            try await tasks.next()
            tasks.cancelAll()
        }
    }
}
