/// The filters of `GET /api/v1/orders`, checked before any request: `limit` (orders a page,
/// 1…1000), `order_number`, and `with_assets` (the assets attached to the order itself).
public struct OrderSearch: Sendable, Equatable {
    public var limit: Int?
    public var orderNumber: Int?
    public var withAssets: Bool

    public init(limit: Int? = nil, orderNumber: Int? = nil, withAssets: Bool = false) throws(OrdersAPIError) {
        if let limit, !OrdersAPI.limitRange.contains(limit) { throw .invalidLimit(limit) }
        self.limit = limit
        self.orderNumber = orderNumber
        self.withAssets = withAssets
    }

    /// The query string items, `page` first when given.
    public func queryItems(page: Int? = nil) -> [(String, String)] {
        var items: [(String, String)] = []
        if let page { items.append(("page", String(page))) }
        items += filterItems
        return items
    }

    /// The filters alone: what a next-page link must keep.
    var filterItems: [(String, String)] {
        var items: [(String, String)] = []
        if let limit { items.append(("limit", String(limit))) }
        if let orderNumber { items.append(("order_number", String(orderNumber))) }
        if withAssets { items.append(("with_assets", "1")) }
        return items
    }
}
