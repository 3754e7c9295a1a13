import ArgumentParser
import DigitalDownloads
import DigitalDownloadsClient

/// `download-pages orders show ID`: one order, and its assets with `--with-assets`.
struct OrdersShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one order, and with --with-assets the assets attached to it."
    )

    @Argument(help: "The order's id (ASCII letters, digits, '-' and '_').", transform: { text in try OrderID(text) })
    var id: OrderID

    @OptionGroup(title: "Output")
    var output: OrderOutputOptions

    @OptionGroup(title: "API")
    var api: APIOptions

    @OptionGroup(title: "Authentication")
    var token: TokenOptions

    func run() async throws {
        try await OrdersCommand.withOrdersAPI(api, token: token) { orders throws(OrdersAPIError) in
            let order = try await orders.showOrder(id: id, withAssets: output.withAssets)
            StandardOutput.write(output.json ? OrderListing.jsonLine(order) + "\n" : OrderDetail.text(order))
        }
    }
}
