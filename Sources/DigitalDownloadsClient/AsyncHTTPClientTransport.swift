import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The real transport: one shared `HTTPClient`, so every request reuses its connection pool
/// (keep-alive, HTTP/2 where the server offers it) instead of paying for a new TLS handshake.
///
/// Redirects are followed here rather than by AsyncHTTPClient, so the rules are ours: a few hops,
/// same scheme only, and `Authorization` dropped when the host changes. The timeout covers the
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
            maxBodyBytes: Int = 8 * 1024 * 1024,
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
    private let client: HTTPClient
    private let redirects: RedirectRule

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        redirects = RedirectRule(maxRedirects: configuration.maxRedirects)
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .nanoseconds(configuration.idleConnectionTimeout.nanoseconds),
            concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.maxConnectionsPerHost
        )
        // Our RetryPolicy decides about retries; the pool's own retrying would turn a refused
        // connection into a wait until the connect timeout.
        pool.retryConnectionEstablishment = false
        var settings = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(configuration.connectTimeout.nanoseconds)),
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
        var headers = request.headers
        var hops = 0
        while true {
            let response = try await fetch(url: url, headers: headers, deadline: deadline, timeout: request.timeout)
            guard
                let next = try redirects.target(
                    from: url, status: response.status, location: response.headers["Location"], hops: hops)
            else { return response }
            if !RedirectRule.isSameOrigin(url, next) { headers.remove(name: "Authorization") }
            url = next
            hops += 1
        }
    }

    /// One exchange without redirects, raced against the deadline.
    private func fetch(url: URL, headers: HeaderFields, deadline: ContinuousClock.Instant, timeout: Duration)
        async throws(TransportError) -> HTTPResponseSpec
    {
        guard let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http", url.host?.isEmpty == false
        else {
            throw .invalidURL(url.absoluteString)
        }
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { throw .timeout(timeout) }

        var outgoing = HTTPClientRequest(url: url.absoluteString)
        outgoing.method = .GET
        for (name, value) in headers { outgoing.headers.add(name: name, value: value) }
        let request = outgoing
        let limit = configuration.maxBodyBytes
        let client = client

        do {
            return try await withThrowingTaskGroup(of: HTTPResponseSpec?.self) { group in
                group.addTask {
                    let response = try await client.execute(
                        request, deadline: .now() + .nanoseconds(remaining.nanoseconds))
                    if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                        throw TransportError.bodyTooLarge(limit: limit)
                    }
                    let body = try await response.body.collect(upTo: limit)
                    return HTTPResponseSpec(
                        status: Int(response.status.code),
                        headers: HeaderFields(response.headers.map { ($0.name, $0.value) }),
                        body: Data(body.readableBytesView),
                        url: url
                    )
                }
                group.addTask {
                    try await Task.sleep(until: deadline, clock: .continuous)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    throw TransportError.timeout(timeout)
                }
                return response
            }
        } catch {
            throw Self.transportError(error, timeout: timeout, bodyLimit: limit)
        }
    }

    /// Maps AsyncHTTPClient and NIO errors to ours. AsyncHTTPClient's errors are reduced to
    /// their `shortDescription`, which never carries header values.
    static func transportError(_ error: any Error, timeout: Duration, bodyLimit: Int) -> TransportError {
        switch error {
        case let error as TransportError:
            return error
        case is CancellationError:
            return Task.isCancelled ? .cancelled : .timeout(timeout)
        case is NIOTooManyBytesError:
            return .bodyTooLarge(limit: bodyLimit)
        case let error as HTTPClientError:
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
                .getConnectionFromPoolTimeout:
                return .timeout(timeout)
            case .remoteConnectionClosed:
                return .connectionDropped(reason: "the server closed the connection")
            case .invalidURL, .emptyHost, .emptyScheme:
                return .invalidURL(error.shortDescription)
            case .cancelled:
                return Task.isCancelled ? .cancelled : .timeout(timeout)
            default:
                if error.shortDescription == HTTPClientError.unsupportedScheme("").shortDescription {
                    return .invalidURL(error.shortDescription)
                }
                return .connectionFailed(reason: error.shortDescription)
            }
        case let error as ChannelError:
            switch error {
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed:
                return .connectionDropped(reason: "the connection closed")
            default:
                return .connectionFailed(reason: String(describing: error))
            }
        case let error as IOError:
            return isReset(error)
                ? .connectionDropped(reason: error.description) : .connectionFailed(reason: error.description)
        default:
            return .connectionFailed(reason: String(describing: error))
        }
    }

    private static func isReset(_ error: IOError) -> Bool {
        error.errnoCode == ECONNRESET || error.errnoCode == EPIPE
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let parts = components
        return parts.seconds &* 1_000_000_000 &+ parts.attoseconds / 1_000_000_000
    }
}
