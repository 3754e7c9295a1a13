import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM turned into a clean stop: the first calls `onStop` (which cancels
/// the preview's task, so the server, the event streams and the watcher shut down in order); a
/// second one, if stopping hangs, exits at once.
public final class StopSignals: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    public init(onStop: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "download-pages.signals")
        var received = false
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                if received { _exit(128 + number) }
                received = true
                onStop()
            }
            source.resume()
            return source
        }
    }

    /// Stops listening and gives the signals back their default behaviour.
    public func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
