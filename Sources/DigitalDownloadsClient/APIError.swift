import Foundation

/// Why an API call failed, worded for the person running the tool.
///
/// No case carries request headers: a Bearer token must never reach a message.
public enum APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the last attempt met before the client gave up.
    public enum Failure: Sendable, Equatable, CustomStringConvertible {
        case status(Int)
        case transport(TransportError)

        public var description: String {
            switch self {
            case .status(let code): "HTTP \(code)\(HTTPStatusText.suffix(code))"
            case .transport(let error): error.summary
            }
        }
    }

    /// v2: 404 for the order id.
    case orderNotFound(String)
    /// v2: 402, the merchant's plan lacks customer-account download links.
    case planExcludesDownloadLinks
    /// v1: 401 or 403.
    case tokenRefused(status: Int)
    /// v1: 422, with the server's messages.
    case validationFailed([String])
    /// v1: 422, Laravel's message and each field's messages.
    case invalidRequest(ValidationErrors)
    /// v1: 402, the store's plan or storage limit.
    case planLimitReached
    /// v1: 404; says what was not found ("no order with id …").
    case notFound(String)
    /// A status this call does not expect, with the start of the body.
    case unexpectedStatus(Int, snippet: String)
    /// Retryable failures until the retries ran out.
    case gaveUp(attempts: Int, last: Failure)
    /// A transport failure that retrying cannot cure (body too large, bad URL, refused redirect).
    case transport(TransportError)
    case invalidBaseURL(String)
    case cancelled

    public var description: String {
        switch self {
        case .orderNotFound(let id):
            "order not found: no order with id \(id); check the id (the last part of the customer's /account/orders/<id> address)"
        case .planExcludesDownloadLinks:
            "the store's plan does not include customer-account download links (HTTP 402): the merchant needs a Digital Downloads plan that has them"
        case .tokenRefused(401):
            "the API refused the access token (HTTP 401 unauthorized): the API key is invalid or has been revoked; check the key given with --token-file or DIGITAL_DOWNLOADS_API_TOKEN"
        case .tokenRefused(403):
            "the API refused the access token (HTTP 403 forbidden): the API key is not allowed to read orders"
        case .tokenRefused(let status):
            "the API refused the access token (HTTP \(status)): check that the token is current and allowed to read orders"
        case .validationFailed(let messages):
            messages.isEmpty
                ? "the API rejected the request (HTTP 422): check the options given"
                : "the API rejected the request (HTTP 422): \(messages.joined(separator: "; "))"
        case .invalidRequest(let errors):
            errors.message == nil && errors.fields.isEmpty
                ? "the API rejected the request (HTTP 422): check the options given"
                : "the API rejected the request (HTTP 422): \(errors)"
        case .planLimitReached:
            "the API refused the request because of the store's plan (HTTP 402 payment required): the Digital Downloads plan or its storage limit has been reached; the merchant needs to upgrade the plan or free storage"
        case .notFound(let what):
            "not found (HTTP 404): \(what)"
        case .unexpectedStatus(let code, let snippet):
            "the API answered HTTP \(code)\(HTTPStatusText.suffix(code)), which this tool does not expect"
                + (snippet.isEmpty ? "" : ": \(snippet)")
        case .gaveUp(let attempts, .status(429)):
            "gave up after \(attempts) attempt\(attempts == 1 ? "" : "s"): the API kept answering HTTP 429 (too many requests), its rate limit (60 requests a minute); wait a minute and try again, or use --max-rate to stay under the limit"
        case .gaveUp(let attempts, .status(500)):
            "gave up after \(attempts) attempt\(attempts == 1 ? "" : "s"): the API kept answering HTTP 500 (internal server error), a failure on the app's side; try again later, and tell Digital Downloads support if it goes on"
        case .gaveUp(let attempts, let last):
            "gave up after \(attempts) attempt\(attempts == 1 ? "" : "s"), the last one met: \(last); the API or the network may be down, try again later"
        case .transport(let error):
            error.description
        case .invalidBaseURL(let url):
            "invalid API address \(url): give an http or https URL such as https://app.digital-downloads.com"
        case .cancelled:
            "cancelled"
        }
    }
}

/// Reason phrases for the statuses a user is likely to see.
enum HTTPStatusText {
    static func suffix(_ code: Int) -> String {
        let text: String? =
            switch code {
            case 400: "bad request"
            case 401: "unauthorized"
            case 402: "payment required"
            case 403: "forbidden"
            case 404: "not found"
            case 408: "request timeout"
            case 422: "unprocessable content"
            case 429: "too many requests"
            case 500: "internal server error"
            case 502: "bad gateway"
            case 503: "service unavailable"
            case 504: "gateway timeout"
            default: nil
            }
        return text.map { " (\($0))" } ?? ""
    }
}
