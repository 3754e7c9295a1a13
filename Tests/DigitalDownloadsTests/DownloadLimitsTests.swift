import Testing

@testable import DigitalDownloads

@Suite struct DownloadLimitsTests {
    @Test func remainingCountsDown() {
        let limits = DownloadLimits(downloaded: 5, limit: 10)
        #expect(limits.remaining == 5)
        #expect(!limits.isLimitReached)
        #expect(!limits.isUnlimited)
    }

    @Test func reachedAtTheLimit() {
        let limits = DownloadLimits(downloaded: 10, limit: 10)
        #expect(limits.remaining == 0)
        #expect(limits.isLimitReached)
    }

    @Test func neverNegativePastTheLimit() {
        let limits = DownloadLimits(downloaded: 12, limit: 10)
        #expect(limits.remaining == 0)
        #expect(limits.isLimitReached)
    }

    @Test func unlimitedHasNoRemainingAndIsNeverReached() {
        let limits = DownloadLimits(downloaded: 1_000_000, limit: nil)
        #expect(limits.remaining == nil)
        #expect(!limits.isLimitReached)
        #expect(limits.isUnlimited)
    }

    @Test func zeroLimitIsReachedImmediately() {
        let limits = DownloadLimits(downloaded: 0, limit: 0)
        #expect(limits.remaining == 0)
        #expect(limits.isLimitReached)
    }

    @Test func noneIsNothingDownloadedAndUnlimited() {
        #expect(DownloadLimits.none == DownloadLimits(downloaded: 0, limit: nil))
    }
}
