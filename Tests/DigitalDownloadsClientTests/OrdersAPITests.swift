import DigitalDownloads
import Foundation
import TestSupport
import Testing

@testable import DigitalDownloadsClient

/// The v1 orders client against a real server on 127.0.0.1 that pages 23 orders the way the
/// document shows; only time is virtual.
@Suite struct OrdersAPITests {
    static let token = "good-token"

    func orders(
        _ server: OrdersTestServer, _ transport: any HTTPTransport, token: String = OrdersAPITests.token,
        time: FakeTimeSource = FakeTimeSource(), retries: Int = 3
    ) throws -> OrdersAPI {
        try orders(server.baseURL, transport, token: token, time: time, retries: retries)
    }

    func orders(
        _ baseURL: URL, _ transport: any HTTPTransport, token: String = OrdersAPITests.token,
        time: FakeTimeSource = FakeTimeSource(), retries: Int = 3
    ) throws -> OrdersAPI {
        OrdersAPI(
            client: DigitalDownloadsAPIClient(
                configuration: APIConfiguration(baseURL: baseURL, timeout: .seconds(5), retries: retries),
                transport: transport, timeSource: time, random: { 0.5 }),
            token: try APIToken(token))
    }

    func error<T>(_ operation: @autoclosure () async throws(OrdersAPIError) -> T) async -> OrdersAPIError? {
        do throws(OrdersAPIError) {
            _ = try await operation()
            return nil
        } catch {
            return error
        }
    }

