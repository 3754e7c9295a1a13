import DigitalDownloads

/// Every page of a v1 order search, fetched as it is iterated: `OrdersAPI.allOrders(…)`.
///
/// Pull-based on purpose: the next page is asked for only when the loop wants it, so a slow
/// consumer (a pipe into `jq`) never makes pages pile up in memory, and a loop that stops early
/// makes no further requests. Iteration ends after the page whose `links.next` is null; it
/// stops with an error when the API goes backwards (a `meta.current_page` that does not grow).
public struct V1OrderResultPages: AsyncSequence, Sendable {
    public typealias Element = V1OrderResultPage
    public typealias Failure = OrdersAPIError

    let api: OrdersAPI
    let search: OrderSearch

    public func makeAsyncIterator() -> Iterator {
        Iterator(api: api, search: search, pending: search.queryItems(page: nil))
    }

    public struct Iterator: AsyncIteratorProtocol {
        public typealias Element = V1OrderResultPage
        public typealias Failure = OrdersAPIError

        let api: OrdersAPI
        let search: OrderSearch
        /// The query of the first page, until it is fetched.
        var pending: [(String, String)]?
        /// The last page's `links.next` and the query that fetched it: the next page is worked
        /// out when it is asked for, so a refused link fails that call, after the pages before it.
        var previous: (next: String?, query: [(String, String)])?
        var lastPageNumber: Int?

        init(api: OrdersAPI, search: OrderSearch, pending: [(String, String)]) {
            self.api = api
            self.search = search
            self.pending = pending
        }

        public mutating func next() async throws(OrdersAPIError) -> V1OrderResultPage? {
            try await next(isolation: nil)
        }

        public mutating func next(isolation actor: isolated (any Actor)?) async throws(OrdersAPIError) -> V1OrderResultPage? {
            let query: [(String, String)]
            if let first = pending {
                query = first
                pending = nil
            } else if let previous {
                self.previous = nil
                guard let following = try api.queryAfter(previous.next, current: previous.query, search: search) else {
                    return nil
                }
                query = following
            } else {
                return nil
            }
            let page = try await api.fetchPage(query: query)
            if let current = page.meta?.currentPage {
                if let lastPageNumber, current <= lastPageNumber {
                    throw api.scrubbed(
                        .nextPageRefused("the API sent page \(current) after page \(lastPageNumber), so the listing would not end"))
                }
                lastPageNumber = current
            }
            previous = (page.next, query)
            return page
        }
    }
}
