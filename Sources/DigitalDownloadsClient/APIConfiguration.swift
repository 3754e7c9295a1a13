import Foundation

/// How the tool talks to the Digital Downloads API; the command line fills it in.
public struct APIConfiguration: Sendable {
    /// The app's address, by default the public one. Paths are appended to it.
    public var baseURL: URL
    /// For one whole attempt, body included.
    public var timeout: Duration
    /// Retries after the first attempt.
    public var retries: Int
    /// Requests per minute at most; nil for no fixed limit (the server's rate-limit headers still apply).
    public var maxRequestsPerMinute: Int?
    public var userAgent: String

    /// The rate the app documents for its own API: 60 requests a minute.
    public static let documentedRequestsPerMinute = 60

    /// The request rate to keep to when none is given: the documented one against the app's own
    /// host, none elsewhere (a test server, a proxy with its own rules; its rate-limit headers
    /// still apply).
    public static func defaultRequestsPerMinute(for baseURL: URL) -> Int? {
        baseURL.host?.lowercased() == defaultBaseURL.host?.lowercased() ? documentedRequestsPerMinute : nil
    }

    public static let defaultBaseURL: URL = {
        guard let url = URL(string: "https://app.digital-downloads.com") else {
            preconditionFailure("the built-in API address is a valid URL")
        }
        return url
    }()

    public init(
        baseURL: URL = APIConfiguration.defaultBaseURL,
        timeout: Duration = .seconds(30),
        retries: Int = 3,
        maxRequestsPerMinute: Int? = nil,
        userAgent: String = "download-pages"
    ) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.retries = retries
        self.maxRequestsPerMinute = maxRequestsPerMinute
        self.userAgent = userAgent
    }
}
