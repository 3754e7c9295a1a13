/// One field of the response that could not be used, named by its JSON path.
///
/// Thrown by the models' readers (`JSONFields`) so that the
/// message always says *where* in the body the problem is, e.g.
/// `order.lines[1].assets[0].data.url: missing`.
public struct DecodingFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the value at `path`.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The key is absent.
        case missing
        /// The key is present but `null`; `expected` names what was needed ("a string").
        case null(expected: String)
        /// The value has the wrong JSON type.
        case wrongType(expected: String, found: String)
        /// The value has the right type but cannot be used (empty string, negative count, …).
        case invalidValue(String)

        public var description: String {
            switch self {
            case .missing: "missing"
            case .null(let expected): "null, expected \(expected)"
            case .wrongType(let expected, let found): "expected \(expected), found \(found)"
            case .invalidValue(let message): message
            }
        }
    }

    /// Dotted JSON path such as `order.lines[1].assets[0].data.url`; "response body" for the root.
    public let path: String
    public let problem: Problem
    /// Extra context worth showing, e.g. an error message the API sent instead of an order.
    public let hint: String?

    public init(path: String, problem: Problem, hint: String? = nil) {
        self.path = path
        self.problem = problem
        self.hint = hint
    }

    init(codingPath: [any CodingKey], problem: Problem, hint: String? = nil) {
        self.init(path: JSONPath.render(codingPath), problem: problem, hint: hint)
    }

    /// Translates Foundation's error, for the few places decoding is left to Foundation.
    public init(_ error: DecodingError) {
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

    public var description: String {
        var text = "\(path): \(problem)"
        if let hint { text += " (\(hint))" }
        return text
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
