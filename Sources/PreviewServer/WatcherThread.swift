import Dispatch
import Foundation
import Synchronization

/// The life of a watcher's own thread, shared by every kind of watcher: it starts at most once,
/// never after a stop, and a stop wakes the thread and returns only once it has ended.
final class WatcherThread: Sendable {
    private struct State {
        var running = false
        var stopped = false
    }

    private let state = Mutex(State())
    /// Signalled when the thread's body has returned. A thread-blocking wait on purpose: `stop()`
    /// is synchronous (it runs from `defer`, and must not return while the thread can still
    /// report a change), and what it waits for is an OS thread blocked in `poll(2)` or in a timed
    /// wait, not a task. `Synchronization` has no condition variable; `DispatchSemaphore` is
    /// `Sendable`, so the compiler still checks this type.
    private let finished = DispatchSemaphore(value: 0)

    /// Claims the start; false when already started or stopped, and then nothing must run.
    func begin() -> Bool {
        state.withLock { state in
            guard !state.running, !state.stopped else { return false }
            state.running = true
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
        let wasRunning = state.withLock { state in
            guard !state.stopped else { return false }
            state.stopped = true
            return state.running
        }
        guard wasRunning else { return }
        wake()
        finished.wait()
    }
}
