import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// A stand-in for the app's v2 API that enforces its documented budget in virtual time:
/// `limit` requests a `window`, counted on the `FakeTimeSource` the client sleeps on. Every answer
/// carries `X-RateLimit-Limit` and `X-RateLimit-Remaining`; beyond the budget it answers 429 with
/// `Retry-After` (the seconds until the window ends). Ids without a body get 404.
public final class RateLimitedAPI: Sendable {
    public let limit: Int
    public let window: TimeInterval
    let time: FakeTimeSource
    let bodies: [String: Data]
    private let state = Mutex(State())

    private struct State {
        var windowStart: Date?
        var used = 0
        var served: [String: Int] = [:]
        var throttled = 0
    }

    public init(limit: Int = 60, window: TimeInterval = 60, time: FakeTimeSource, bodies: [String: Data]) {
        self.limit = limit
        self.window = window
        self.time = time
        self.bodies = bodies
    }

    /// How many times each id was answered with its order (200).
    public var served: [String: Int] { state.withLock { $0.served } }
    /// How many requests were refused with 429.
    public var throttled: Int { state.withLock { $0.throttled } }

    func answer(id: String) -> (status: Int, headers: [(String, String)], body: Data) {
        let now = time.now()
        return state.withLock { state in
            if state.windowStart.map({ now.timeIntervalSince($0) >= window }) ?? true {
                state.windowStart = now
                state.used = 0
            }
            let windowEnd = (state.windowStart ?? now).addingTimeInterval(window)
            guard state.used < limit else {
                state.throttled += 1
                let retry = max(1, Int(windowEnd.timeIntervalSince(now).rounded(.up)))
                return (
                    429, [("X-RateLimit-Limit", "\(limit)"), ("X-RateLimit-Remaining", "0"), ("Retry-After", "\(retry)")],
                    Data(#"{"message":"Too Many Attempts."}"#.utf8)
                )
            }
            state.used += 1
            let headers = [("X-RateLimit-Limit", "\(limit)"), ("X-RateLimit-Remaining", "\(limit - state.used)")]
            guard let body = bodies[id] else { return (404, headers, Data(#"{"message":"Not found"}"#.utf8)) }
            state.served[id, default: 0] += 1
            return (200, headers, body)
        }
    }
}

/// Runs `api` on 127.0.0.1 (port chosen by the system) for `body`, at `/api/v2/customer-account-orders`.
public func withRateLimitedServer<T>(_ api: RateLimitedAPI, _ body: (URL) async throws -> T) async throws -> T {
    let router = Router()
    router.get("/api/v2/customer-account-orders") { request, _ -> Response in
        let id = request.uri.queryParameters["id"].map(String.init) ?? ""
        let answer = api.answer(id: id)
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return Response(status: .init(code: answer.status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
    return try await withRunningApplication(router, label: "rate-limited-api") { port in
        guard let url = URL(string: "http://127.0.0.1:\(port)") else { throw TestServerError.didNotStart }
        return try await body(url)
    }
}

/// An address where nothing listens: a port the system handed out and that was closed again.
public func closedPortURL() throws -> URL {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
        }
    }
    guard bound, let url = URL(string: "http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))") else {
        throw TestServerError.didNotStart
    }
    return url
}
