import Foundation

@testable import DigitalDownloads

/// Foundation's decoding errors in the tool's words: only the reference decoding (the Codable
/// models the one-pass reader replaced, kept as the differential tests' oracle) decodes through
/// Foundation now, so this translation lives with it.
extension DecodingFailure {
    init(codingPath: [any CodingKey], problem: Problem, hint: String? = nil) {
        self.init(path: JSONPath.render(codingPath), problem: problem, hint: hint)
    }

    /// Translates Foundation's error, for the few places decoding is left to Foundation.
    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(codingPath: context.codingPath + [key], problem: .missing)
        case .valueNotFound(let type, let context):
            self.init(codingPath: context.codingPath, problem: .null(expected: Self.expectation(for: type)))
        case .typeMismatch(let type, let context):
            self.init(
                codingPath: context.codingPath,
                problem: .wrongType(
                    expected: Self.expectation(for: type),
                    found: Self.foundKind(in: context.debugDescription)
                )
            )
        case .dataCorrupted(let context):
            self.init(codingPath: context.codingPath, problem: .invalidValue(context.debugDescription))
        @unknown default:
            self.init(path: JSONPath.root, problem: .invalidValue(String(describing: error)))
        }
    }

    /// Names a Swift type the way the JSON would have to look.
    static func expectation(for type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == Bool.self { return "a boolean" }
        if type == Double.self || type == Float.self { return "a number" }
        if type == Int.self || type == Int64.self || type == Int32.self || type == UInt.self || type == UInt64.self {
            return "an integer"
        }
        let name = String(describing: type)
        if name.hasPrefix("Array<") || name.hasPrefix("[") { return "an array" }
        if name.hasPrefix("Dictionary<") { return "an object" }
        return "a value of type \(name)"
    }

    /// Reads the found kind out of Foundation's "…but found a string instead." wording.
    static func foundKind(in debugDescription: String) -> String {
        let words =
            debugDescription
            .lowercased()
            .split(whereSeparator: { !$0.isLetter })
            .map(String.init)
        guard let foundIndex = words.lastIndex(of: "found") else { return "another type" }
        let candidates = words[words.index(after: foundIndex)...].filter { $0 != "a" && $0 != "an" }
        switch candidates.first {
        case "number": return "a number"
        case "string": return "a string"
        case "array": return "an array"
        case "dictionary", "object": return "an object"
        case "bool", "boolean": return "a boolean"
        case "null": return "null"
        default: return "another type"
        }
    }
}

extension JSONPath {
    /// A coding path, for errors Foundation's decoders report.
    static func render(_ path: [any CodingKey]) -> String {
        render(path.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) })
    }
}
