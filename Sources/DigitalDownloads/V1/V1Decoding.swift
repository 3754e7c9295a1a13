import Foundation
import JSONParsing

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
        if data.allSatisfy(JSONSyntax.isWhitespace) {
            throw .emptyBody(context: context)
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: data)
        } catch {
            throw .invalidJSON(context: context, detail: JSONSyntax.describe(error, in: data))
        }
        do {
            return try V1OrderResultPage(fields: JSONFields(document, object: document.root))
        } catch {
            throw .invalidField(context: context, failure: error)
        }
    }
}
