import Testing

@testable import SiteGenerator

/// The pieces the manifest writes in place, without making a string for each: the same text as
/// the strings they stand for.
@Suite struct ManifestEncodingTests {
    @Test(arguments: [Int64.min, Int64.min + 1, -1_000_000_007, -10, -1, 0, 1, 9, 10, 99, 100, 6692, 1_764_806_400_123_456_789, Int64.max])
    func decimalsAreWrittenAsStringWritesThem(value: Int64) {
        var output: [UInt8] = Array("x".utf8)
        BuildManifest.appendDecimal(value, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "x" + String(value))
    }

    @Test func digestsAreWrittenAsTheirDescription() {
        let digests = [
            ContentDigest(high: 0, low: 0), ContentDigest(high: .max, low: .max), ContentDigest(high: 0x0123_4567_89ab_cdef, low: 0xfedc_ba98_7654_3210),
            ContentDigest(high: 1, low: 0x10),
        ]
        for digest in digests {
            var output: [UInt8] = []
            digest.appendHex(to: &output)
            #expect(String(decoding: output, as: UTF8.self) == digest.description)
            #expect(ContentDigest(hex: digest.description) == digest)
        }
    }

    @Test func stringsWithAndWithoutEscapes() {
        for (text, json) in [("abc", #""abc""#), ("", #""""#), ("a\"b", #""a\"b""#), ("a\\b", #""a\\b""#), ("a\nb", #""a\nb""#), ("\u{1}", #""\u0001""#), ("é ✓", "\"é ✓\"")] {
            var output: [UInt8] = []
            BuildManifest.appendString(text, to: &output)
            #expect(String(decoding: output, as: UTF8.self) == json, "\(text.debugDescription)")
        }
    }
}
