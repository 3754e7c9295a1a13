import Foundation

/// Spaces the starts of requests so the tool stays inside the API's budget (documented as 60
/// requests a minute) instead of running into 429s and their long `Retry-After`s.
///
/// Two independent brakes, the stricter wins:
/// - a fixed minimum interval from `maxRequestsPerMinute`;
/// - the server's own `X-RateLimit-Limit` / `X-RateLimit-Remaining`: when few requests remain
///   in the current window, the rest are spread to last until the window ends, and at zero the
///   next start waits for the window to reset.
///
/// The window's end is not sent by the API, so it is estimated as one window length after the
/// first response seen in it (later than the truth, so the estimate errs on the side of waiting),
/// unless the server sends `X-RateLimit-Reset` (Unix seconds). Requests already in flight when
/// the budget runs low are not recalled; a 429 they meet is handled by retries.
///
/// Each caller reserves its start slot before sleeping, so the actor's reentrancy cannot let
/// two concurrent callers take the same slot.
public actor RateLimiter {
    private let timeSource: any TimeSource
    private let minimumInterval: TimeInterval
    private let window: TimeInterval
    /// The earliest moment the next request may start.
    private var nextStart: Date?
    /// The estimated end of the server's current rate-limit window.
    private var windowEnd: Date?
    /// Spacing required by a low server budget until `windowEnd`.
    private var budgetInterval: TimeInterval = 0

    /// - Parameters:
    ///   - maxRequestsPerMinute: nil or 0 for no fixed limit.
    ///   - window: the length of the server's rate-limit window.
    /// The app's documented budget: 60 requests a minute.
    public static let documentedLimit = 60

    public init(maxRequestsPerMinute: Int?, timeSource: any TimeSource, window: Duration = .seconds(60)) {
        self.timeSource = timeSource
        self.window = window / .seconds(1)
        if let rate = maxRequestsPerMinute, rate > 0 {
            minimumInterval = 60 / Double(rate)
        } else {
            minimumInterval = 0
        }
    }

    /// Waits until this request may start, and claims that start.
    /// Throws `CancellationError` if the task is cancelled while waiting.
    public func waitForTurn() async throws {
        _ = try await waitForTurn(notAfter: nil)
    }

    /// Waits until this request may start and claims that start, unless the start would come
    /// after `deadline`: then it claims nothing, waits for nothing and returns false, so a run
    /// with a time budget never spends it waiting for a request it cannot finish.
    public func waitForTurn(notAfter deadline: Date?) async throws -> Bool {
        let now = timeSource.now()
        let start = max(now, nextStart ?? now)
        if let deadline, start > deadline { return false }
        var interval = minimumInterval
        if let windowEnd, start < windowEnd { interval = max(interval, budgetInterval) }
        nextStart = start.addingTimeInterval(interval)
        let wait = start.timeIntervalSince(now)
        if wait > 0 { try await timeSource.sleep(for: .clampedSeconds(wait)) }
        return true
    }

    /// Reads the server's budget from a response's headers; responses without them change nothing.
    /// A server that sends only `X-RateLimit-Remaining` is obeyed too, its window's size taken to
    /// be the documented 60 requests.
    public func observe(_ headers: HeaderFields) {
        guard let remaining = headers["X-RateLimit-Remaining"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
            remaining >= 0
        else { return }
        let sentLimit = headers["X-RateLimit-Limit"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let limit = max(sentLimit ?? Self.documentedLimit, remaining, 1)
        let now = timeSource.now()
        if let reset = resetTime(headers, now: now) {
            windowEnd = reset
        } else if windowEnd.map({ now >= $0 }) ?? true {
            windowEnd = now.addingTimeInterval(window)
        }
        guard let windowEnd else { return }

        let lowWater = max(2, Int((Double(limit) * 0.1).rounded(.up)))
        if remaining == 0 {
            budgetInterval = 0
            reserve(windowEnd)
        } else if remaining <= lowWater {
            budgetInterval = max(0, windowEnd.timeIntervalSince(now)) / Double(remaining)
            reserve(now.addingTimeInterval(budgetInterval))
        } else {
            budgetInterval = 0
        }
    }

    /// Holds every request back until `date`, e.g. after a 429 with `Retry-After`, so that
    /// concurrent requests do not all run into the same wall.
    public func holdOff(until date: Date) {
        reserve(date)
    }

    private func reserve(_ date: Date) {
        nextStart = max(nextStart ?? date, date)
    }

    /// `X-RateLimit-Reset` as Unix seconds, if present and plausible (after now, within two windows).
    private func resetTime(_ headers: HeaderFields, now: Date) -> Date? {
        guard let text = headers["X-RateLimit-Reset"],
            let seconds = TimeInterval(text.trimmingCharacters(in: .whitespaces))
        else {
            return nil
        }
        let date = Date(timeIntervalSince1970: seconds)
        let ahead = date.timeIntervalSince(now)
        return ahead > 0 && ahead <= 2 * window ? date : nil
    }
}
