import Foundation

extension CustomerAccountOrderResponse {
    /// Decodes a `GET /api/v2/customer-account-orders?id=ID` body.
    ///
    /// `orderID` is only used to name the order in errors, so a failure in a batch of orders
    /// says which one to look at. Lenient fields never fail; required ones fail with their
    /// JSON path (see `CustomerAccountOrder`, `OrderLine`, `Product`, `Asset`, `AssetData`).
    public static func decode(from data: Data, orderID: String) throws(OrderDecodingError) -> CustomerAccountOrderResponse {
        if data.allSatisfy(isJSONWhitespace) {
            throw .emptyBody(orderID: orderID)
        }
        do {
            return try JSONDecoder().decode(CustomerAccountOrderResponse.self, from: data)
        } catch let failure as DecodingFailure {
            throw .invalidField(orderID: orderID, failure: failure)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let detail = JSONSyntax.problem(in: data)
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

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
