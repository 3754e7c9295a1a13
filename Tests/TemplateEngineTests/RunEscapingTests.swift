import Testing

@testable import TemplateEngine

/// Escaping, which copies the runs between characters to escape at once, gives what escaping each
/// character on its own gives, wherever the characters fall.
@Suite struct RunEscapingTests {
    /// Texts of every length up to 40 with an escapable character at each position, and mixed
    /// multi-byte text: the same as the character-by-character oracle.
    @Test func textsOfEveryLengthAndPosition() {
        let specials: [Character] = ["&", "<", ">", "\"", "'", "\u{0}"]
        for length in 0...40 {
            let plain = String(repeating: "a", count: length)
            #expect(escapeHTML(plain) == plain)
            for position in 0..<max(length, 1) where length > 0 {
                for special in specials {
                    var characters = Array(plain)
                    characters[position] = special
                    let text = String(characters)
                    #expect(escapeHTML(text) == ByteOutputTests.referenceEscape(text), "\(text.debugDescription)")
                }
            }
        }
        // Bytes one bit away from those escaped, which eight-at-a-time tests could take for them,
        // at every offset of a word, alone and before an escaped one.
        let nearMisses: [Character] = ["#", "$", "%", "(", ";", "=", "?", "\u{1}", "\u{2}", "\u{7F}", "¢", "¦", "§", "¼", "¾", "\u{A0}"]
        for length in 1...20 {
            for position in 0..<length {
                for nearMiss in nearMisses {
                    var characters = Array(String(repeating: "a", count: length))
                    characters[position] = nearMiss
                    let alone = String(characters)
                    #expect(escapeHTML(alone) == alone, "\(alone.debugDescription)")
                    let before = alone + "<&"
                    #expect(escapeHTML(before) == ByteOutputTests.referenceEscape(before), "\(before.debugDescription)")
                }
            }
        }
        let mixed = "Café «<b>» & 'naïve' \"日本語\" \u{0} 🎵<>&&'' ends with <"
        for start in mixed.indices {
            let text = String(mixed[start...])
            #expect(escapeHTML(text) == ByteOutputTests.referenceEscape(text))
        }
    }
}
