import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// One order of the v1 test set.
public struct TestOrder: Sendable, Equatable {
    public struct Asset: Sendable, Equatable {
        public var id: String
        public var filename: String
        public var size: String
        public var isFile: Bool
        public var url: String
    }

    public var id: String
    public var orderNumber: Int
    public var emailSentAt: Int?
    public var orderedAt: Int
    public var assets: [Asset]

    /// `count` orders numbered from 1001, UUID-like ids, an hour apart from the document's
    /// `ordered_at`; every fourth has no email sent yet (`null`), and they have 0, 1 or 2 assets.
    public static func sample(count: Int) -> [TestOrder] {
        (0..<count).map { index in
            let orderedAt = 1_673_214_646 + index * 3600
            let assets = (0..<(index % 3)).map { number in
                Asset(
                    id: "a\(index)-\(number)", filename: "Book \(index + 1001) part \(number + 1)", size: "\(number + 1)0MB",
                    isFile: number % 2 == 1, url: "https://www.my-website.com/download/\(index + 1001)-\(number + 1).pdf")
            }
            return TestOrder(
                id: "82664d96-6dfd-4343-aaaa-" + String(format: "%012d", index), orderNumber: 1001 + index,
                emailSentAt: index % 4 == 3 ? nil : orderedAt + 1, orderedAt: orderedAt, assets: assets)
        }
    }

    /// As the API sends it: the search's fields, `assets` only when asked for; the "view"
    /// answer (`timestamps: false`) has only id, number and assets, as in the document.
    func json(withAssets: Bool, timestamps: Bool = true) -> [String: Any] {
        var object: [String: Any] = ["id": id, "order_number": orderNumber]
        if timestamps {
            object["email_sent_at"] = emailSentAt.map { $0 as Any } ?? NSNull()
            object["ordered_at"] = orderedAt
        }
        if withAssets {
            object["assets"] = assets.map { asset in
                [
                    "id": asset.id, "filename": asset.filename, "size": asset.size, "is_file": asset.isFile,
                    "is_link": !asset.isFile, "url": asset.url,
                ] as [String: Any]
            }
        }
        return object
    }
}

/// What the orders server saw of one request.
public struct OrdersRequest: Sendable {
    public var path: String
    public var rawQuery: String
    public var query: [String: String]
    public var authorization: String?
    public var accept: String?
    /// How many requests for this path and query there have been, this one included.
    public var attempt: Int
}

public actor OrdersRequestLog {
    public private(set) var entries: [OrdersRequest] = []

    func record(_ make: (Int) -> OrdersRequest) -> OrdersRequest {
        let probe = make(0)
        let attempt = entries.count { $0.path == probe.path && $0.rawQuery == probe.rawQuery } + 1
        let entry = make(attempt)
        entries.append(entry)
        return entry
    }
}

/// How the orders server behaves.
public struct OrdersServerOptions: Sendable {
    public var orders: [TestOrder]
    /// The only token accepted; anything else gets 401 `{"message":"Unauthenticated."}`.
    public var token: String
    /// `per_page` without a `limit` (Laravel's default in the document is 25).
    public var defaultPerPage: Int
    /// Laravel's links carry only `page` unless the app appends the query; false copies that.
    public var linksKeepQuery: Bool
    /// A page of exactly one order is sent as `"data": {…}`, as in the document's search example.
    public var singleResultAsObject: Bool
    /// Links are written under this address instead of the server's own (to point elsewhere).
    public var linkBase: String?
    /// Answers chosen by the test for a request, before the normal handling.
    public var override: (@Sendable (OrdersRequest) -> Scripted?)?

    public init(
        orders: [TestOrder] = TestOrder.sample(count: 23), token: String = "good-token", defaultPerPage: Int = 25,
        linksKeepQuery: Bool = false, singleResultAsObject: Bool = true, linkBase: String? = nil,
        override: (@Sendable (OrdersRequest) -> Scripted?)? = nil
    ) {
        self.orders = orders
        self.token = token
        self.defaultPerPage = defaultPerPage
        self.linksKeepQuery = linksKeepQuery
        self.singleResultAsObject = singleResultAsObject
        self.linkBase = linkBase
        self.override = override
    }
}

public struct OrdersTestServer: Sendable {
    public let port: Int
    public let log: OrdersRequestLog
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
}