    @Test func allOrdersReturnsEveryOrderOnceFollowingNextWithTheFiltersKept() async throws {
        let expected = TestOrder.sample(count: 23)
        try await withOrdersTestServer(OrdersServerOptions(orders: expected)) { server in
            try await withTransport { transport in
                var seen: [V1Order] = []
                var pageNumbers: [Int] = []
                for try await page in try orders(server, transport).allOrders(limit: 5, withAssets: true) {
                    seen += page.orders
                    pageNumbers.append(try #require(page.meta?.currentPage))
                }
                #expect(seen.map(\.id) == expected.map(\.id), "every order exactly once, in order")
                #expect(Set(seen.map(\.orderNumber)).count == 23)
                #expect(pageNumbers == [1, 2, 3, 4, 5])
                #expect(seen.map { $0.assets?.count } == expected.map { $0.assets.count })
                #expect(seen[3].emailSentAt == nil && seen[0].emailSentAt?.unixSeconds == 1_673_214_647)

                let entries = await server.log.entries
                #expect(entries.count == 5)
                #expect(entries.allSatisfy { $0.authorization == "Bearer good-token" })
                #expect(entries.allSatisfy { $0.accept == "application/json" })
                // The server's links carry only page=N (as Laravel's do); the filters are kept anyway.
                #expect(entries.map(\.rawQuery) == ["limit=5&with_assets=1"] + (2...5).map { "page=\($0)&limit=5&with_assets=1" })
            }
        }
    }

    @Test func pagesAreFetchedOnlyAsTheLoopAsksForThem() async throws {
        try await withOrdersTestServer { server in
            try await withTransport { transport in
                var iterator = try orders(server, transport).allOrders(limit: 5).makeAsyncIterator()
                #expect(await server.log.entries.isEmpty, "nothing is fetched before the loop starts")
                let first = try await iterator.next()
                #expect(first?.orders.count == 5)
                try await Task.sleep(for: .milliseconds(100))
                #expect(await server.log.entries.count == 1, "no page is fetched ahead")
                _ = try await iterator.next()
                #expect(await server.log.entries.count == 2)
            }
        }
    }

    @Test func listOrdersSendsEveryFilterInTheQueryString() async throws {
        try await withOrdersTestServer { server in
            try await withTransport { transport in
                let api = try orders(server, transport)
                let page = try await api.listOrders(page: 1, limit: 5, orderNumber: 1010, withAssets: true)
                // One match: the server answers with `data` as one object, as in the document's example.
                #expect(page.orders.map(\.orderNumber) == [1010])
                #expect(page.orders[0].assets?.count == 0)
                let second = try await api.listOrders(page: 2, limit: 10)
                #expect(second.orders.map(\.orderNumber) == Array(1011...1020))
                #expect(second.meta?.from == 11 && second.meta?.to == 20 && second.meta?.total == 23)
                #expect(second.links?.prev?.hasSuffix("page=1") == true)
                let entries = await server.log.entries
                #expect(entries.map(\.rawQuery) == ["page=1&limit=5&order_number=1010&with_assets=1", "page=2&limit=10"])
            }
        }
    }

    @Test func limitsAndPagesOutOfRangeAreRefusedBeforeAnyRequest() async throws {
        try await withOrdersTestServer { server in
            try await withTransport { transport in
                let api = try orders(server, transport)
                #expect(await error(try await api.listOrders(limit: 0)) == .invalidLimit(0))
                #expect(await error(try await api.listOrders(limit: 1001)) == .invalidLimit(1001))
                #expect(await error(try await api.listOrders(page: 0)) == .invalidPage(0))
                #expect(await error(try api.allOrders(limit: -5)) == .invalidLimit(-5))
                #expect(OrdersAPIError.invalidLimit(1001).description == "invalid limit 1001: the API returns 1 to 1000 orders a page")
                #expect(await server.log.entries.isEmpty)
                _ = try await api.listOrders(limit: 1000)
                _ = try await api.listOrders(limit: 1)
                #expect(await server.log.entries.count == 2)
            }
        }
    }

    @Test func aWrongTokenIsRefusedAndNeverShown() async throws {
        let secret = "wrong-s3cr3t-value"
        try await withOrdersTestServer { server in
            try await withTransport { transport in
                let api = try orders(server, transport, token: secret)
                let failure = await error(try await api.listOrders())
                #expect(failure == .api(.tokenRefused(status: 401)))
                let text = try #require(failure?.description)
                #expect(text.contains("HTTP 401") && text.contains("invalid or has been revoked"))
                #expect(await server.log.entries.first?.authorization == "Bearer \(secret)", "the token was sent")
                #expect(await server.log.entries.count == 1, "a 401 is not retried")
                for shown in [text, String(reflecting: failure as Any), String(describing: api), String(reflecting: api)] {
                    #expect(!shown.contains(secret))
                }
                var dumped = ""
                dump(api, to: &dumped)
                #expect(!dumped.contains(secret))
                #expect(await error(try await api.showOrder(id: "x")) == .api(.tokenRefused(status: 401)))
            }
        }
    }

    @Test func aServerThatEchoesTheTokenHasItRedacted() async throws {
        let secret = "echoed-s3cr3t-value"
        let options = OrdersServerOptions(override: { request in
            .json("<pre>\(request.authorization ?? "")</pre>", status: 418)
        })
        try await withOrdersTestServer(options) { server in
            try await withTransport { transport in
                let api = try orders(server, transport, token: secret)
                let failure = await error(try await api.listOrders())
                let text = try #require(failure?.description)
                #expect(!text.contains(secret))
                #expect(text.contains("Bearer [redacted]"))
            }
        }
    }

    @Test func documentedErrorsGetTheirOwnMessages() async throws {
        let options = OrdersServerOptions(override: { request in
            switch request.query["page"] {
            case "402": .json(#"{"message":"Storage limit reached."}"#, status: 402)
            case "422":
                .json(
                    #"{"message":"The given data was invalid.","errors":{"limit":["The limit must be an integer.","The limit may not "#
                        + #"be greater than 1000."],"page":["The page field is invalid."]}}"#,
                    status: 422)
            case "429": request.attempt == 1 ? .json("{}", status: 429, headers: [("Retry-After", "7")]) : nil
            case "500": .json(#"{"message":"Server Error"}"#, status: 500)
            default: nil
            }
        })
        try await withOrdersTestServer(options) { server in
            try await withTransport { transport in
                let time = FakeTimeSource()
                let api = try orders(server, transport, time: time, retries: 2)

                let plan = await error(try await api.listOrders(page: 402))
                #expect(
                    plan
                        == .api(
                            .planRefused(
                                "the Digital Downloads plan or its storage limit has been reached; the merchant needs to upgrade the "
                                    + "plan or free storage"
                            )))
                #expect(plan?.description.contains("plan or its storage limit") == true)

                let invalid = try #require(await error(try await api.listOrders(page: 422)))
                #expect(
                    invalid.description == """
                        the API rejected the request (HTTP 422): The given data was invalid.
                          limit: The limit must be an integer.
                          limit: The limit may not be greater than 1000.
                          page: The page field is invalid.
                        """)

                let retried = try await api.listOrders(page: 429, limit: 5)
                #expect(retried.meta?.currentPage == 429)
                #expect(time.sleeps == [.seconds(7)], "Retry-After honoured")

                let broken = try #require(await error(try await api.listOrders(page: 500)))
                #expect(broken == .api(.gaveUp(attempts: 3, last: .status(500))))
                #expect(broken.description.contains("kept answering HTTP 500 (internal server error)"))

                let missing = await error(try await api.showOrder(id: "no-such-order"))
                #expect(missing == .api(.notFound("not found (HTTP 404): no order with id no-such-order")))
                #expect(missing?.description == "not found (HTTP 404): no order with id no-such-order")
                #expect(await server.log.entries.filter { $0.query["page"] == "422" }.count == 1, "422 is not retried")
            }
        }
    }

    @Test func showOrderAsksForAssetsAndReadsTheListOfOne() async throws {
        let sample = TestOrder.sample(count: 23)
        try await withOrdersTestServer(OrdersServerOptions(orders: sample)) { server in
            try await withTransport { transport in
                let api = try orders(server, transport)
                let order = try await api.showOrder(id: try OrderID(sample[2].id), withAssets: true)
                #expect(order.orderNumber == 1003)
                #expect(order.assets?.map(\.filename) == ["Book 1003 part 1", "Book 1003 part 2"])
                #expect(order.assets?.map(\.kind) == ["link", "file"])
                let plain = try await api.showOrder(id: try OrderID(sample[2].id))
                #expect(plain.assets == nil)
                let entries = await server.log.entries
                #expect(entries.map(\.path) == ["/api/v1/orders/\(sample[2].id)", "/api/v1/orders/\(sample[2].id)"])
                #expect(entries.map(\.rawQuery) == ["with_assets=1", ""])
            }
        }
    }

    @Test func aMalformedPageStopsTheListingNamingThePageAndThePath() async throws {
        let options = OrdersServerOptions(override: { request in
            request.query["page"] == "3"
                ? .json(#"{"data": [{"id": "a", "order_number": 1}, {"id": "b", "order_number": null}], "links": {"next": null}}"#)
                : nil
        })
        try await withOrdersTestServer(options) { server in
            try await withTransport { transport in
                let api = try orders(server, transport)
                var pages = 0
                var failure: OrdersAPIError?
                do throws(OrdersAPIError) {
                    for try await _ in try api.allOrders(limit: 5) { pages += 1 }
                } catch {
                    failure = error
                }
                #expect(pages == 2)
                #expect(
                    failure?.description
                        == "orders page 3: unexpected answer: data[1].order_number: null, expected an order number (an integer or a "
                        + "string of digits)"
                )
            }
        }
    }

    @Test func aNextLinkToAnotherHostOrPortIsNotFollowed() async throws {
        try await withOrdersTestServer { elsewhere in
            let options = OrdersServerOptions(linkBase: elsewhere.baseURL.absoluteString)
            try await withOrdersTestServer(options) { server in
                try await withTransport { transport in
                    let api = try orders(server, transport)
                    var pages = 0
                    var failure: OrdersAPIError?
                    do throws(OrdersAPIError) {
                        for try await _ in try api.allOrders(limit: 5) { pages += 1 }
                    } catch {
                        failure = error
                    }
                    #expect(pages == 1)
                    guard case .nextPageRefused(let reason)? = failure else {
                        Issue.record("expected nextPageRefused, got \(String(describing: failure))")
                        return
                    }
                    #expect(reason.contains("points to another host than the API"))
                    #expect(await elsewhere.log.entries.isEmpty, "nothing, and no token, was sent elsewhere")
                    #expect(await server.log.entries.count == 1)
                }
            }
        }
    }

    @Test func linksAreCheckedForHostPathAndLoops() throws {
        let base = URL(string: "https://app.digital-downloads.com")!
        #expect(OrdersAPI.isSameHost(URL(string: "https://APP.digital-downloads.com/x")!, base))
        #expect(OrdersAPI.isSameHost(URL(string: "http://app.digital-downloads.com/x")!, base), "a TLS proxy's http:// links")
        #expect(OrdersAPI.isSameHost(URL(string: "https://app.digital-downloads.com:443/x")!, base))
        #expect(!OrdersAPI.isSameHost(URL(string: "https://app.digital-downloads.com:8443/x")!, base))
        #expect(!OrdersAPI.isSameHost(URL(string: "https://evil.example/api/v1/orders")!, base))

        let api = try orders(base, ScriptedTransport { _ in .failure(.cancelled) })
        let search = try OrderSearch(limit: 5)
        func after(_ next: String, current: [(String, String)] = [("limit", "5")]) -> Result<[String], OrdersAPIError> {
            do throws(OrdersAPIError) {
                let items = try api.queryAfter(next, current: current, search: search)
                return .success((items ?? []).map { "\($0.0)=\($0.1)" })
            } catch {
                return .failure(error)
            }
        }
        #expect(try after("https://app.digital-downloads.com/api/v1/orders?page=2").get() == ["page=2", "limit=5"])
        #expect(try after("/api/v1/orders?page=3&limit=7").get() == ["page=3", "limit=7"], "relative, the server's own limit kept")
        guard case .failure(.nextPageRefused(let path)) = after("https://app.digital-downloads.com/admin?page=2"),
            case .failure(.nextPageRefused(let loop)) = after(
                "https://app.digital-downloads.com/api/v1/orders?page=2", current: [("page", "2"), ("limit", "5")])
        else {
            Issue.record("expected refusals")
            return
        }
        #expect(path.contains("points outside /api/v1/orders"))
        #expect(loop.contains("points back to the same page"))
    }

    @Test func aPageNumberThatDoesNotGrowStopsTheListing() async throws {
        let options = OrdersServerOptions(override: { request in
            // Page 2 claims to be page 1 again, with a link onwards: a listing that would never end.
            request.query["page"] == "2"
                ? .json(
                    #"{"data": [], "links": {"next": "/api/v1/orders?page=3"}, "meta": {"current_page": 1, "last_page": 9, "#
                        + #""per_page": 5, "total": 40}}"#
                )
                : nil
        })
        try await withOrdersTestServer(options) { server in
            try await withTransport { transport in
                let api = try orders(server, transport)
                var failure: OrdersAPIError?
                do throws(OrdersAPIError) {
                    for try await _ in try api.allOrders(limit: 5) {}
                } catch {
                    failure = error
                }
                #expect(failure?.description.contains("sent page 1 after page 1") == true)
                #expect(await server.log.entries.count == 2)
            }
        }
    }
}
