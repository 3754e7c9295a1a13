import DigitalDownloads
import Testing

@testable import SiteGenerator

/// The usage phrases a build makes once for all its assets: the same words as made fresh.
@Suite("Usage phrases made once for many assets")
struct UsageMemoTests {
    let counts: [DownloadLimits] = (0...12).flatMap { downloaded in
        [DownloadLimits(downloaded: downloaded, limit: nil)]
            + (0...12).map { DownloadLimits(downloaded: downloaded, limit: $0) }
    }

    @Test("gives exactly what OrderPage.usage gives, first time and again, in each language", arguments: ["en", "it", "de", "fr", "es"])
    func sameAsFresh(locale: String) throws {
        let strings = try ThemeStrings.theme(locale)
        for _ in 0..<2 {
            for limits in counts {
                let fresh = OrderPage.usage(limits, strings: strings)
                #expect(strings.usageMemo.phrase(for: limits) { OrderPage.usage($0, strings: strings) } == fresh)
            }
        }
        #expect(strings.usageMemo.count == counts.count, "one entry for each set of counts")
    }

    @Test("each set of strings keeps its own phrases, so two languages in one process never mix")
    func perLanguage() throws {
        let english = try ThemeStrings.theme("en")
        let italian = try ThemeStrings.theme("it")
        let limits = DownloadLimits(downloaded: 1, limit: 3)
        let inEnglish = english.usageMemo.phrase(for: limits) { OrderPage.usage($0, strings: english) }
        let inItalian = italian.usageMemo.phrase(for: limits) { OrderPage.usage($0, strings: italian) }
        #expect(inEnglish == OrderPage.usage(limits, strings: english))
        #expect(inItalian == OrderPage.usage(limits, strings: italian))
        #expect(inEnglish != inItalian)
    }

    @Test("the table stays within its capacity, and a phrase made after it filled is still right")
    func bounded() throws {
        let strings = try ThemeStrings.theme()
        let memo = UsageMemo(capacity: 4)
        var made = 0
        for limits in counts {
            let phrase = memo.phrase(for: limits) { made += 1; return OrderPage.usage($0, strings: strings) }
            #expect(phrase == OrderPage.usage(limits, strings: strings))
            #expect(memo.count <= 4)
        }
        #expect(made == counts.count)
        // Within the table, a phrase is not made again.
        let last = counts[counts.count - 1]
        _ = memo.phrase(for: last) { made += 1; return OrderPage.usage($0, strings: strings) }
        #expect(made == counts.count)
    }
}
