/// Text from the API made safe to print on a terminal: control characters (escape sequences
/// among them, which could rewrite the screen) become U+FFFD, and line breaks a space, so
/// one value stays on one line.
enum TerminalText {
    static func safe(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator:
                result.unicodeScalars.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : "\u{FFFD}")
            case .format where (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value):
                // Bidirectional overrides could make a value read as something else.
                result.unicodeScalars.append("\u{FFFD}")
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
