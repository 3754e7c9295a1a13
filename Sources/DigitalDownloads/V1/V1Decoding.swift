import Foundation

/// Why a v1 orders answer could not be read, naming what was asked for (`context`, e.g.
/// "orders page 3" or "order 82664d96-…") and, for a bad field, its JSON path:
/// `orders page 3: data[2].order_number: missing`.
public enum V1DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    case emptyBody(context: String)
    /// The body is not JSON; `detail` says where parsing stopped, when that is known.
    case invalidJSON(context: String, detail: String)
    /// JSON, but not the documented shape.
    case invalidField(context: String, failure: DecodingFailure)

    public var description: String {
        switch self {
        case .emptyBody(let context):
            "\(context): empty response body (expected a JSON object with a \"data\" key)"
        case .invalidJSON(let context, let detail):
            "\(context): the answer is not valid JSON (\(detail))"
        case .invalidField(let context, let failure):
            "\(context): unexpected answer: \(failure)"
        }
    }
}

extension V1OrderResultPage {
    /// Decodes a v1 orders body; `context` names it in errors ("orders page 2", "order ID").
    public static func decode(from data: Data, context: String) throws(V1DecodingError) -> V1OrderResultPage {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .emptyBody(context: context)
        }
        do {
            return try JSONDecoder().decode(V1OrderResultPage.self, from: data)
        } catch let failure as DecodingFailure {
            throw .invalidField(context: context, failure: failure)
        } catch let error as DecodingError {
            if case .dataCorrupted(let detail) = error, detail.codingPath.isEmpty,
                let problem = JSONSyntax.problem(in: data)
            {
                throw .invalidJSON(context: context, detail: problem)
            }
            throw .invalidField(context: context, failure: DecodingFailure(error))
        } catch {
            throw .invalidField(
                context: context,
                failure: DecodingFailure(path: JSONPath.root, problem: .invalidValue(String(describing: error))))
        }
    }
}
