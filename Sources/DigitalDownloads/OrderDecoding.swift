import Foundation
import JSONParsing

extension CustomerAccountOrderResponse {
    /// Decodes a `GET /api/v2/customer-account-orders?id=ID` body.
    ///
    /// `orderID` is only used to name the order in errors, so a failure in a batch of orders
    /// says which one to look at. Lenient fields never fail; required ones fail with their
    /// JSON path (see `CustomerAccountOrder`, `OrderLine`, `Product`, `Asset`, `AssetData`).
    /// The body is parsed in one pass (`JSONDocument`) and read straight into the model.
    public static func decode(from data: Data, orderID: String) throws(OrderDecodingError) -> CustomerAccountOrderResponse {
        if data.allSatisfy(JSONSyntax.isWhitespace) {
            throw .emptyBody(orderID: orderID)
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: data)
        } catch {
            throw .invalidJSON(orderID: orderID, detail: JSONSyntax.describe(error, in: data))
        }
        do {
            return try CustomerAccountOrderResponse(fields: JSONFields(document, object: document.root))
        } catch {
            throw .invalidField(orderID: orderID, failure: error)
        }
    }
}
