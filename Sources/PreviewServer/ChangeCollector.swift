import Synchronization

/// Gathers the paths watchers report and hands them out in batches once changes stop for a
/// moment (debouncing): saving many files at once, or an editor that writes a file in several
/// steps, makes one batch and so one rebuild.
///
/// Watchers report from their own threads, synchronously, so the pending paths sit behind a
/// `Mutex`; the waiting side is async.
final class ChangeCollector: Sendable {
    private struct Pending {
        var paths: Set<String> = []
        var lastChange: ContinuousClock.Instant?
        var firstChange: ContinuousClock.Instant?
    }

    private let pending = Mutex(Pending())
    private let signals: AsyncStream<Void>
    private let signal: AsyncStream<Void>.Continuation

    init() {
        (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Records a changed path; callable from any thread.
    func add(_ path: String) {
        pending.withLock { pending in
            pending.paths.insert(path)
            let now = ContinuousClock.now
            pending.lastChange = now
            if pending.firstChange == nil { pending.firstChange = now }
        }
        signal.yield()
    }

    /// Ends `nextBatch`: it returns nil from then on.
    func finish() { signal.finish() }

    /// Waits for a change, then until no change has come for `quiet` (but no longer than
    /// `maximumWait` after the first), and returns every path recorded meanwhile. Nil when
    /// finished or the task is cancelled.
    func nextBatch(quiet: Duration, maximumWait: Duration) async -> Set<String>? {
        var iterator = signals.makeAsyncIterator()
        while true {
            guard await iterator.next() != nil, !Task.isCancelled else { return nil }
            while true {
                let (last, first) = pending.withLock { ($0.lastChange, $0.firstChange) }
                guard let last, let first else { break }
                let wait = min(last + quiet, first + maximumWait) - ContinuousClock.now
                if wait <= .zero { break }
                do { try await Task.sleep(for: wait) } catch { return nil }
            }
            let batch = pending.withLock { pending in
                defer { pending = Pending() }
                return pending.paths
            }
            if !batch.isEmpty { return batch }
        }
    }
}
