import Foundation

/// The life of a watcher's own thread, shared by every kind of watcher: it starts at most once,
/// never after a stop, and a stop wakes the thread and returns only once it has ended.
final class WatcherThread: @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var running = false
    private var stopped = false

    /// Claims the start; false when already started or stopped, and then nothing must run.
    func begin() -> Bool {
        lock.withLock {
            guard !running, !stopped else { return false }
            running = true
            return true
        }
    }

    /// Runs `body` on a new thread; call once, after `begin()` returned true.
    func run(name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread { [finished] in
            body()
            finished.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Marks the watcher stopped; when its thread runs, calls `wake` so the thread's loop ends,
    /// and waits for it. Safe to call more than once.
    func stop(wake: () -> Void) {
        let wasRunning = lock.withLock {
            guard !stopped else { return false }
            stopped = true
            return running
        }
        guard wasRunning else { return }
        wake()
        finished.wait()
    }
}
