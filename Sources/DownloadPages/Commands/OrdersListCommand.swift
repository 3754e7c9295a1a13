import ArgumentParser
import DigitalDownloads
import DigitalDownloadsClient
import Foundation

/// `download-pages orders list`: one page of the order search, or every page with `--all`.
struct OrdersListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List orders: one page, or every page with --all.",
        discussion: """
            Prints a table (id, order number, ordered at and email sent at in ISO-8601 UTC, asset \
            count) or, with --json, one JSON object an order (JSON Lines, the API's field names). \
            --all follows the API's next-page links until the last page, printing each page as it \
            arrives.
            """
    )

    @Option(name: .customLong("order-number"), help: ArgumentHelp("Only the order with this number.", valueName: "n"))
    var orderNumber: Int?

    @Option(help: ArgumentHelp("Orders a page, 1 to 1000 (the API's default otherwise).", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("The page to print (from 1).", valueName: "n"))
    var page: Int?

    @Flag(help: "Every page, from the first to the last.")
    var all = false

    @OptionGroup(title: "Output")
    var output: OrderOutputOptions

    @OptionGroup(title: "API")
    var api: APIOptions

    @OptionGroup(title: "Authentication")
    var token: TokenOptions

    func validate() throws {
        if all && page != nil { throw ValidationError("give either --page or --all, not both") }
        if let page, page < 1 { throw ValidationError(OrdersAPIError.invalidPage(page).description) }
        if let orderNumber, orderNumber < 0 { throw ValidationError("--order-number cannot be negative") }
        do {
            _ = try OrderSearch(limit: limit)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let listing = OrderListing(format: output.json ? .jsonLines : .table)
        let showProgress = all && StandardError.isTerminal
        try await OrdersCommand.withOrdersAPI(api, token: token) { orders throws(OrdersAPIError) in
            // The header waits for the first page, so that a failing first request prints only
            // its error, not a table header with nothing under it.
            var headerWritten = false
            func write(_ orders: [V1Order]) {
                if !headerWritten { StandardOutput.write(listing.header) }
                headerWritten = true
                StandardOutput.write(listing.lines(orders))
            }
            var count = 0
            if all {
                var pages = 0
                defer { if showProgress { StandardError.write("\r\u{1B}[K") } }
                for try await page in try orders.allOrders(limit: limit, orderNumber: orderNumber, withAssets: output.withAssets) {
                    pages += 1
                    count += page.orders.count
                    // The progress line is cleared before rows are printed, then drawn again below them.
                    if showProgress { StandardError.write("\r\u{1B}[K") }
                    write(page.orders)
                    if showProgress {
                        StandardError.write(ListingProgress.line(pagesRead: pages, ordersRead: count, meta: page.meta))
                    }
                }
            } else {
                let result = try await orders.listOrders(
                    page: page, limit: limit, orderNumber: orderNumber, withAssets: output.withAssets)
                count = result.orders.count
                write(result.orders)
                if let more = ListingProgress.morePages(result) { StandardError.write(more + "\n") }
            }
            if count == 0 { StandardError.write("no orders found\n") }
        }
    }
}
