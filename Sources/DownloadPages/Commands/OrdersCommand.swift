import ArgumentParser
import DigitalDownloadsClient
import Foundation

/// `download-pages orders`: search and inspect orders through the v1 orders API (Bearer token).
struct OrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "Search and inspect orders through the Digital Downloads v1 orders API.",
        discussion: """
            Needs an API token: --token-file FILE, or the \(APIToken.environmentVariable) environment \
            variable. The token is sent only to the API address and never printed.
            """,
        subcommands: [OrdersListCommand.self, OrdersShowCommand.self]
    )

    /// Runs `body` with an orders client for `api` and `token`, then shuts the connections down.
    /// An API error is printed as one `error:` line (its field messages indented below it) and
    /// the command exits non-zero.
    static func withOrdersAPI(
        _ api: APIOptions, token: TokenOptions, _ body: (OrdersAPI) async throws(OrdersAPIError) -> Void
    ) async throws {
        let accessToken = try token.token()
        let configuration: APIConfiguration
        do {
            configuration = try api.configuration()
        } catch {
            StandardError.write("error: \(ErrorMessage.text(for: error))\n")
            throw ExitCode.failure
        }
        let transport = AsyncHTTPClientTransport()
        let orders = OrdersAPI(
            client: DigitalDownloadsAPIClient(configuration: configuration, transport: transport), token: accessToken)
        var failure: OrdersAPIError?
        do {
            try await body(orders)
        } catch {
            failure = error
        }
        await transport.shutdown()
        if let failure {
            StandardError.write("error: \(ErrorMessage.text(for: failure))\n")
            throw ExitCode.failure
        }
    }
}
