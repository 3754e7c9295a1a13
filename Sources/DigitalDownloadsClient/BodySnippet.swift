import Foundation

/// The start of a response body for an error message: enough to recognise an HTML error page
/// or a JSON message, short and on one line so it cannot flood or garble a terminal.
enum BodySnippet {
    static func make(_ body: Data, limit: Int = 200) -> String {
        let text = String(decoding: body.prefix(limit * 4), as: UTF8.self)
        var cleaned = ""
        var lastWasSpace = false
        for character in text {
            let isSpace =
                character.isWhitespace
                || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            if isSpace {
                if !lastWasSpace, !cleaned.isEmpty { cleaned.append(" ") }
                lastWasSpace = true
            } else {
                cleaned.append(character)
                lastWasSpace = false
            }
            if cleaned.count >= limit { return cleaned + "…" }
        }
        return cleaned.trimmingCharacters(in: .whitespaces)
    }
}
