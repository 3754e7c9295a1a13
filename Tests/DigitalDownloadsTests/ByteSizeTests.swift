import Foundation
import Testing

@testable import DigitalDownloads

@Suite struct ByteSizeTests {
    private func size(_ json: String) throws -> ByteSize? {
        let asset = #"{"data": {"filename": "f", "size": \#(json), "url": "https://x.example/f"}}"#
        return try decodeJSON(bodyWithLine(lineWithAsset(asset))).order.lines[0].assets[0].data.size
    }

    @Test func decodesDisplayString() throws {
        #expect(try size(#""10MB""#) == .text("10MB"))
        #expect(try size(#"" 1.5 GB ""#) == .text("1.5 GB"))
    }

    @Test func decodesByteCounts() throws {
        #expect(try size("10485760") == .bytes(10_485_760))
        #expect(try size("0") == .bytes(0))
        #expect(try size(#""2048""#) == .bytes(2048))  // a string of digits is a byte count
        #expect(try size("1.0e3") == .bytes(1000))
    }

    @Test func unusableSizesReadAsNil() throws {
        #expect(try size("null") == nil)
        #expect(try size(#""""#) == nil)
        #expect(try size("-5") == nil)
        #expect(try size("true") == nil)
        #expect(try size("[1]") == nil)
    }

    @Test(
        arguments: [
            (0, "0 bytes"),
            (1, "1 byte"),
            (512, "512 bytes"),
            (999, "999 bytes"),
            (1000, "1 kB"),
            (1500, "1.5 kB"),
            (1049, "1 kB"),
            (1050, "1.1 kB"),
            (10_000_000, "10 MB"),
            (10_485_760, "10.5 MB"),
            (52_428_800, "52.4 MB"),
            (999_949, "999.9 kB"),
            (999_950, "1 MB"),
            (999_999_999, "1 GB"),
            (1_500_000_000, "1.5 GB"),
            (2_000_000_000_000, "2 TB"),
            (Int64.max, "9.2 EB"),
        ] as [(Int64, String)])
    func formatsBytesInDecimalUnits(bytes: Int64, expected: String) {
        #expect(ByteSizeFormatter.string(fromByteCount: bytes) == expected)
        #expect(ByteSize.bytes(bytes).formatted == expected)
    }

    @Test(arguments: [
        ("10MB", "10 MB"),
        ("20MB", "20 MB"),
        ("10 MB", "10 MB"),
        ("1.5gb", "1.5 GB"),
        ("2,5 MB", "2.5 MB"),
        ("1,500 MB", "1,500 MB"),
        ("350KB", "350 kB"),
        ("700k", "700 kB"),
        ("512B", "512 bytes"),
        ("1 byte", "1 byte"),
        ("4GiB", "4 GiB"),
        ("  3   TB ", "3 TB"),
        ("about 2 GB", "about 2 GB"),
        ("10 MB (zip)", "10 MB (zip)"),
        ("10 parsecs", "10 parsecs"),
        ("1.2.3 MB", "1.2.3 MB"),
        ("MB", "MB"),
        ("42", "42"),
        // Read on bytes, so the non-ASCII cases are pinned: only ASCII digits, marks and letters count.
        ("١٠ MB", "١٠ MB"),
        ("10 Мб", "10 Мб"),
        ("10 MB\u{301}", "10 MB\u{301}"),
        ("10\u{00A0}MB", "10\u{00A0}MB"),
        ("1.5\u{301} GB", "1.5\u{301} GB"),
        ("\u{2003}10mb\u{3000}", "10 MB"),
    ])
    func normalisesDisplayStrings(text: String, expected: String) {
        #expect(ByteSize.text(text).formatted == expected)
    }

    /// A style as a language's strings give it: a comma and words that agree with the count.
    static let comma = ByteSizeStyle(decimalMark: ",") { $0 == 1 ? "1 Byte" : "\($0) Bytes" }

    @Test(arguments: [
        (Int64(1_200_000_000), "1,2 GB"),
        (1_536_000_000, "1,5 GB"),
        (52_428_800, "52,4 MB"),
        (10_000_000, "10 MB"),
        (1, "1 Byte"),
        (512, "512 Bytes"),
    ])
    func formatsWithTheStylesMarkAndWords(bytes: Int64, expected: String) {
        #expect(ByteSizeFormatter.string(fromByteCount: bytes, style: Self.comma) == expected)
        #expect(ByteSize.bytes(bytes).formatted(style: Self.comma) == expected)
    }

    @Test(arguments: [
        ("1.5gb", "1,5 GB"),
        ("2,5 MB", "2,5 MB"),
        ("1.2 GB", "1,2 GB"),
        ("1,500 MB", "1,500 MB"),
        ("10MB", "10 MB"),
        ("512B", "512 Bytes"),
        ("1 byte", "1 Byte"),
        ("about 2 GB", "about 2 GB"),
    ])
    func normalisesTextInTheStyle(text: String, expected: String) {
        #expect(ByteSize.text(text).formatted(style: Self.comma) == expected)
    }
}
