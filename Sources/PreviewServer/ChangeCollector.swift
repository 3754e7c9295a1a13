import Foundation

/// Gathers the paths watchers report and hands them out in batches once changes stop for a
/// moment (debouncing): saving many files at once, or an editor that writes a file in several
/// steps, makes one batch and so one rebuild.
final class ChangeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: Set<String> = []
    private var lastChange: ContinuousClock.Instant?
    private var firstChange: ContinuousClock.Instant?
    private let signals: AsyncStream<Void>
    private let signal: AsyncStream<Void>.Continuation

    init() {
        (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Records a changed path; callable from any thread.
    func add(_ path: String) {
        lock.withLock {
            pending.insert(path)
            let now = ContinuousClock.now
            lastChange = now
            if firstChange == nil { firstChange = now }
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
                let (last, first) = lock.withLock { (lastChange, firstChange) }
                guard let last, let first else { break }
                let now = ContinuousClock.now
                let wait = min(last + quiet, first + maximumWait) - now
                if wait <= .zero { break }
                do { try await Task.sleep(for: wait) } catch { return nil }
            }
            let batch = lock.withLock {
                defer {
                    pending.removeAll()
                    lastChange = nil
                    firstChange = nil
                }
                return pending
            }
            if !batch.isEmpty { return batch }
        }
    }
}
