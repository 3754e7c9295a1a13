import DigitalDownloads

/// The short status lines of a listing, for standard error: the progress of `--all` and the
/// note under a single page that more pages exist.
enum ListingProgress {
    /// "page 3 of 5, 15 of 23 orders", or "page 3, 15 orders" when the answer has no `meta`.
    static func line(pagesRead: Int, ordersRead: Int, meta: V1PageMeta?) -> String {
        guard let meta else { return "page \(pagesRead), \(ordersRead) order\(ordersRead == 1 ? "" : "s")" }
        return "page \(meta.currentPage) of \(meta.lastPage), \(ordersRead) of \(meta.total) orders"
    }

    /// Under one page of a longer listing: "page 1 of 5 (orders 1–5 of 23): --page 2 for the
    /// next, --all for every page"; nil on the last page.
    static func morePages(_ page: V1OrderResultPage) -> String? {
        guard page.next != nil else { return nil }
        guard let meta = page.meta else { return "more orders on the next page: --page N, or --all for every page" }
        var text = "page \(meta.currentPage) of \(meta.lastPage)"
        if let from = meta.from, let to = meta.to { text += " (orders \(from)–\(to) of \(meta.total))" }
        return text + ": --page \(meta.currentPage + 1) for the next, --all for every page"
    }
}
