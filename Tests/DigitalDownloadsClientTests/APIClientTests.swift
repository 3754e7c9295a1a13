import Foundation
import TestSupport
import Testing

@testable import DigitalDownloadsClient

/// The client against a real Hummingbird server over real sockets; only time is virtual.
@Suite struct APIClientTests {
    func client(
        _ server: TestServer, _ transport: any HTTPTransport, time: FakeTimeSource,
        retries: Int = 3, timeout: Duration = .seconds(5), maxRate: Int? = nil, random: Double = 0.5
    ) -> DigitalDownloadsAPIClient {
        client(
            server.baseURL, transport, time: time, retries: retries, timeout: timeout, maxRate: maxRate, random: random)
    }

    func client(
        _ baseURL: URL, _ transport: any HTTPTransport, time: FakeTimeSource,
        retries: Int = 3, timeout: Duration = .seconds(5), maxRate: Int? = nil, random: Double = 0.5
    ) -> DigitalDownloadsAPIClient {
        DigitalDownloadsAPIClient(
            configuration: APIConfiguration(
                baseURL: baseURL, timeout: timeout, retries: retries, maxRequestsPerMinute: maxRate,
                userAgent: "download-pages-tests"),
            transport: transport, timeSource: time, random: { random })
    }

    @Test func okReturnsTheBodyAndSendsAcceptJSONAndTheID() async throws {
        let body = ##"{"data":{"order_number":"#1001"}}"##
        try await withTestServer(scripts: ["abc123": [.json(body)]]) { server in
            try await withTransport { transport in
                let time = FakeTimeSource()
                let data = try await client(server, transport, time: time).customerAccountOrder(id: "abc123")
                #expect(String(decoding: data, as: UTF8.self) == body)
                let entries = await server.log.entries
                #expect(entries.count == 1)
                #expect(entries.first?.id == "abc123")
                #expect(entries.first?.rawQuery == "id=abc123")
                #expect(entries.first?.accept == "application/json")
                #expect(entries.first?.userAgent == "download-pages-tests")
                #expect(time.sleeps.isEmpty)
            }
        }
    }

    @Test func theIDIsPercentEncodedInTheQuery() async throws {
        try await withTestServer { server in
            try await withTransport { transport in
                let id = "a b&c+d/é=?"
                let data = try await client(server, transport, time: FakeTimeSource()).customerAccountOrder(id: id)
                #expect(data == defaultBody(id))
                let entries = await server.log.entries
                #expect(entries.first?.rawQuery == "id=a%20b%26c%2Bd%2F%C3%A9%3D%3F")
            }
        }
    }

