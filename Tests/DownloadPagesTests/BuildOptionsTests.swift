import SiteGenerator
import Testing

@testable import DownloadPages

/// What `build`'s flags ask of the site builder.
@Suite struct BuildOptionsTests {
    @Test("--fsync asks for the flush before the manifest; without it there is none")
    func fsyncFlag() throws {
        #expect(try BuildCommand.parse(["--sample-orders", "--fsync"]).siteConfiguration().flushesToDisk)
        #expect(try !BuildCommand.parse(["--sample-orders"]).siteConfiguration().flushesToDisk)
    }

    @Test("--force makes every page again; --prune and --fail-fast reach the builder")
    func otherBuildFlags() throws {
        let configuration = try BuildCommand.parse(["--sample-orders", "--force", "--prune", "--fail-fast"]).siteConfiguration()
        #expect(!configuration.reusesUnchangedPages)
        #expect(configuration.prune)
        #expect(configuration.failFast)
        let defaults = try BuildCommand.parse(["--sample-orders"]).siteConfiguration()
        #expect(defaults.reusesUnchangedPages && !defaults.prune && !defaults.failFast)
    }
}
