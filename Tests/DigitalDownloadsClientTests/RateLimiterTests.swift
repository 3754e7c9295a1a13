import Foundation
import TestSupport
import Testing

@testable import DigitalDownloadsClient

@Suite struct RateLimiterTests {
    func headers(limit: Int, remaining: Int, reset: Date? = nil) -> HeaderFields {
        var fields = HeaderFields([("x-ratelimit-limit", "\(limit)"), ("X-RATELIMIT-REMAINING", "\(remaining)")])
        if let reset { fields.add(name: "X-RateLimit-Reset", value: "\(Int(reset.timeIntervalSince1970))") }
        return fields
    }

    @Test func noLimitsMeansNoWaiting() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        for _ in 0..<10 { try await limiter.waitForTurn() }
        #expect(time.sleeps.isEmpty)
    }

    @Test func maxRateGivesAMinimumInterval() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: 30, timeSource: time)
        for _ in 0..<4 { try await limiter.waitForTurn() }
        #expect(time.sleeps == [.seconds(2), .seconds(2), .seconds(2)])
        #expect(time.elapsed == 6)
    }

    @Test func concurrentCallersGetDistinctSlots() async throws {
        let time = FakeTimeSource(advancesOnSleep: false)
        let limiter = RateLimiter(maxRequestsPerMinute: 60, timeSource: time)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<5 { group.addTask { try await limiter.waitForTurn() } }
            try await group.waitForAll()
        }
        // With time standing still, each caller's wait is its slot: 0, 1, 2, 3 and 4 s, never shared.
        #expect(time.sleeps.sorted() == [.seconds(1), .seconds(2), .seconds(3), .seconds(4)])
    }

    @Test func plentyRemainingDoesNotSlowDown() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        await limiter.observe(headers(limit: 60, remaining: 30))
        try await limiter.waitForTurn()
        try await limiter.waitForTurn()
        #expect(time.sleeps.isEmpty)
    }

    @Test func lowRemainingSpreadsTheRestOverTheWindow() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        await limiter.observe(headers(limit: 60, remaining: 4))  // ≤ 10 %: 4 left for 60 s
        try await limiter.waitForTurn()
        try await limiter.waitForTurn()
        #expect(time.sleeps == [.seconds(15), .seconds(15)])
    }

    @Test func zeroRemainingWaitsForTheWindowToReset() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        try await limiter.waitForTurn()
        await limiter.observe(headers(limit: 60, remaining: 0))
        try await limiter.waitForTurn()
        #expect(time.sleeps == [.seconds(60)])
        // A fresh window with budget: no more waiting.
        await limiter.observe(headers(limit: 60, remaining: 59))
        try await limiter.waitForTurn()
        #expect(time.sleeps == [.seconds(60)])
    }

    @Test func aResetHeaderSetsTheWindowEnd() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        await limiter.observe(headers(limit: 60, remaining: 0, reset: time.now().addingTimeInterval(12)))
        try await limiter.waitForTurn()
        #expect(time.sleeps == [.seconds(12)])
    }

    @Test func holdOffDelaysTheNextStart() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        await limiter.holdOff(until: time.now().addingTimeInterval(5))
        try await limiter.waitForTurn()
        #expect(time.sleeps == [.seconds(5)])
    }

    @Test func unreadableHeadersAreIgnored() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        await limiter.observe(HeaderFields([("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "soon")]))
        await limiter.observe(HeaderFields([("X-RateLimit-Remaining", "-3")]))
        try await limiter.waitForTurn()
        #expect(time.sleeps.isEmpty)
    }

    @Test func aRemainingCountAloneSlowsTheToolDown() async throws {
        // A server that sends only X-RateLimit-Remaining: at zero, the next request waits for the window.
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: nil, timeSource: time)
        await limiter.observe(HeaderFields([("X-RateLimit-Limit", "lots"), ("X-RateLimit-Remaining", "0")]))
        try await limiter.waitForTurn()
        #expect(time.sleeps == [.seconds(60)])
    }

    @Test func aRequestWhoseTurnComesAfterTheDeadlineIsNotWaitedFor() async throws {
        let time = FakeTimeSource()
        let limiter = RateLimiter(maxRequestsPerMinute: 60, timeSource: time)
        #expect(try await limiter.waitForTurn(notAfter: time.now().addingTimeInterval(0.5)))
        #expect(!(try await limiter.waitForTurn(notAfter: time.now().addingTimeInterval(0.5))), "the next turn is 1 s away")
        #expect(time.sleeps.isEmpty, "nothing was waited for")
        #expect(try await limiter.waitForTurn(notAfter: time.now().addingTimeInterval(2)))
        #expect(time.sleeps == [.seconds(1)])
    }
}
