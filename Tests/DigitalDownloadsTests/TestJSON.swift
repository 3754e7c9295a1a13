import Foundation

/// A JSON value built by a test and written out as text, with the freedoms real text has that a
/// dictionary would lose: member order, repeated names, and escapes where plain text would do.
indirect enum TestJSON: Equatable, Decodable {
    case null
    case bool(Bool)
    /// A number, written exactly as given (`1.0`, `1e3`, `-0`, `9223372036854775808`).
    case number(String)
    case string(String)
    case array([TestJSON])
    case object([(String, TestJSON)])

    static func == (lhs: TestJSON, rhs: TestJSON) -> Bool { lhs.text() == rhs.text() }

    private struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads a sample with Foundation's decoder (member order is lost: names are sorted).
    init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Name.self) {
            self = .object(
                try object.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
                    ($0.stringValue, try object.decode(TestJSON.self, forKey: $0))
                })
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var elements: [TestJSON] = []
            while !array.isAtEnd { elements.append(try array.decode(TestJSON.self)) }
            self = .array(elements)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Int64.self) {
            self = .number(String(value))
        } else if let value = try? single.decode(Double.self) {
            self = .number(String(value))
        } else {
            self = .string(try single.decode(String.self))
        }
    }

    /// The text; with `escapeAll`, every non-ASCII character is written as `\u` escapes.
    func text(escapeAll: Bool = false) -> String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let value): Self.quoted(value, escapeAll: escapeAll)
        case .array(let elements): "[" + elements.map { $0.text(escapeAll: escapeAll) }.joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.map { Self.quoted($0.0, escapeAll: escapeAll) + ": " + $0.1.text(escapeAll: escapeAll) }.joined(separator: ", ")
                + "}"
        }
    }

    static func quoted(_ value: String, escapeAll: Bool) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case _ where scalar.value < 0x20 || (escapeAll && scalar.value > 0x7E):
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// The member `name`'s value, when this is an object that has one.
    subscript(name: String) -> TestJSON? {
        if case .object(let members) = self { return members.first { $0.0 == name }?.1 }
        return nil
    }
}
