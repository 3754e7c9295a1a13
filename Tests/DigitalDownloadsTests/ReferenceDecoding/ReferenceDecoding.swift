import Foundation

@testable import DigitalDownloads

/// The decoding of order bodies as it was before the one-pass reader: Foundation's `JSONDecoder`
/// through the models' old `init(from:)`, `JSONSerialization` to say where a body is not JSON.
enum ReferenceDecoding {
    static func decodeOrder(_ data: Data, orderID: String) throws(OrderDecodingError) -> CustomerAccountOrderResponse {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .emptyBody(orderID: orderID)
        }
        do {
            return try JSONDecoder().decode(ReferenceResponse.self, from: data).value
        } catch let failure as DecodingFailure {
            throw .invalidField(orderID: orderID, failure: failure)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let detail = ReferenceJSONSyntax.problem(in: data)
            {
                throw .invalidJSON(orderID: orderID, detail: detail)
            }
            throw .invalidField(orderID: orderID, failure: DecodingFailure(error))
        } catch {
            throw .invalidField(
                orderID: orderID,
                failure: DecodingFailure(path: JSONPath.root, problem: .invalidValue(String(describing: error)))
            )
        }
    }

    static func decodeV1Page(_ data: Data, context: String) throws(V1DecodingError) -> V1OrderResultPage {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .emptyBody(context: context)
        }
        do {
            return try JSONDecoder().decode(ReferenceV1Page.self, from: data).value
        } catch let failure as DecodingFailure {
            throw .invalidField(context: context, failure: failure)
        } catch let error as DecodingError {
            if case .dataCorrupted(let detail) = error, detail.codingPath.isEmpty,
                let problem = ReferenceJSONSyntax.problem(in: data)
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
