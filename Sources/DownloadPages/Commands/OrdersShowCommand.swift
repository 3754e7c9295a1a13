import ArgumentParser
import DigitalDownloads
import DigitalDownloadsClient
import SiteGenerator

/// `download-pages orders show ID`: one order, and its assets with `--with-assets`.
struct OrdersShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one order, and with --with-assets the assets attached to it."
    )

    @Argument(help: "The order's id (letters, digits, '-' and '_').")
    var id: String

    @Flag(name: .customLong("with-assets"), help: "Include the assets attached to the order.")
    var withAssets = false

    @Flag(help: "The order as one JSON object with the API's field names.")
    var json = false

    @OptionGroup(title: "API")
    var api: APIOptions

    @OptionGroup(title: "Authentication")
    var token: TokenOptions

    func validate() throws {
        do {
            _ = try OrderID(id)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        try await OrdersCommand.withOrdersAPI(api, token: token) { orders throws(OrdersAPIError) in
            let order = try await orders.showOrder(id: id, withAssets: withAssets)
            StandardOutput.write(json ? OrderListing.jsonLine(order) + "\n" : OrderDetail.text(order))
        }
    }
}
