import Foundation
import Synchronization

/// Writes `{}` into FIFOs once a reader has had `delay` to give up on them: a test that expects a
/// FIFO to be refused at once then fails on what was read, should the code under test block on
/// it, rather than hanging the whole test run.
public final class FIFOWriter: Sendable {
    private let stopped = Atomic(false)

    /// Starts writing, on a thread of its own, to each of `paths` whenever a reader has it open.
    public init(_ paths: [String], after delay: TimeInterval = 2, giveUpAfter limit: TimeInterval = 20) {
        let thread = Thread { [self] in
            let start = Date()
            // Not even opened before `delay`: a writer's open is what lets a blocked reader's open return.
            while !stopped.load(ordering: .relaxed), Date().timeIntervalSince(start) < delay { usleep(10_000) }
            while !stopped.load(ordering: .relaxed), Date().timeIntervalSince(start) < limit {
                for path in paths {
                    // Opening to write without blocking succeeds only once a reader has it open.
                    let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                    guard descriptor >= 0 else { continue }
                    _ = write(descriptor, "{}", 2)
                    close(descriptor)
                }
                usleep(10_000)
            }
        }
        thread.start()
    }

    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }
}
