import DigitalDownloads
import Foundation

/// Where the v2 response bodies come from: the API, a cache in front of it, or a folder of
/// saved responses. Everything after the fetch is the same pipeline.
public protocol OrderSource: Sendable {
    /// The raw `GET /api/v2/customer-account-orders?id=ID` response body.
    func responseBody(for id: OrderID) async throws(OrderSourceError) -> Data
}
