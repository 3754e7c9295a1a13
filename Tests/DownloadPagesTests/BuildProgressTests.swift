import DigitalDownloads
import SiteGenerator
import TestSupport
import Testing

@testable import DownloadPages

/// The progress line of an API build on a terminal: fetched, from cache, ETA at the rate in force.
@Suite struct BuildProgressTests {
    @Test func theLineCountsRequestsAndGivesAnETA() throws {
        let formatter = BuildEventFormatter(isTerminal: true, requestsPerMinute: 60)
        let ids = try (0..<1_200).map { try OrderID("o\($0)") }
        #expect(formatter.text(for: .planned(FetchPlan(order: ids, fetches: 900, fromCache: 300))) == nil)
        var drawn = 0
        for (index, id) in ids.prefix(712).enumerated() {
            let origin: ResponseOrigin = index < 412 ? .fetched : .cached(age: .seconds(60))
            let text = formatter.text(for: .pageWritten(id, changed: true, origin: origin, done: index + 1, total: 1_200)) ?? ""
            if !text.isEmpty { drawn += 1 }
        }
        #expect(drawn < 20, "redrawn at most ten times a second, not once a page")
        // A warning is printed at once, and the progress line drawn again under it.
        let warning = try #require(formatter.text(for: .warning("w")))
        let line = String(warning.split(separator: "\n").last ?? "")
        #expect(line.hasPrefix("\r\u{1B}[2K"))
        #expect(line.contains("412 of 900 fetched, 300 from cache, ETA 8m8s"))
        #expect(line.hasSuffix(" at 60/min"))
    }

    @Test func notATerminalPrintsOnlyProblems() throws {
        let formatter = BuildEventFormatter(isTerminal: false)
        #expect(formatter.text(for: .pageWritten(OrderID("a"), changed: true, origin: .saved, done: 1, total: 2)) == "")
        #expect(formatter.text(for: .warning("w\u{1B}[2J")) == "warning: w\u{FFFD}[2J\n")
        #expect(formatter.text(for: .flushing) == nil)
    }

    /// A flush of thousands of pages can take seconds after the bar is full: the line says why.
    @Test func aTerminalIsToldWhileTheSiteIsFlushed() {
        let formatter = BuildEventFormatter(isTerminal: true)
        _ = formatter.text(for: .pageWritten(OrderID("a"), changed: true, origin: .saved, done: 1, total: 1))
        #expect(formatter.text(for: .flushing) == "\r\u{1B}[2Kflushing the site to disk…")
    }

    /// A build with a warning every few pages once left the line empty: each warning counted as a
    /// redraw, so the bar was never due again.
    @Test func frequentWarningsKeepTheBarDrawn() throws {
        let formatter = BuildEventFormatter(isTerminal: true)
        var bars = 0
        for index in 0..<2_000 {
            let page = formatter.text(
                for: .pageWritten(try OrderID("o\(index)"), changed: true, origin: .saved, done: index + 1, total: 2_000))
            if page?.contains("/2000 orders") == true { bars += 1 }
            guard index % 5 == 4 else { continue }
            let warning = try #require(formatter.text(for: .warning("w\(index)")))
            let lines = warning.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first == "\r\u{1B}[2Kwarning: w\(index)")
            // The bar again, with the last counts (and the pace, should the test take a tenth of a second).
            let under = String(lines.last ?? "")
            #expect(under.hasPrefix("\r\u{1B}[2K" + Self.bar(done: index + 1, of: 2_000)), "\(under.debugDescription)")
        }
        #expect(bars >= 1, "the first page draws the bar")
    }

    /// The bar of `done` of `total` pages, up to the pace.
    static func bar(done: Int, of total: Int) -> String {
        let filled = 24 * done / total
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 24 - filled) + " \(done)/\(total) orders"
    }

    @Test("a folder build's bar gives pages a second and an ETA once a tenth of a second and ten pages have passed")
    func folderBuildPace() {
        #expect(BuildEventFormatter.pace(done: 100, total: 1000, elapsed: .milliseconds(90)) == "")
        #expect(BuildEventFormatter.pace(done: 9, total: 1000, elapsed: .seconds(2)) == "")
        #expect(BuildEventFormatter.pace(done: 0, total: 1000, elapsed: .seconds(2)) == "")
        #expect(BuildEventFormatter.pace(done: 100, total: 1000, elapsed: .milliseconds(100)) == ", 1000 pages/s, ETA <1s")
        #expect(BuildEventFormatter.pace(done: 100, total: 1000, elapsed: .milliseconds(250)) == ", 400 pages/s, ETA 2s")
        #expect(BuildEventFormatter.pace(done: 500, total: 1500, elapsed: .seconds(2)) == ", 250 pages/s, ETA 4s")
        #expect(BuildEventFormatter.pace(done: 1500, total: 1500, elapsed: .seconds(3)) == ", 500 pages/s")
    }
}
