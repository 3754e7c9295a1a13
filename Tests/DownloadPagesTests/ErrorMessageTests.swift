import DigitalDownloadsClient
import Testing

@testable import DownloadPages

/// The libraries describe problems in their own terms; the command line adds which option to
/// change, so the printed messages stay as a user needs them.
@Suite struct ErrorMessageTests {
    @Test func aRefusedTokenNamesWhereTheTokenComesFrom() {
        let error = APIError.tokenRefused(status: 401)
        #expect(!error.description.contains("--"))
        #expect(
            ErrorMessage.text(for: error)
                == "\(error); check the key given with --token-file or DIGITAL_DOWNLOADS_API_TOKEN")
        #expect(ErrorMessage.text(for: OrdersAPIError.api(error)) == ErrorMessage.text(for: error))
        #expect(ErrorMessage.text(for: APIError.tokenRefused(status: 403)) == APIError.tokenRefused(status: 403).description)
    }

    @Test func aRateLimitThatKeptRefusingNamesMaxRate() {
        let error = APIError.gaveUp(attempts: 4, last: .status(429))
        #expect(!error.description.contains("--"))
        #expect(ErrorMessage.text(for: error).hasSuffix("wait a minute and try again, or use --max-rate to stay under the limit"))
        let other = APIError.gaveUp(attempts: 4, last: .status(503))
        #expect(ErrorMessage.text(for: other) == other.description)
    }

    @Test func aMissingTokenAndAWrongAddressNameTheirOptions() {
        #expect(ErrorMessage.text(for: APITokenError.missing).contains("--token-file FILE"))
        let missing = OrdersAPIError.ordersEndpointMissing(baseURL: "http://127.0.0.1:9/")
        #expect(
            ErrorMessage.text(for: missing) == "not found (HTTP 404): the API has no /api/v1/orders at http://127.0.0.1:9/; check --api-url"
        )
    }
}
