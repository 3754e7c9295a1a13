import ArgumentParser
import DigitalDownloadsClient
import Foundation

/// How to reach the Digital Downloads API; shared by every command that calls it.
struct APIOptions: ParsableArguments {
    static let environmentVariable = "DIGITAL_DOWNLOADS_API_URL"

    @Option(
        name: .customLong("api-url"),
        help: ArgumentHelp(
            "The API's address (default: $\(environmentVariable), else https://app.digital-downloads.com).",
            valueName: "url"))
    var apiAddress: APIAddress?

    @Option(help: "Seconds before a request is given up (then retried).")
    var timeout: Double = 30

    @Option(help: "Retries for 429 and 5xx answers and dropped connections, with exponential backoff.")
    var retries = 3

    @Option(
        name: .customLong("max-rate"),
        help: "Requests per minute at most (default: the documented 60 against the app's own API, no fixed limit elsewhere).")
    var maxRate: Int?

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        if retries < 0 { throw ValidationError("--retries cannot be negative") }
        if let maxRate, maxRate < 1 { throw ValidationError("--max-rate must be at least 1 request a minute") }
    }

    /// The client's configuration; the environment's address is checked here, since
    /// ArgumentParser sees only the command line.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> APIConfiguration {
        var configuration = APIConfiguration(
            timeout: .milliseconds(Int(timeout * 1000)), retries: retries, maxRequestsPerMinute: maxRate,
            userAgent: ToolVersion.userAgent)
        if let apiAddress {
            configuration.baseURL = apiAddress.url
        } else if let text = environment[Self.environmentVariable] {
            guard let address = APIAddress(argument: text) else {
                throw ValidationError(
                    "invalid API address '\(text)' in $\(Self.environmentVariable): give an http or https URL such as "
                        + "https://app.digital-downloads.com"
                )
            }
            configuration.baseURL = address.url
        }
        configuration.maxRequestsPerMinute = maxRate ?? APIConfiguration.defaultRequestsPerMinute(for: configuration.baseURL)
        return configuration
    }
}