/// A real Hummingbird server on 127.0.0.1 playing the v1 orders API as its document shows it:
/// `GET /api/v1/orders` (`limit` 1–1000, `page`, `order_number`, `with_assets`), paginated with
/// Laravel's `links` and `meta` (its `links` list labelled "« Previous" … "Next »"), and
/// `GET /api/v1/orders/ID` answering `{"data": [order]}`. Every request must carry
/// `Authorization: Bearer TOKEN`; 422 for a bad parameter, 404 for an unknown order.
public func withOrdersTestServer<T>(
    _ options: OrdersServerOptions = OrdersServerOptions(),
    _ body: (OrdersTestServer) async throws -> T
) async throws -> T {
    let log = OrdersRequestLog()
    let router = Router()
    let handler: @Sendable (Request, String?) async -> Response = { request, id in
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { query[String(name)] = String(value) }
        let entry = await log.record { attempt in
            OrdersRequest(
                path: request.uri.path, rawQuery: request.uri.query ?? "", query: query,
                authorization: request.headers[.authorization], accept: request.headers[.accept], attempt: attempt)
        }
        if let scripted = options.override?(entry) { return response(scripted) }
        guard entry.authorization == "Bearer \(options.token)" else {
            return json(["message": "Unauthenticated."], status: 401)
        }
        let base = options.linkBase ?? "http://\(request.head.authority ?? "127.0.0.1")"
        if let id {
            guard let order = options.orders.first(where: { $0.id == id }) else {
                return json(["message": "No query results for model [App\\Models\\Order] \(id)"], status: 404)
            }
            let withAssets = ["1", "true"].contains(query["with_assets"] ?? "")
            return json(["data": [order.json(withAssets: withAssets, timestamps: false)]])
        }
        return searchPage(options, query: query, rawQuery: entry.rawQuery, base: base)
    }
    router.get("/api/v1/orders") { request, _ in await handler(request, nil) }
    router.get("/api/v1/orders/:id") { request, context in await handler(request, context.parameters.get("id")) }

    return try await withRunningApplication(router, label: "orders-test-server") { port in
        try await body(OrdersTestServer(port: port, log: log))
    }
}

/// One page of the search, shaped like the document's example.
private func searchPage(_ options: OrdersServerOptions, query: [String: String], rawQuery: String, base: String)
    -> Response
{
    var errors: [String: [String]] = [:]
    func number(_ name: String, _ range: ClosedRange<Int>, message: String) -> Int? {
        guard let text = query[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            errors[name] = [message]
            return nil
        }
        return value
    }
    let limit = number("limit", 1...1000, message: "The limit field must be between 1 and 1000.")
    let page = number("page", 1...Int.max, message: "The page field must be at least 1.")
    let orderNumber = number("order_number", 0...Int.max, message: "The order number field must be an integer.")
    guard errors.isEmpty else {
        return json(["message": "The given data was invalid.", "errors": errors], status: 422)
    }
    let withAssets = ["1", "true"].contains(query["with_assets"] ?? "")
    let matching = options.orders.filter { orderNumber == nil || $0.orderNumber == orderNumber }
    let perPage = limit ?? options.defaultPerPage
    let current = page ?? 1
    let lastPage = max(1, (matching.count + perPage - 1) / perPage)
    let start = min((current - 1) * perPage, matching.count)
    let slice = Array(matching[start..<min(start + perPage, matching.count)])

    let path = "\(base)/api/v1/orders"
    let kept = rawQuery.split(separator: "&").filter { !$0.hasPrefix("page=") }.joined(separator: "&")
    func link(_ page: Int) -> String {
        options.linksKeepQuery && !kept.isEmpty ? "\(path)?\(kept)&page=\(page)" : "\(path)?page=\(page)"
    }
    func optional(_ value: String?) -> Any { value.map { $0 as Any } ?? NSNull() }
    let prev = current > 1 ? link(current - 1) : nil
    let next = current < lastPage ? link(current + 1) : nil
    var pager: [[String: Any]] = [["url": optional(prev), "label": "« Previous", "active": false]]
    for number in 1...lastPage {
        pager.append(["url": link(number), "label": String(number), "active": number == current])
    }
    pager.append(["url": optional(next), "label": "Next »", "active": false])

    let data: Any =
        slice.count == 1 && options.singleResultAsObject
        ? slice[0].json(withAssets: withAssets) : slice.map { $0.json(withAssets: withAssets) }
    return json([
        "data": data,
        "links": ["first": link(1), "last": link(lastPage), "prev": optional(prev), "next": optional(next)],
        "meta": [
            "current_page": current, "from": slice.isEmpty ? NSNull() : start + 1 as Any, "last_page": lastPage,
            "links": pager, "path": path, "per_page": perPage, "to": slice.isEmpty ? NSNull() : start + slice.count as Any,
            "total": matching.count,
        ] as [String: Any],
    ])
}

private func json(_ object: [String: Any], status: Int = 200) -> Response {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return response(Scripted(status: status, headers: [("Content-Type", "application/json")], body: data))
}

private func response(_ answer: Scripted) -> Response {
    var fields = HTTPFields()
    for (name, value) in answer.headers {
        if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
    }
    return Response(
        status: .init(code: answer.status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
}
