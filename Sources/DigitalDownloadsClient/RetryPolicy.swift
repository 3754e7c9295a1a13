import Foundation

/// When to try a request again and how long to wait first.
///
/// Backoff is exponential with full jitter (AWS Architecture Blog, "Exponential Backoff and
/// Jitter"), so many clients that failed together do not retry together. The random source is
/// injected so tests get exact delays.
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt: 3 means at most 4 requests.
    public var maxRetries: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// A server's `Retry-After` is obeyed up to this, so a bogus hour-long value cannot stall a run.
    public var maxRetryAfter: Duration
    /// Returns a value in 0..<1.
    public var random: @Sendable () -> Double

    public init(
        maxRetries: Int = 3,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(120),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxRetries = max(0, maxRetries)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.random = random
    }

    /// Statuses that say "not now" rather than "never": rate limited, or the server is unwell.
    public static func isRetryable(status: Int) -> Bool {
        [429, 500, 502, 503, 504].contains(status)
    }

    public static func isRetryable(_ error: TransportError) -> Bool {
        error.isTransient
    }

    /// The largest jittered backoff before retry number `retry` (0 for the first retry).
    public func backoffCeiling(retry: Int) -> Duration {
        let exponent = Double(min(max(retry, 0), 62))
        let ceiling = min(maxDelay / .seconds(1), baseDelay / .seconds(1) * pow(2, exponent))
        return .clampedSeconds(ceiling)
    }

    /// A random wait in 0...ceiling for retry number `retry` (0 for the first retry).
    public func backoff(retry: Int) -> Duration {
        let fraction = min(max(random(), 0), 1)
        return .clampedSeconds(backoffCeiling(retry: retry) / .seconds(1) * fraction)
    }

    /// The wait before retry number `retry`: the server's `Retry-After` when it gave a readable
    /// one (capped), else the jittered backoff.
    public func delay(retry: Int, retryAfter: String?, now: Date) -> Duration {
        if let retryAfter, let asked = RetryAfter.delay(from: retryAfter, now: now) {
            return min(asked, maxRetryAfter)
        }
        return backoff(retry: retry)
    }
}
