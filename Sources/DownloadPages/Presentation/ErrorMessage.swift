import DigitalDownloadsClient
import PreviewServer

/// The text the tool prints for an error: the library's own words, plus which option or
/// variable to change where one applies. The libraries know nothing of the command line, so
/// the flag names are added here.
enum ErrorMessage {
    /// The message for `error`, made safe for a terminal (see `TerminalText`).
    static func text(for error: any Error) -> String {
        TerminalText.message(unsanitized(error))
    }

    private static func unsanitized(_ error: any Error) -> String {
        switch error {
        case let error as OrdersAPIError:
            text(for: error)
        case let error as APIError:
            text(for: error)
        case let error as PreviewError:
            text(for: error)
        case APITokenError.missing:
            "no API token: put the token in a file and pass --token-file FILE, or set \(APIToken.environmentVariable)"
                + " (a token is never taken as a command-line argument)"
        default:
            "\(error)"
        }
    }

    static func text(for error: OrdersAPIError) -> String {
        switch error {
        case .api(let error): text(for: error)
        case .ordersEndpointMissing: "\(error); check --api-url"
        default: "\(error)"
        }
    }

    static func text(for error: PreviewError) -> String {
        switch error {
        case .portInUse: "\(error): stop it, or choose another port with --port"
        default: "\(error)"
        }
    }

    static func text(for error: APIError) -> String {
        switch error {
        case .tokenRefused(401): "\(error); check the key given with --token-file or \(APIToken.environmentVariable)"
        case .gaveUp(_, .status(429)): "\(error), or use --max-rate to stay under the limit"
        default: "\(error)"
        }
    }
}
