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
