import ArgumentParser
import DigitalDownloadsClient
import Foundation

/// Where the v1 API's Bearer token comes from. There is deliberately no `--token VALUE`: a
/// value on the command line lands in shell history and in every process listing.
struct TokenOptions: ParsableArguments {
    @Option(
        name: .customLong("token-file"),
        help: ArgumentHelp(
            "A file holding the API token (a trailing newline is ignored); default: $\(APIToken.environmentVariable).",
            valueName: "file"))
    var tokenFile: String?

    /// The token, or an `error:` line on standard error and a failing exit: before any request.
    func token(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> APIToken {
        do {
            return try APIToken.resolve(tokenFile: tokenFile, environment: environment)
        } catch {
            StandardError.write("error: \(ErrorMessage.text(for: error))\n")
            throw ExitCode.failure
        }
    }
}
