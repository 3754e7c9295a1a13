import Foundation

/// The clock that retries and rate limiting read and wait on, injected so tests can run
/// minutes of backoff in virtual time without really waiting.
public protocol TimeSource: Sendable {
    func now() -> Date
    /// Waits for `duration`; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
}
