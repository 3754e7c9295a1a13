import PropertyBased
import Testing

@testable import DigitalDownloads

/// `isBlank` and `trimmingWhitespace` decide ASCII ends without Unicode's tables; they must
/// agree with `Character.isWhitespace` on any text.
@Suite struct WhitespaceTests {
    static let pieces: [String] = [
        " ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{0}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}",
        "\u{301}", "\u{600}", "\u{200D}", "a", "#", "1", "é", "e\u{301}", "😀", "👍🏽", "🇮🇹", "日",
    ]

    @Test func agreesWithCharacterIsWhitespace() async {
        let text = Gen<String?>.element(of: Self.pieces).map { $0 ?? "" }.array(of: 0...6).map { $0.joined() }
        await propertyCheck(count: 2000, input: text) { text in
            #expect(text.isBlank == text.referenceIsBlank, "\(text.debugDescription)")
            #expect(text.trimmingWhitespace == text.referenceTrimmingWhitespace, "\(text.debugDescription)")
            #expect(
                text.trimmingWhitespace.unicodeScalars.elementsEqual(text.referenceTrimmingWhitespace.unicodeScalars),
                "\(text.debugDescription)")
        }
    }
}
