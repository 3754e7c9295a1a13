import DigitalDownloads
import Foundation

/// The Digital Downloads API as the tool uses it: every call spaced by the rate limiter,
/// retried by the retry policy, and its failures turned into `APIError`s a user can act on.
///
/// Copies share one rate limiter, so concurrent fetches from copies still respect one budget.
/// Request headers (a later Bearer token among them) are never logged or put in an error.
public struct DigitalDownloadsAPIClient: Sendable {
    public let configuration: APIConfiguration
    private let transport: any HTTPTransport
    private let timeSource: any TimeSource
    private let retryPolicy: RetryPolicy
    private let rateLimiter: RateLimiter

    /// - Parameter random: values in 0..<1 for the backoff jitter; tests pass a fixed one.
    public init(
        configuration: APIConfiguration = APIConfiguration(),
        transport: any HTTPTransport,
        timeSource: any TimeSource = SystemTimeSource(),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.configuration = configuration
        self.transport = transport
        self.timeSource = timeSource
        retryPolicy = RetryPolicy(maxRetries: configuration.retries, random: random)
        rateLimiter = RateLimiter(maxRequestsPerMinute: configuration.maxRequestsPerMinute, timeSource: timeSource)
    }

    /// The raw JSON of `GET /api/v2/customer-account-orders?id=ID` (no authentication). With
    /// `startBy`, no attempt starts (nor waits to start) after that moment: `.deadlineReached`.
    public func customerAccountOrder(id: String, startBy deadline: Date? = nil) async throws(APIError) -> Data {
        let response = try await get(
            path: "/api/v2/customer-account-orders",
            query: [("id", id)],
            errorMapper: APIErrorMapping.customerAccountOrder(id: id),
            startBy: deadline
        )
        return response.body
    }

    /// GETs `path` under the base URL and returns the first 2xx response.
    ///
    /// Always sends `Accept: application/json` and the configured `User-Agent`. Statuses claimed
    /// by `errorMapper` are thrown at once; 429/500/502/503/504 and transient transport failures
    /// are retried; anything else is `.unexpectedStatus`.
    public func get(
        path: String,
        query: [(String, String)] = [],
        headers: [(String, String)] = [],
        errorMapper: APIErrorMapper? = nil,
        startBy deadline: Date? = nil
    ) async throws(APIError) -> HTTPResponseSpec {
        let request = try makeRequest(path: path, query: query, headers: headers)
        var attempt = 0
        while true {
            attempt += 1
            let mayStart: Bool
            do {
                mayStart = try await rateLimiter.waitForTurn(notAfter: deadline)
            } catch {
                throw .cancelled
            }
            guard mayStart else { throw .deadlineReached }

            let failure: APIError.Failure
            var retryAfter: String?
            switch await send(request) {
            case .success(let response):
                await rateLimiter.observe(response.headers)
                if response.isSuccess { return response }
                if let mapped = errorMapper?(response) { throw mapped }
                guard RetryPolicy.isRetryable(status: response.status) else {
                    throw .unexpectedStatus(response.status, snippet: BodySnippet.make(response.body))
                }
                failure = .status(response.status)
                retryAfter = response.headers["Retry-After"]
            case .failure(.cancelled):
                throw .cancelled
            case .failure(let error):
                guard RetryPolicy.isRetryable(error) else { throw .transport(error) }
                failure = .transport(error)
            }

            guard attempt <= retryPolicy.maxRetries else {
                throw .gaveUp(attempts: attempt, last: failure)
            }
            let now = timeSource.now()
            let delay = retryPolicy.delay(retry: attempt - 1, retryAfter: retryAfter, now: now)
            if retryAfter != nil, failure == .status(429) {
                // The budget is shared, so every request waits, this one included: the rate
                // limiter does the waiting at the top of the loop.
                await rateLimiter.holdOff(until: now.addingTimeInterval(delay / .seconds(1)))
                continue
            }
            // A retry that could start only after the deadline is not waited for.
            if let deadline, now.addingTimeInterval(delay / .seconds(1)) > deadline {
                throw .gaveUp(attempts: attempt, last: failure)
            }
            do {
                try await timeSource.sleep(for: delay)
            } catch {
                throw .cancelled
            }
        }
    }

    private func send(_ request: HTTPRequestSpec) async -> Result<HTTPResponseSpec, TransportError> {
        do throws(TransportError) {
            return .success(try await transport.send(request))
        } catch {
            return .failure(error)
        }
    }

    /// Builds the URL from the base URL, `path` and percent-encoded `query`, and the headers:
    /// the caller's, then ours (`Accept`, `User-Agent`) replacing any of the same name.
    private func makeRequest(path: String, query: [(String, String)], headers: [(String, String)])
        throws(APIError) -> HTTPRequestSpec
    {
        let base = configuration.baseURL
        guard base.isHTTPAddress else { throw .invalidBaseURL(base.absoluteString) }

        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += path.hasPrefix("/") ? path : "/" + path
        if !query.isEmpty { text += "?" + PercentEncoding.query(query) }
        guard let url = URL(string: text) else { throw .invalidBaseURL(base.absoluteString) }

        var fields = HeaderFields(headers)
        fields.set(name: "Accept", value: "application/json")
        fields.set(name: "User-Agent", value: configuration.userAgent)
        return HTTPRequestSpec(url: url, headers: fields, timeout: configuration.timeout)
    }
}
