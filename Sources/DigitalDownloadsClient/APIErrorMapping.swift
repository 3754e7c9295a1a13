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
            case 404: .orderNotFound(id)
            case 402: .planExcludesDownloadLinks
            default: nil
            }
        }
    }

    /// The Bearer-token v1 API: 401/403 mean the token, 422 carries Laravel-style messages.
    public static let authenticated: APIErrorMapper = { response in
        switch response.status {
        case 401, 403: .tokenRefused(status: response.status)
        case 422: .validationFailed(validationMessages(response.body))
        default: nil
        }
    }

    /// The v1 orders API: the errors its document lists, each with its own message. `notFound`
    /// says what a 404 means for this call ("no order with id …"). 429 and 500 are left to
    /// the client, which retries them and then says which it kept meeting.
    public static func ordersV1(notFound: String) -> APIErrorMapper {
        { response in
            switch response.status {
            case 401, 403: .tokenRefused(status: response.status)
            case 402: .planLimitReached
            case 404: .notFound(notFound)
            case 422: .invalidRequest(ValidationErrors.parse(response.body))
            default: nil
            }
        }
    }

    /// Reads `{"message": "...", "errors": {"field": ["..."]}}`; anything else gives no messages.
    static func validationMessages(_ body: Data) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return [] }
        if let errors = object["errors"] as? [String: Any] {
            let messages = errors.keys.sorted().flatMap { key -> [String] in
                if let list = errors[key] as? [String] { return list }
                if let single = errors[key] as? String { return [single] }
                return []
            }
            if !messages.isEmpty { return messages }
        }
        if let message = object["message"] as? String, !message.isEmpty { return [message] }
        return []
    }
}