    @Test func tooManyRequestsHonoursRetryAfterInVirtualTime() async throws {
        let scripts = ["o1": [Scripted.json("slow down", status: 429, headers: [("Retry-After", "90")]), .json("{}")]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let time = FakeTimeSource()
                let started = ContinuousClock.now
                let data = try await client(server, transport, time: time).customerAccountOrder(id: "o1")
                #expect(data == Data("{}".utf8))
                #expect(await server.log.count("o1") == 2)
                #expect(time.sleeps == [.seconds(90)])
                #expect(ContinuousClock.now - started < .seconds(30), "the 90 s wait must be virtual")
            }
        }
    }

    @Test func serverErrorIsRetriedWithJitteredBackoff() async throws {
        let scripts = ["o2": [Scripted.json("oops", status: 500), .json("{}")]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let time = FakeTimeSource()
                _ = try await client(server, transport, time: time, random: 0.6).customerAccountOrder(id: "o2")
                #expect(await server.log.count("o2") == 2)
                #expect(time.sleeps.count == 1)
                let delay = try #require(time.sleeps.first)
                #expect(delay >= .zero && delay <= .milliseconds(500), "full jitter of the 0.5 s base")
                #expect(delay == .milliseconds(300), "0.6 of the 0.5 s ceiling")
            }
        }
    }

    @Test func notFoundAndPlanErrorsAreNotRetried() async throws {
        let scripts = [
            "missing": [Scripted.json(#"{"message":"Not found"}"#, status: 404)],
            "basic-plan": [Scripted.json(#"{"message":"Upgrade"}"#, status: 402)],
        ]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let time = FakeTimeSource()
                let api = client(server, transport, time: time)
                let notFound = await apiError(try await api.customerAccountOrder(id: "missing"))
                #expect(notFound?.description.hasPrefix("order not found: no order with id missing; check the id") == true)
                #expect(await server.log.count("missing") == 1)

                let plan = await apiError(try await api.customerAccountOrder(id: "basic-plan"))
                #expect(
                    plan?.description
                        == "the API refused the request because of the store's plan (HTTP 402 payment required): the plan does not "
                        + "include customer-account download links; the merchant needs a Digital Downloads plan that has them"
                )
                #expect(await server.log.count("basic-plan") == 1)
                #expect(time.sleeps.isEmpty)
            }
        }
    }

    @Test func otherClientErrorsAreUnexpectedAndNotRetried() async throws {
        let scripts = ["teapot": [Scripted.json("<html>\n  <h1>I am a teapot</h1>\n</html>", status: 418)]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let error = await apiError(
                    try await client(server, transport, time: FakeTimeSource()).customerAccountOrder(id: "teapot"))
                #expect(error == .unexpectedStatus(418, snippet: "<html> <h1>I am a teapot</h1> </html>"))
                #expect(await server.log.count("teapot") == 1)
            }
        }
    }

    @Test func alwaysUnavailableGivesUpAfterRetriesPlusOne() async throws {
        let scripts = ["down": [Scripted.json("maintenance", status: 503)]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let time = FakeTimeSource()
                let error = await apiError(
                    try await client(server, transport, time: time, retries: 3, random: 0.999).customerAccountOrder(
                        id: "down"))
                #expect(error == .gaveUp(attempts: 4, last: .status(503)))
                #expect(error?.description.contains("HTTP 503") == true)
                #expect(await server.log.count("down") == 4)
                // Ceilings 0.5, 1, 2 s for retries 1, 2, 3.
                let ceilings: [Duration] = [.milliseconds(500), .seconds(1), .seconds(2)]
                #expect(time.sleeps.count == 3)
                for (delay, ceiling) in zip(time.sleeps, ceilings) {
                    #expect(delay <= ceiling && delay > ceiling * 0.99)
                }
            }
        }
    }

    @Test func aSlowAnswerTimesOutAndIsRetried() async throws {
        // Margins are wide on purpose: the machine may be loaded; what matters is that the
        // 5 s answer is not waited for.
        let scripts = ["slow": [Scripted(body: Data("{}".utf8), delay: .seconds(5))]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let started = ContinuousClock.now
                let error = await apiError(
                    try await client(server, transport, time: FakeTimeSource(), retries: 1, timeout: .milliseconds(300))
                        .customerAccountOrder(id: "slow"))
                let took = ContinuousClock.now - started
                #expect(error == .gaveUp(attempts: 2, last: .transport(.timeout(.milliseconds(300)))))
                // Both attempts were made (the error says so); on a loaded machine the second may time out
                // while still connecting, before the server logs it, so the server's count is 1 or 2.
                #expect((1...2).contains(await server.log.count("slow")))
                #expect(took < .seconds(4), "two 0.3 s timeouts, not a 5 s wait (took \(took))")
            }
        }
    }

    @Test func theTimeoutCoversASlowBodyNotJustTheHead() async throws {
        let body = Data(repeating: UInt8(ascii: "x"), count: 3000)
        let scripts = ["trickle": [Scripted(body: body, chunked: true, bodyDelay: .seconds(5))]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { transport in
                let url = URL(string: "\(server.baseURL.absoluteString)/api/v2/customer-account-orders?id=trickle")!
                let started = ContinuousClock.now
                do throws(TransportError) {
                    _ = try await transport.send(HTTPRequestSpec(url: url, timeout: .milliseconds(300)))
                    Issue.record("expected a timeout")
                } catch {
                    #expect(error == .timeout(.milliseconds(300)))
                }
                #expect(ContinuousClock.now - started < .seconds(4), "the 5 s body is not waited for")
            }
        }
    }

    /// Ctrl-C in a build cancels its tasks: a request waiting for its head or for the rest of its
    /// body ends at once as `.cancelled` (not retried, not a timeout), long before its own timeout.
    @Test(arguments: [false, true])
    func cancellingTheTaskEndsARequestInFlight(headArrived: Bool) async throws {
        let slow =
            headArrived
            ? Scripted(body: Data(repeating: UInt8(ascii: "x"), count: 3000), chunked: true, bodyDelay: .seconds(5))
            : Scripted(body: Data("{}".utf8), delay: .seconds(5))
        try await withTestServer(scripts: ["slow": [slow]]) { server in
            try await withTransport { transport in
                let url = URL(string: "\(server.baseURL.absoluteString)/api/v2/customer-account-orders?id=slow")!
                let started = ContinuousClock.now
                let request = Task { () async -> TransportError? in
                    do throws(TransportError) {
                        _ = try await transport.send(HTTPRequestSpec(url: url, timeout: .seconds(30)))
                        return nil
                    } catch {
                        return error
                    }
                }
                // Cancel once the server has the request, so it is in flight and not merely queued.
                while await server.log.count("slow") == 0 { try await Task.sleep(for: .milliseconds(10)) }
                if headArrived { try await Task.sleep(for: .milliseconds(100)) }
                request.cancel()
                let error = await request.value
                #expect(error == .cancelled)
                #expect(ContinuousClock.now - started < .seconds(4), "the 5 s answer is not waited for")
            }
        }
    }

    @Test func aDroppedConnectionIsRetriedThenGivenUp() async throws {
        try await withDroppingServer { baseURL, accepted in
            try await withTransport { transport in
                let time = FakeTimeSource()
                let error = await apiError(
                    try await client(baseURL, transport, time: time, retries: 2, timeout: .seconds(5))
                        .customerAccountOrder(id: "any"))
                guard case .gaveUp(let attempts, .transport(let last)) = error else {
                    Issue.record("expected gaveUp after transport errors, got \(String(describing: error))")
                    return
                }
                #expect(attempts == 3)
                switch last {
                case .connectionDropped, .connectionFailed: break
                default: Issue.record("expected a connection error, got \(last)")
                }
                #expect(time.sleeps.count == 2)
                #expect(accepted.all.count >= 3)
            }
        }
    }

    @Test func aRefusedConnectionIsAConnectionError() async throws {
        // Bind and release a port so nothing listens on it.
        let port = try await withDroppingServer { url, _ in url.port ?? 0 }
        try await withTransport { transport in
            let request = HTTPRequestSpec(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: .seconds(5))
            do throws(TransportError) {
                _ = try await transport.send(request)
                Issue.record("expected a connection error")
            } catch {
                guard case .connectionFailed(let reason) = error else {
                    Issue.record("expected connectionFailed, got \(error)")
                    return
                }
                #expect(reason == "connection refused (errno 111)", "a clean text, brackets balanced: \(error.description)")
            }
        }
    }

    @Test(arguments: [false, true])
    func aBodyOverTheCapIsRefusedAndNotRetried(chunked: Bool) async throws {
        let scripts = ["big": [Scripted(body: Data(repeating: UInt8(ascii: "x"), count: 4096), chunked: chunked)]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport(.init(maxBodyBytes: 1024)) { transport in
                let time = FakeTimeSource()
                let error = await apiError(
                    try await client(server, transport, time: time).customerAccountOrder(id: "big"))
                #expect(error == .transport(.bodyTooLarge(limit: 1024)))
                #expect(await server.log.count("big") == 1)
                #expect(time.sleeps.isEmpty)
                // A body under the cap still passes.
                let small = try await client(server, transport, time: time).customerAccountOrder(id: "small")
                #expect(small == defaultBody("small"))
            }
        }
    }

    @Test func maxRateSpacesRequestStartsInVirtualTime() async throws {
        try await withTestServer { server in
            try await withTransport { real in
                let time = FakeTimeSource()
                let transport = StartRecordingTransport(inner: real, time: time)
                let api = client(server, transport, time: time, maxRate: 60)
                for id in ["r1", "r2", "r3", "r4"] { _ = try await api.customerAccountOrder(id: id) }
                let starts = transport.starts.all
                #expect(starts.count == 4)
                for (earlier, later) in zip(starts, starts.dropFirst()) {
                    #expect(later.timeIntervalSince(earlier) >= 1)
                }
                #expect(time.sleeps.count == 3)
            }
        }
    }

    @Test func lowRemainingBudgetMakesTheLimiterWait() async throws {
        let headers = [("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "1")]
        let scripts = ["budget": [Scripted.json("{}", headers: headers)]]
        try await withTestServer(scripts: scripts) { server in
            try await withTransport { real in
                let time = FakeTimeSource()
                let transport = StartRecordingTransport(inner: real, time: time)
                let api = client(server, transport, time: time)
                _ = try await api.customerAccountOrder(id: "budget")
                #expect(time.sleeps.isEmpty)
                _ = try await api.customerAccountOrder(id: "next")
                let starts = transport.starts.all
                #expect(starts.count == 2)
                // One request left in a 60 s window: it is saved for the window's end.
                #expect(starts[1].timeIntervalSince(starts[0]) >= 30)
                #expect(time.sleeps.count == 1)
            }
        }
    }

    @Test func fiftyConcurrentFetchesAllSucceed() async throws {
        try await withTestServer { server in
            try await withTransport { transport in
                let api = client(server, transport, time: FakeTimeSource())
                let ids = (1...50).map { "order-\($0)" }
                let results = try await withThrowingTaskGroup(of: (String, Data).self) { group in
                    var pending = ids[...]
                    var results: [String: Data] = [:]
                    for _ in 0..<8 {
                        guard let id = pending.popFirst() else { break }
                        group.addTask { (id, try await api.customerAccountOrder(id: id)) }
                    }
                    while let (id, data) = try await group.next() {
                        results[id] = data
                        if let next = pending.popFirst() {
                            group.addTask { (next, try await api.customerAccountOrder(id: next)) }
                        }
                    }
                    return results
                }
                #expect(results.count == 50)
                for id in ids {
                    #expect(results[id] == defaultBody(id))
                    #expect(await server.log.count(id) == 1)
                }
            }
        }
    }

    @Test func redirectsAreFollowedOnlyWithinTheScheme() async throws {
        try await withTestServer { server in
            try await withTransport { transport in
                let api = client(server, transport, time: FakeTimeSource())
                let followed = try await api.get(path: "/redirect/relative")
                #expect(followed.status == 200)
                #expect(followed.body == defaultBody("redirected"))
                #expect(followed.url.path == "/api/v2/customer-account-orders")

                let downgradeOrUpgrade = await apiError(try await api.get(path: "/redirect/to-https"))
                guard case .transport(.redirectRefused) = downgradeOrUpgrade else {
                    Issue.record("expected redirectRefused, got \(String(describing: downgradeOrUpgrade))")
                    return
                }
                let anonymous = try await api.get(path: "/redirect/other-host")
                #expect(anonymous.body == defaultBody("elsewhere"), "a request without a token may follow it")
                let authenticated = await apiError(
                    try await api.get(path: "/redirect/other-host", headers: [("Authorization", "Bearer good-token")]))
                #expect(authenticated == .transport(.redirectRefused(reason: "to another host (localhost) for an authenticated request")))
                #expect(await server.log.count("elsewhere") == 1, "the other host never answered the authenticated request")

                let loop = await apiError(try await api.get(path: "/redirect/loop"))
                #expect(loop == .transport(.redirectRefused(reason: "more than 3 redirects")))
            }
        }
    }

    @Test func bearerTokensNeverAppearInErrorsOrDescriptions() async throws {
        try await withTestServer { server in
            try await withTransport { transport in
                let api = client(server, transport, time: FakeTimeSource())
                let secret = "s3cr3t-token-value"
                let refused = await apiError(
                    try await api.get(
                        path: "/api/v1/orders", headers: [("Authorization", "Bearer \(secret)")],
                        errorMapper: APIErrorMapping.ordersV1(notFound: "no orders")))
                #expect(refused == .tokenRefused(status: 401))
                #expect(refused?.description.contains(secret) == false)

                let invalid = await apiError(
                    try await api.get(
                        path: "/api/v1/orders", query: [("limit", "5000")],
                        headers: [("Authorization", "Bearer good-token")], errorMapper: APIErrorMapping.ordersV1(notFound: "no orders")))
                #expect(
                    invalid
                        == .requestRejected(
                            ValidationErrors(
                                message: "The given data was invalid.",
                                fields: [.init(name: "limit", messages: ["The limit may not be greater than 1000."])])))

                let ok = try await api.get(
                    path: "/api/v1/orders", query: [("limit", "10")], headers: [("Authorization", "Bearer good-token")],
                    errorMapper: APIErrorMapping.ordersV1(notFound: "no orders"))
                #expect(ok.status == 200)

                let request = HTTPRequestSpec(
                    url: server.baseURL, headers: HeaderFields([("Authorization", "Bearer \(secret)")]))
                #expect(!String(describing: request).contains(secret))
                #expect(!String(reflecting: request).contains(secret))
                var dumped = ""
                dump(request, to: &dumped)
                #expect(!dumped.contains(secret))
            }
        }
    }
}
