import Foundation

/// Turns a final, non-2xx response into the error it means for one endpoint, or nil to let
/// the client's general handling decide (retry, give up, or `.unexpectedStatus`). Statuses a
/// mapper claims are never retried.
public typealias APIErrorMapper = @Sendable (HTTPResponseSpec) -> APIError?

public enum APIErrorMapping {
    /// v2 `customer-account-orders`: 404 and 402 are answers, not failures to retry.
    public static func customerAccountOrder(id: String) -> APIErrorMapper {
        { response in
            switch response.status {
            case 404:
                .notFound(
                    "order not found: no order with id \(id); check the id (the last part of the customer's /account/orders/<id> address)")
            case 402:
                .planRefused(
                    "the plan does not include customer-account download links; the merchant needs a Digital Downloads plan that has them")
            default: nil
            }
        }
    }

    /// The v1 orders API (Bearer token): the errors its document lists, each with its own
    /// message. `notFound` says what a 404 means for this call ("no order with id …"). 429 and
    /// 500 are left to the client, which retries them and then says which it kept meeting.
    public static func ordersV1(notFound: String) -> APIErrorMapper {
        { response in
            switch response.status {
            case 401, 403: .tokenRefused(status: response.status)
            case 402:
                .planRefused(
                    "the Digital Downloads plan or its storage limit has been reached; the merchant needs to upgrade the plan or free "
                        + "storage"
                )
            case 404: .notFound("not found (HTTP 404): \(notFound)")
            case 422: .requestRejected(ValidationErrors.parse(response.body))
            default: nil
            }
        }
    }
}
