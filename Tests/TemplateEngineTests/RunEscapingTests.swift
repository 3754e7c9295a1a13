import Testing

@testable import TemplateEngine

/// Escaping, which copies the runs between characters to escape at once, gives what escaping each
/// character on its own gives, wherever the characters fall.
@Suite struct RunEscapingTests {
    /// The rule, a byte at a time: the oracle.
    static func reference(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Texts of every length up to 40 with an escapable character at each position, and mixed
    /// multi-byte text: the same as the rule.
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
                    #expect(escapeHTML(text) == Self.reference(text), "\(text.debugDescription)")
                }
            }
        }
        let mixed = "Café «<b>» & 'naïve' \"日本語\" \u{0} 🎵<>&&'' ends with <"
        for start in mixed.indices {
            let text = String(mixed[start...])
            #expect(escapeHTML(text) == Self.reference(text))
        }
    }
}
