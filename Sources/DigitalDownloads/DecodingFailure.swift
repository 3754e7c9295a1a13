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

    public var description: String {
        var text = "\(path): \(problem)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
