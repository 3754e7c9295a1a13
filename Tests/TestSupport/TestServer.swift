import DigitalDownloadsClient
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// One scripted answer of the test server.
public struct Scripted: Sendable {
    public var status: Int = 200
    public var headers: [(String, String)] = []
    public var body: Data = Data()
    /// Wait this long before answering.
    public var delay: Duration?
    /// Send the body in chunks without a Content-Length.
    public var chunked = false
    /// With `chunked`: wait this long after the first chunk, so the head arrives but the body lags.
    public var bodyDelay: Duration?

    public init(
        status: Int = 200, headers: [(String, String)] = [], body: Data = Data(), delay: Duration? = nil, chunked: Bool = false,
        bodyDelay: Duration? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.chunked = chunked
        self.bodyDelay = bodyDelay
    }

    public static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> Scripted {
        Scripted(status: status, headers: headers, body: Data(text.utf8))
    }
}

/// What the server saw of each request.
public actor RequestLog {
    public struct Entry: Sendable {
        public var id: String
        public var rawQuery: String
        public var accept: String?
        public var userAgent: String?
    }

    public private(set) var entries: [Entry] = []

    /// Records a request and returns how many requests for this id there have been, this one included.
    public func record(_ entry: Entry) -> Int {
        entries.append(entry)
        return entries.count { $0.id == entry.id }
    }

    public func count(_ id: String) -> Int { entries.count { $0.id == id } }
}

public struct TestServer: Sendable {
    public let port: Int
    public let log: RequestLog
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
}

/// The default answer for ids without a script.
public func defaultBody(_ id: String) -> Data { Data("{\"order\":\"\(id)\"}".utf8) }

/// Runs a real Hummingbird 2 server on 127.0.0.1 (port chosen by the system) for `body`.
///
/// `GET /api/v2/customer-account-orders?id=ID` plays `scripts[ID]` in order, repeating its last
/// answer; ids without a script get 200 with `defaultBody(ID)`. Also serves redirects and a
/// stand-in for the Bearer-token v1 API.
public func withTestServer<T>(
    scripts: [String: [Scripted]] = [:],
    _ body: (TestServer) async throws -> T
) async throws -> T {
    let log = RequestLog()
    let router = Router()
    router.get("/api/v2/customer-account-orders") { request, _ -> Response in
        let id = request.uri.queryParameters["id"].map(String.init) ?? ""
        let number = await log.record(
            .init(
                id: id, rawQuery: request.uri.query ?? "",
                accept: request.headers[.accept], userAgent: request.headers[.userAgent]))
        let script = scripts[id] ?? [Scripted(body: defaultBody(id))]
        let answer = script[min(number - 1, script.count - 1)]
        if let delay = answer.delay { try? await Task.sleep(for: delay) }
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        let buffer = ByteBuffer(bytes: answer.body)
        let responseBody =
            answer.chunked
            ? ResponseBody { writer in
                // No content length given: Hummingbird sends it chunked.
                for offset in stride(from: 0, to: buffer.readableBytes, by: 1024) {
                    try await writer.write(
                        buffer.getSlice(at: offset, length: min(1024, buffer.readableBytes - offset))!)
                    if offset == 0, let bodyDelay = answer.bodyDelay { try await Task.sleep(for: bodyDelay) }
                }
                try await writer.finish(nil)
            }
            : ResponseBody(byteBuffer: buffer)
        return Response(status: .init(code: answer.status), headers: fields, body: responseBody)
    }
    router.get("/redirect/relative") { _, _ in
        Response(status: .found, headers: [.location: "/api/v2/customer-account-orders?id=redirected"])
    }
    router.get("/redirect/to-https") { request, _ in
        Response(
            status: .movedPermanently, headers: [.location: "https://127.0.0.1/api/v2/customer-account-orders?id=x"])
    }
    router.get("/redirect/other-host") { request, _ in
        // The same server under another name: another origin as far as the client can tell.
        let port = request.head.authority?.split(separator: ":").last.map(String.init) ?? "80"
        return Response(
            status: .found, headers: [.location: "http://localhost:\(port)/api/v2/customer-account-orders?id=elsewhere"])
    }
    router.get("/redirect/loop") { _, _ in
        Response(status: .temporaryRedirect, headers: [.location: "/redirect/loop"])
    }
    router.get("/api/v1/orders") { request, _ -> Response in
        let limit = request.uri.queryParameters["limit"].flatMap { Int($0) } ?? 100
        let body: String
        let status: HTTPResponse.Status
        if request.headers[.authorization] != "Bearer good-token" {
            (status, body) = (.unauthorized, #"{"message":"Unauthenticated."}"#)
        } else if limit > 1000 {
            (status, body) = (
                .unprocessableContent,
                #"{"message":"The given data was invalid.","errors":{"limit":["The limit may not be greater than 1000."]}}"#
            )
        } else {
            (status, body) = (.ok, #"{"data":[]}"#)
        }
        return Response(status: status, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    return try await withRunningApplication(router, label: "test-server") { port in
        try await body(TestServer(port: port, log: log))
    }
}

public enum TestServerError: Error { case didNotStart }

/// A real `AsyncHTTPClientTransport` for `body`, shut down afterwards whatever happens.
public func withTransport<T>(
    _ configuration: AsyncHTTPClientTransport.Configuration = .init(),
    _ body: (AsyncHTTPClientTransport) async throws -> T
) async throws -> T {
    let transport = AsyncHTTPClientTransport(configuration: configuration)
    do {
        let result = try await body(transport)
        await transport.shutdown()
        return result
    } catch {
        await transport.shutdown()
        throw error
    }
}

/// The APIError an operation threw, or nil if it succeeded.
public func apiError<T>(_ operation: @autoclosure () async throws(APIError) -> T) async -> APIError? {
    do throws(APIError) {
        _ = try await operation()
        return nil
    } catch {
        return error
    }
}
