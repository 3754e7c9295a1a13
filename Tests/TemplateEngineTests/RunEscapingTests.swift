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
        let mixed = "Café «<b>» & 'naïve' \"日本語\" \u{0} 🎵<>&&'' ends with <"
        for start in mixed.indices {
            let text = String(mixed[start...])
            #expect(escapeHTML(text) == ByteOutputTests.referenceEscape(text))
        }
    }
}
