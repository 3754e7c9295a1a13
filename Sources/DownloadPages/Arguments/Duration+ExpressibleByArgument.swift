import ArgumentParser
import DigitalDownloadsClient

/// `--max-age 6h`: parsed once by ArgumentParser, so a bad value gets its standard error and the
/// command gets a `Duration`.
extension Duration: @retroactive ExpressibleByArgument {
    public init?(argument: String) {
        guard let duration = try? Duration(parsing: argument) else { return nil }
        self = duration
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
