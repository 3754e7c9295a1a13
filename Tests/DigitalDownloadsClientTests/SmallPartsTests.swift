import Foundation
import TestSupport
import Testing

@testable import DigitalDownloadsClient

@Suite struct SmallPartsTests {
    @Test func headerLookupIgnoresCase() {
        var headers = HeaderFields([("Content-Type", "application/json"), ("set-cookie", "a"), ("Set-Cookie", "b")])
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers.values(for: "SET-COOKIE") == ["a", "b"])
        headers.set(name: "ACCEPT", value: "application/json")
        headers.set(name: "accept", value: "text/plain")
        #expect(headers.values(for: "Accept") == ["text/plain"])
        #expect(headers["missing"] == nil)
    }

    @Test func percentEncodingKeepsOnlyUnreserved() {
        #expect(PercentEncoding.encode("AZaz09-._~") == "AZaz09-._~")
        #expect(PercentEncoding.encode("a b+c&d=e/f?g#h%") == "a%20b%2Bc%26d%3De%2Ff%3Fg%23h%25")
        #expect(PercentEncoding.encode("é") == "%C3%A9")
        #expect(PercentEncoding.query([("id", "1 2"), ("x", "")]) == "id=1%202&x=")
    }

    @Test func redirectRules() throws {
        let rule = RedirectRule(maxRedirects: 2)
        let from = URL(string: "https://app.example.com/api/v2/x?id=1")!
        #expect(try rule.target(from: from, status: 200, location: "/y", hops: 0) == nil)
        #expect(try rule.target(from: from, status: 302, location: nil, hops: 0) == nil)
        #expect(
            try rule.target(from: from, status: 302, location: "/y?z=1", hops: 0)?.absoluteString
                == "https://app.example.com/y?z=1")
        #expect(throws: TransportError.self) {
            try rule.target(from: from, status: 301, location: "http://app.example.com/y", hops: 0)
        }
        #expect(throws: TransportError.self) {
            try rule.target(from: from, status: 301, location: "ftp://app.example.com/y", hops: 0)
        }
        #expect(throws: TransportError.redirectRefused(reason: "more than 2 redirects")) {
            try rule.target(from: from, status: 308, location: "/y", hops: 2)
        }
        #expect(RedirectRule.isSameOrigin(from, URL(string: "https://APP.example.com/other")!))
        #expect(!RedirectRule.isSameOrigin(from, URL(string: "https://cdn.example.com/other")!))
    }

    @Test func bodySnippetsAreShortAndOnOneLine() {
        #expect(BodySnippet.make(Data("  <h1>\n\tError\r\n</h1>  ".utf8)) == "<h1> Error </h1>")
        let long = BodySnippet.make(Data(String(repeating: "x", count: 1000).utf8))
        #expect(long.count == 201)
        #expect(long.hasSuffix("…"))
    }

    @Test func everyErrorSaysSomethingUseful() {
        let errors: [APIError] = [
            .notFound("no order with id abc"), .planRefused("no links"), .tokenRefused(status: 401),
            .requestRejected(ValidationErrors(message: "x")),
            .unexpectedStatus(418, snippet: "teapot"), .gaveUp(attempts: 4, last: .status(503)),
            .gaveUp(attempts: 2, last: .transport(.timeout(.milliseconds(300)))), .transport(.bodyTooLarge(limit: 8)),
            .invalidBaseURL("ftp://x"), .cancelled,
        ]
        for error in errors { #expect(error.description.count > 8) }
        #expect(
            APIError.gaveUp(attempts: 2, last: .transport(.timeout(.milliseconds(300)))).description.contains("0.3 s"))
        #expect(APIError.gaveUp(attempts: 4, last: .status(503)).description.contains("HTTP 503 (service unavailable)"))
    }

    @Test func anInvalidBaseURLIsReportedNotSent() async {
        let transport = ScriptedTransport { _ in .failure(.connectionFailed(reason: "should not be called")) }
        let client = DigitalDownloadsAPIClient(
            configuration: APIConfiguration(baseURL: URL(string: "ftp://example.com")!), transport: transport,
            timeSource: FakeTimeSource())
        let error = await apiError(try await client.customerAccountOrder(id: "x"))
        #expect(error == .invalidBaseURL("ftp://example.com"))
        #expect(transport.calls.all.isEmpty)
    }

    @Test func aBasePathIsKeptAndTheCallersAcceptIsReplaced() async throws {
        let transport = ScriptedTransport { _ in
            .success(HTTPResponseSpec(status: 200, body: Data("{}".utf8), url: URL(string: "https://x")!))
        }
        let client = DigitalDownloadsAPIClient(
            configuration: APIConfiguration(baseURL: URL(string: "https://example.com/prefix/")!), transport: transport,
            timeSource: FakeTimeSource())
        _ = try await client.get(path: "api/v1/orders", query: [("page", "2")], headers: [("accept", "text/html")])
        let sent = try #require(transport.calls.all.first)
        #expect(sent.url.absoluteString == "https://example.com/prefix/api/v1/orders?page=2")
        #expect(sent.headers.values(for: "Accept") == ["application/json"])
        #expect(sent.timeout == .seconds(30))
    }

    @Test func a429RetryAfterHoldsBackLaterRequestsToo() async throws {
        // Time stands still, so each sleep shows the whole wait its caller was given.
        let time = FakeTimeSource(advancesOnSleep: false)
        let transport = ScriptedTransport { call in
            call == 1
                ? .success(
                    HTTPResponseSpec(
                        status: 429, headers: HeaderFields([("Retry-After", "7")]), url: URL(string: "https://x")!))
                : .success(HTTPResponseSpec(status: 200, url: URL(string: "https://x")!))
        }
        let client = DigitalDownloadsAPIClient(transport: transport, timeSource: time)
        _ = try await client.customerAccountOrder(id: "a")
        #expect(time.sleeps == [.seconds(7)])
        // Another order asked for within those 7 s waits for them too, rather than meeting a 429.
        _ = try await client.customerAccountOrder(id: "b")
        #expect(time.sleeps == [.seconds(7), .seconds(7)])
        #expect(transport.calls.all.count == 3)
    }
}

@Suite struct DefaultRateTests {
    @Test func theAppsOwnAPIGetsItsDocumentedRateByDefault() {
        #expect(APIConfiguration.defaultRequestsPerMinute(for: APIConfiguration.defaultBaseURL) == 60)
        #expect(APIConfiguration.defaultRequestsPerMinute(for: URL(string: "https://APP.digital-downloads.com/")!) == 60)
        #expect(APIConfiguration.defaultRequestsPerMinute(for: URL(string: "http://127.0.0.1:8080")!) == nil)
    }
}
