/// Why a customer-account-orders response could not become an order, worded so the person
/// running the tool can act on it: it names the order id and, for a bad field, its JSON path,
/// e.g. `order 0c732eb6fd9802a0821a9d29888baee8: order.lines[1].assets[0].data.url: missing`.
public enum OrderDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The body was empty or only whitespace.
    case emptyBody(orderID: String)
    /// The body is not JSON. `detail` says where parsing stopped, when that is known.
    case invalidJSON(orderID: String, detail: String)
    /// The body is JSON, but a field the page needs is missing, null, or the wrong type.
    case invalidField(orderID: String, failure: DecodingFailure)

    /// The order id the response was fetched for.
    public var orderID: String {
        switch self {
        case .emptyBody(let orderID), .invalidJSON(let orderID, _), .invalidField(let orderID, _):
            orderID
        }
    }

    public var description: String {
        switch self {
        case .emptyBody(let orderID):
            "order \(orderID): empty response body (expected a JSON object with an \"order\" key)"
        case .invalidJSON(let orderID, let detail):
            "order \(orderID): not valid JSON (\(detail))"
        case .invalidField(let orderID, let failure):
            "order \(orderID): \(failure)"
        }
    }
}
