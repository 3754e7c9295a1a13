import Foundation
import TestSupport
import Testing

@testable import DigitalDownloadsClient

@Suite struct RetryPolicyTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func ceilingsDoubleFromHalfASecondUpToThirtySeconds() {
        let policy = RetryPolicy(random: { 0 })
        let ceilings = (0..<9).map { policy.backoffCeiling(retry: $0) }
        #expect(ceilings == [0.5, 1, 2, 4, 8, 16, 30, 30, 30].map { Duration.milliseconds(Int64($0 * 1000)) })
        #expect(policy.backoffCeiling(retry: 1000) == .seconds(30))
    }

    @Test func fullJitterScalesTheCeiling() {
        #expect(RetryPolicy(random: { 0 }).backoff(retry: 2) == .zero)
        #expect(RetryPolicy(random: { 0.25 }).backoff(retry: 2) == .milliseconds(500))
        #expect(RetryPolicy(random: { 0.999 }).backoff(retry: 2) <= .seconds(2))
        // An out-of-range random source cannot push the wait past the ceiling.
        #expect(RetryPolicy(random: { 7 }).backoff(retry: 0) == .milliseconds(500))
    }

    @Test func retryAfterInSecondsWinsOverBackoffAndIsCapped() {
        let policy = RetryPolicy(random: { 0.5 })
        #expect(policy.delay(retry: 0, retryAfter: "2", now: now) == .seconds(2))
        #expect(policy.delay(retry: 0, retryAfter: " 0 ", now: now) == .zero)
        #expect(policy.delay(retry: 0, retryAfter: "86400", now: now) == .seconds(120))
        #expect(policy.delay(retry: 0, retryAfter: "soon", now: now) == .milliseconds(250))
        #expect(policy.delay(retry: 0, retryAfter: "-5", now: now) == .milliseconds(250))
        #expect(policy.delay(retry: 0, retryAfter: nil, now: now) == .milliseconds(250))
    }

    @Test func retryAfterAsAnHTTPDate() {
        let policy = RetryPolicy()
        // 1_700_000_000 is Tue, 14 Nov 2023 22:13:20 GMT.
        #expect(policy.delay(retry: 0, retryAfter: "Tue, 14 Nov 2023 22:13:50 GMT", now: now) == .seconds(30))
        #expect(policy.delay(retry: 0, retryAfter: "Tuesday, 14-Nov-23 22:13:25 GMT", now: now) == .seconds(5))
        #expect(policy.delay(retry: 0, retryAfter: "Tue Nov 14 22:13:30 2023", now: now) == .seconds(10))
        #expect(policy.delay(retry: 0, retryAfter: "Tue, 14 Nov 2023 23:13:20 GMT", now: now) == .seconds(120))
        // A date in the past means "now".
        #expect(policy.delay(retry: 0, retryAfter: "Tue, 14 Nov 2023 22:00:00 GMT", now: now) == .zero)
    }

    @Test func whichFailuresAreRetried() {
        for status in [429, 500, 502, 503, 504] { #expect(RetryPolicy.isRetryable(status: status)) }
        for status in [400, 401, 402, 403, 404, 409, 422, 501, 505] {
            #expect(!RetryPolicy.isRetryable(status: status))
        }
        #expect(RetryPolicy.isRetryable(TransportError.timeout(.seconds(1))))
        #expect(RetryPolicy.isRetryable(TransportError.connectionFailed(reason: "refused")))
        #expect(RetryPolicy.isRetryable(TransportError.connectionDropped(reason: "reset")))
        #expect(!RetryPolicy.isRetryable(TransportError.bodyTooLarge(limit: 1)))
        #expect(!RetryPolicy.isRetryable(TransportError.invalidURL("x")))
        #expect(!RetryPolicy.isRetryable(TransportError.cancelled))
    }
}
