import DigitalDownloads
import Foundation

/// The v1 orders API (Bearer token): search orders page by page, follow every page, show one.
///
/// Calls go through `DigitalDownloadsAPIClient`, so they share its rate limiting, retries
/// (429 and 5xx, honouring `Retry-After`), timeouts and `Accept: application/json`. The token
/// is sent only to the configured API address: next-page links are followed by asking the
/// same endpoint for the link's query, and only when the link names the API's own host.
public struct OrdersAPI: Sendable {
    public static let path = "/api/v1/orders"
    /// What the document allows for `limit` ("max of 1000").
    public static let limitRange = 1...1000

    public let client: DigitalDownloadsAPIClient
    let token: APIToken

    public init(client: DigitalDownloadsAPIClient, token: APIToken) {
        self.client = client
        self.token = token
    }

    /// One page of `GET /api/v1/orders`. Arguments are checked before any request.
    public func listOrders(page: Int? = nil, limit: Int? = nil, orderNumber: Int? = nil, withAssets: Bool = false)
        async throws(OrdersAPIError) -> V1OrderResultPage
    {
        if let page, page < 1 { throw .invalidPage(page) }
        let search = try OrderSearch(limit: limit, orderNumber: orderNumber, withAssets: withAssets)
        return try await fetchPage(query: search.queryItems(page: page))
    }

    /// Every page, from the first, following `links.next` until it is null. Pages are fetched
    /// one at a time as the sequence is iterated (none ahead), so memory stays flat however
    /// many there are. Arguments are checked here, before any request.
    public func allOrders(limit: Int? = nil, orderNumber: Int? = nil, withAssets: Bool = false)
        throws(OrdersAPIError) -> V1OrderResultPages
    {
        let search = try OrderSearch(limit: limit, orderNumber: orderNumber, withAssets: withAssets)
        return V1OrderResultPages(api: self, search: search)
    }

    /// `GET /api/v1/orders/ID` (with `?with_assets=1` when asked): the order and, if asked,
    /// its assets. `OrderID` has checked the id already, so it cannot bend the path.
    public func showOrder(id orderID: OrderID, withAssets: Bool = false) async throws(OrdersAPIError) -> V1Order {
        let id = orderID.rawValue
        let notFound = "no order with id \(id)"
        let page = try await fetch(
            path: Self.path + "/" + PercentEncoding.encode(id), query: withAssets ? [("with_assets", "1")] : [],
            context: "order \(id)", notFound: notFound)
        // The document's example answers with a list of one; accept an object too.
        if let order = page.orders.first(where: { $0.id == id }) ?? (page.orders.count == 1 ? page.orders.first : nil) {
            return order
        }
        if page.orders.isEmpty { throw scrubbed(.api(.notFound("not found (HTTP 404): \(notFound)"))) }
        throw scrubbed(
            .invalidResponse(
                .invalidField(
                    context: "order \(id)",
                    failure: DecodingFailure(
                        path: "data", problem: .invalidValue("\(page.orders.count) orders, none with id \(id)")))))
    }

    /// One page of the search for `query`.
    func fetchPage(query: [(String, String)]) async throws(OrdersAPIError) -> V1OrderResultPage {
        let number = query.last(where: { $0.0 == "page" }).map(\.1) ?? "1"
        let address = client.configuration.baseURL.absoluteString
        do throws(OrdersAPIError) {
            return try await fetch(
                path: Self.path, query: query, context: "orders page \(number)",
                notFound: "the API has no \(Self.path) at \(address)")
        } catch .api(.notFound) {
            // The listing itself always exists: a 404 here means the address is not the API.
            throw .ordersEndpointMissing(baseURL: address)
        } catch {
            throw error
        }
    }

    private func fetch(path: String, query: [(String, String)], context: String, notFound: String)
        async throws(OrdersAPIError) -> V1OrderResultPage
    {
        let response: HTTPResponseSpec
        do {
            response = try await client.get(
                path: path, query: query, headers: [token.authorizationHeader],
                errorMapper: APIErrorMapping.ordersV1(notFound: notFound))
        } catch {
            throw scrubbed(.api(error))
        }
        do {
            return try V1OrderResultPage.decode(from: response.body, context: context)
        } catch {
            throw scrubbed(.invalidResponse(error))
        }
    }

    /// The query for the page a `links.next` value points to, or nil when it is null (the last page).
    ///
    /// The link must name the API's own host (and port) and the orders path; it is then used
    /// only for its query, sent to the configured address, so neither the token nor the
    /// request can be steered elsewhere. Laravel's links carry only `page`, so the filters
    /// are added back when the link lacks them.
    func queryAfter(_ next: String?, current: [(String, String)], search: OrderSearch) throws(OrdersAPIError)
        -> [(String, String)]?
    {
        guard let link = next else { return nil }
        let shown = BodySnippet.make(Data(link.utf8))
        let base = client.configuration.baseURL
        let endpoint = base.appendingPathComponent(String(Self.path.dropFirst()))
        guard let url = URL(string: link, relativeTo: endpoint)?.absoluteURL, let host = url.host, !host.isEmpty else {
            throw scrubbed(.nextPageRefused("the next-page link \(shown) is not a usable address"))
        }
        guard Self.isSameHost(url, base) else {
            throw scrubbed(
                .nextPageRefused(
                    "the next-page link \(shown) points to another host than the API (\(base.host ?? "?")); it is not followed, so "
                        + "the token is not sent there"
                ))
        }
        guard Self.trimmedPath(url.path) == Self.trimmedPath(endpoint.path) else {
            throw scrubbed(.nextPageRefused("the next-page link \(shown) points outside \(Self.path)"))
        }
        var items = (URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []).map {
            ($0.name, $0.value ?? "")
        }
        for filter in search.filterItems where !items.contains(where: { $0.0 == filter.0 }) {
            items.append(filter)
        }
        guard !items.elementsEqual(current, by: { $0 == $1 }) else {
            throw scrubbed(.nextPageRefused("the next-page link \(shown) points back to the same page"))
        }
        return items
    }

    /// Same host, and the same port unless both use their scheme's default (a Laravel app behind
    /// a TLS proxy may write `http://` links for an `https://` API).
    static func isSameHost(_ link: URL, _ base: URL) -> Bool {
        guard let a = link.host?.lowercased(), let b = base.host?.lowercased(), a == b else { return false }
        if link.port == nil && base.port == nil { return true }
        return (link.port ?? defaultPort(link.scheme)) == (base.port ?? defaultPort(base.scheme))
    }

    private static func defaultPort(_ scheme: String?) -> Int? {
        switch scheme?.lowercased() {
        case "http": 80
        case "https": 443
        default: nil
        }
    }

    private static func trimmedPath(_ path: String) -> String {
        var path = path
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The error, or its text with the token blanked out if a server echoed the token into it.
    func scrubbed(_ error: OrdersAPIError) -> OrdersAPIError {
        let text = error.description
        return token.occurs(in: text) ? .redacted(token.redact(text)) : error
    }
}
