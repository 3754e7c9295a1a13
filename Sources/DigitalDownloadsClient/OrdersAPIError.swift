import DigitalDownloads

/// Why a v1 orders call failed, worded for the person running the tool. No case carries the
/// token, and `OrdersAPI` replaces an error whose text would contain it (a server that echoes
/// the request back) by `.redacted`.
public enum OrdersAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `limit` outside 1…1000; refused before any request.
    case invalidLimit(Int)
    /// `page` below 1; refused before any request.
    case invalidPage(Int)
    /// The listing answered 404: the API address does not serve the v1 orders API.
    case ordersEndpointMissing(baseURL: String)
    /// The HTTP side failed or the API answered with an error.
    case api(APIError)
    /// The answer is not the documented shape; names the JSON path.
    case invalidResponse(V1DecodingError)
    /// Following every page stopped rather than follow a next-page link (another host, another path, a loop).
    case nextPageRefused(String)
    /// An error whose text contained the token, with the token replaced by `[redacted]`.
    case redacted(String)

    public var description: String {
        switch self {
        case .invalidLimit(let limit):
            "invalid limit \(limit): the API returns \(OrdersAPI.limitRange.lowerBound) to \(OrdersAPI.limitRange.upperBound) orders a page"
        case .invalidPage(let page):
            "invalid page \(page): pages are numbered from 1"
        case .ordersEndpointMissing(let baseURL):
            "not found (HTTP 404): the API has no \(OrdersAPI.path) at \(baseURL)"
        case .api(let error):
            error.description
        case .invalidResponse(let error):
            error.description
        case .nextPageRefused(let reason):
            "stopped listing: \(reason)"
        case .redacted(let text):
            text
        }
    }
}
