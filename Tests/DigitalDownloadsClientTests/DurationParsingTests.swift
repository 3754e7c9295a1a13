import TestSupport
import Testing

@testable import DigitalDownloadsClient

@Suite struct DurationParsingTests {
    @Test(
        arguments: [
            ("90s", 90), ("15m", 900), ("6h", 21_600), ("2d", 172_800), ("1h30m", 5_400),
            ("1d2h3m4s", 93_784), ("0s", 0), (" 45m ", 2_700),
        ] as [(String, Int64)])
    func goodValues(text: String, seconds: Int64) throws {
        #expect(try Duration(parsing: text) == .seconds(seconds))
    }

    @Test(arguments: [
        "", "90", "abc", "5x", "h", "1.5h", "30m1h", "1h1h", "-5m", "1h 30m", "99999999999999999999s",
        "106751991167301d",
    ])
    func badValues(text: String) {
        #expect(throws: DurationParseError.self) { try Duration(parsing: text) }
    }

    @Test func errorsSayWhatWouldWork() {
        do throws(DurationParseError) {
            _ = try Duration(parsing: "90")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("90s"))
            #expect(error.description.contains("1h30m"))
        }
    }
}
