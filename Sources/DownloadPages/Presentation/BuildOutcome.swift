import ArgumentParser
import Foundation
import SiteGenerator

/// Prints how a build ended and turns it into the exit status CI relies on.
enum BuildOutcome {
    static func report(
        formatter: BuildEventFormatter, json: Bool, failOnDeferred: Bool = false,
        _ build: () async throws(SiteBuildError) -> BuildSummary
    ) async throws {
        let summary: BuildSummary
        do {
            summary = try await build()
        } catch {
            StandardError.write(formatter.finish + "error: \(TerminalText.message(error.description))\n")
            throw ExitCode.failure
        }
        StandardError.write(formatter.finish)
        for failure in summary.failures {
            StandardError.write("failed: \(TerminalText.message(failure.reason))\n")
        }
        if summary.failures.contains(where: { $0.reason.contains("HTTP 429") }) {
            StandardError.write("hint: use --max-rate to stay under the API's rate limit\n")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = (try? encoder.encode(summary)) ?? Data()
            StandardOutput.write(String(decoding: data, as: UTF8.self) + "\n")
        }
        StandardError.write("\(summary)\n")
        if summary.deferred > 0 {
            StandardError.write(
                "deferred: \(summary.deferred) order\(summary.deferred == 1 ? "" : "s") left for a later run by the budget"
                    + " (no cached response yet): \(summary.deferredIDs.prefix(10).joined(separator: ", "))"
                    + (summary.deferred > 10 ? ", …" : "") + "\n")
        }
        // A budget that leaves orders for later is the plan, not a failure: the deploy goes on.
        if summary.failed > 0 || (failOnDeferred && summary.deferred > 0) { throw ExitCode.failure }
    }
}
