import ArgumentParser
import DigitalDownloadsClient
import Foundation

/// How to reach the Digital Downloads API; shared by every command that calls it.
struct APIOptions: ParsableArguments {
    @Option(name: .customLong("api-url"), help: "The API's address (default: $DIGITAL_DOWNLOADS_API_URL, else https://app.digital-downloads.com).")
    var apiURL: String?

    @Option(help: "Seconds before a request is given up (then retried).")
    var timeout: Double = 30

    @Option(help: "Retries for 429 and 5xx answers and dropped connections, with exponential backoff.")
    var retries = 3

    @Option(name: .customLong("max-rate"), help: "Requests per minute at most (the app documents 60).")
    var maxRate: Int?

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        if retries < 0 { throw ValidationError("--retries cannot be negative") }
        if let maxRate, maxRate < 1 { throw ValidationError("--max-rate must be at least 1 request a minute") }
    }

    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> APIConfiguration {
        let address = apiURL ?? environment["DIGITAL_DOWNLOADS_API_URL"]
        var configuration = APIConfiguration(
            timeout: .milliseconds(Int(timeout * 1000)), retries: retries, maxRequestsPerMinute: maxRate,
            userAgent: "download-pages")
        if let address {
            guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil
            else {
                throw ValidationError("invalid API address '\(address)': give an http or https URL such as https://app.digital-downloads.com")
            }
            configuration.baseURL = url
        }
        return configuration
    }
}
