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

    /// 404: what was asked for does not exist; the whole message, worded by the endpoint's
    /// mapper ("order not found: no order with id …").
    case notFound(String)
    /// 402: the store's Digital Downloads plan does not allow the call; the text says what the
    /// plan lacks and what the merchant can do.
    case planRefused(String)
    /// 401 or 403: the Bearer token is not accepted.
    case tokenRefused(status: Int)
    /// 422: the API rejected the request's parameters, with its message and each field's messages.
    case requestRejected(ValidationErrors)
    /// A status this call does not expect, with the start of the body.
    case unexpectedStatus(Int, snippet: String)
    /// Retryable failures until the retries ran out.
    case gaveUp(attempts: Int, last: Failure)
    /// A transport failure that retrying cannot cure (body too large, bad URL, refused redirect).
    case transport(TransportError)
    case invalidBaseURL(String)
    /// The request was not started (or not retried): its turn would come after the deadline the
    /// caller set, the end of a run's time budget.
    case deadlineReached
    case cancelled

    public var description: String {
        switch self {
        case .notFound(let message):
            message
        case .planRefused(let reason):
            "the API refused the request because of the store's plan (HTTP 402 payment required): \(reason)"
        case .tokenRefused(401):
            "the API refused the access token (HTTP 401 unauthorized): the API key is invalid or has been revoked"
        case .tokenRefused(403):
            "the API refused the access token (HTTP 403 forbidden): the API key is not allowed to read orders"
        case .tokenRefused(let status):
            "the API refused the access token (HTTP \(status)): check that the token is current and allowed to read orders"
        case .requestRejected(let errors):
            errors.message == nil && errors.fields.isEmpty
                ? "the API rejected the request (HTTP 422): check the options given"
                : "the API rejected the request (HTTP 422): \(errors)"
        case .unexpectedStatus(let code, let snippet):
            "the API answered HTTP \(code)\(HTTPStatusText.suffix(code)), which this tool does not expect"
                + (snippet.isEmpty ? "" : ": \(snippet)")
        case .gaveUp(let attempts, .status(429)):
            "gave up after \(attempts) attempt\(attempts == 1 ? "" : "s"): the API kept answering HTTP 429 (too many requests), its "
                + "rate limit (60 requests a minute); wait a minute and try again"
        case .gaveUp(let attempts, .status(500)):
            "gave up after \(attempts) attempt\(attempts == 1 ? "" : "s"): the API kept answering HTTP 500 (internal server error), a "
                + "failure on the app's side; try again later, and tell Digital Downloads support if it goes on"
        case .gaveUp(let attempts, let last):
            "gave up after \(attempts) attempt\(attempts == 1 ? "" : "s"), the last one met: \(last); the API or the network may be "
                + "down, try again later"
        case .transport(let error):
            error.description
        case .invalidBaseURL(let url):
            "invalid API address \(url): give an http or https URL such as https://app.digital-downloads.com"
        case .deadlineReached:
            "not fetched: the run's time budget ends before this request's turn"
        case .cancelled:
            "cancelled"
        }
    }
}
