import AsyncHTTPClient
import DigitalDownloads
import Foundation
import NIOCore
import NIOHTTP1

/// The real transport: one shared `HTTPClient`, so every request reuses its connection pool
/// (keep-alive, HTTP/2 where the server offers it) instead of paying for a new TLS handshake.
///
/// Redirects are followed here rather than by AsyncHTTPClient, so the rules are ours: a few hops,
/// same scheme only, and never to another host for a request that carries `Authorization`. The timeout covers the
/// whole exchange including the body, which AsyncHTTPClient's deadline alone does not.
///
/// Call `shutdown()` before the last reference goes away.
public final class AsyncHTTPClientTransport: HTTPTransport {
    public struct Configuration: Sendable {
        public var connectTimeout: Duration
        /// Bodies larger than this fail with `.bodyTooLarge` rather than filling memory.
        public var maxBodyBytes: Int
        public var maxRedirects: Int
        public var maxConnectionsPerHost: Int
        public var idleConnectionTimeout: Duration

        public init(
            connectTimeout: Duration = .seconds(10),
            maxBodyBytes: Int = CustomerAccountOrderResponse.maximumBodyBytes,
            maxRedirects: Int = 3,
            maxConnectionsPerHost: Int = 8,
            idleConnectionTimeout: Duration = .seconds(60)
        ) {
            self.connectTimeout = connectTimeout
            self.maxBodyBytes = maxBodyBytes
            self.maxRedirects = maxRedirects
            self.maxConnectionsPerHost = maxConnectionsPerHost
            self.idleConnectionTimeout = idleConnectionTimeout
        }
    }

    public let configuration: Configuration
    let client: HTTPClient
    private let redirects: RedirectRule

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        redirects = RedirectRule(maxRedirects: configuration.maxRedirects)
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: TimeAmount(configuration.idleConnectionTimeout),
            concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.maxConnectionsPerHost
        )
        // Our RetryPolicy decides about retries; the pool's own retrying would turn a refused
        // connection into a wait until the connect timeout.
        pool.retryConnectionEstablishment = false
        var settings = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(configuration.connectTimeout)),
            connectionPool: pool
        )
        settings.httpVersion = .automatic
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: settings)
    }

    /// Closes the pool's connections. Safe to call more than once.
    public func shutdown() async {
        try? await client.shutdown()
    }

    public func send(_ request: HTTPRequestSpec) async throws(TransportError) -> HTTPResponseSpec {
        let deadline = ContinuousClock.now + request.timeout
        var url = request.url
        let headers = request.headers
        var hops = 0
        while true {
            let response = try await fetch(url: url, headers: headers, deadline: deadline, timeout: request.timeout)
            guard
                let next = try redirects.target(
                    from: url, status: response.status, location: response.headers["Location"], hops: hops)
            else { return response }
            // An authenticated call is never answered by another host: its answer would be taken
            // for the API's (the token itself would not be sent, but the order shown would be theirs).
            if !RedirectRule.isSameOrigin(url, next) && headers["Authorization"] != nil {
                throw .redirectRefused(reason: "to another host (\(next.host ?? "?")) for an authenticated request")
            }
            url = next
            hops += 1
        }
    }
}
