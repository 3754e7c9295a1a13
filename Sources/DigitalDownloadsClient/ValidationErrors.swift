import Foundation

/// Laravel's answer to a request it refuses (HTTP 422):
/// `{"message": "The given data was invalid.", "errors": {"limit": ["The limit may not be greater than 1000."]}}`.
///
/// Every field's messages are kept, so each can be printed under the field it is about. Texts
/// are cut to one line of at most 200 characters, so a strange body cannot flood a terminal.
public struct ValidationErrors: Sendable, Equatable, CustomStringConvertible {
    public struct Field: Sendable, Equatable {
        public var name: String
        public var messages: [String]

        public init(name: String, messages: [String]) {
            self.name = name
            self.messages = messages
        }
    }

    /// The overall message, if the body had one.
    public var message: String?
    /// The fields in name order, each with its messages in the order sent.
    public var fields: [Field]

    public init(message: String? = nil, fields: [Field] = []) {
        self.message = message
        self.fields = fields
    }

    /// Reads a Laravel validation body; anything else gives no message and no fields.
    public static func parse(_ body: Data) -> ValidationErrors {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            return ValidationErrors()
        }
        let message = (object["message"] as? String).map(clean).flatMap { $0.isEmpty ? nil : $0 }
        var fields: [Field] = []
        if let errors = object["errors"] as? [String: Any] {
            for name in errors.keys.sorted().prefix(50) {
                let messages: [String]
                switch errors[name] {
                case let list as [Any]: messages = list.compactMap { $0 as? String }
                case let single as String: messages = [single]
                default: messages = []
                }
                let cleaned = messages.prefix(20).map(clean).filter { !$0.isEmpty }
                if !cleaned.isEmpty { fields.append(Field(name: clean(name), messages: cleaned)) }
            }
        }
        return ValidationErrors(message: message, fields: fields)
    }

    /// The message, then one indented `field: message` line for each field's message.
    public var description: String {
        var lines: [String] = []
        if let message { lines.append(message) }
        for field in fields {
            for text in field.messages { lines.append("  \(field.name): \(text)") }
        }
        return lines.joined(separator: "\n")
    }

    private static func clean(_ text: String) -> String {
        BodySnippet.make(Data(text.utf8))
    }
}
