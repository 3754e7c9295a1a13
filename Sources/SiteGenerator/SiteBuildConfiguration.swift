import Foundation
import TemplateEngine

/// Everything a build needs besides the orders and where they come from.
public struct SiteBuildConfiguration: Sendable {
    public var output: URL
    /// The user's templates folder (Mustache templates, strings files); its files replace the base
    /// theme's of the same path. Nil: the base theme's templates alone.
    public var templates: URL?
    /// The user's public folder, copied to the output root over the base theme's public files.
    public var publicFolder: URL?
    /// The theme under the folders: the built-in one, or `.empty` for a theme made only of them.
    public var baseTheme = ThemeFileSet.builtIn
    /// Whether the build copies the public files (a preview's page-only rebuild does not).
    public var copiesPublicFiles = true
    /// Remove pages of orders that are not in this build (only pages this tool wrote).
    public var prune = false
    /// Stop at the first order that fails.
    public var failFast = false
    /// Flush the file system before the manifest is written, so the site is on the disk when the
    /// build returns. Off by default: every file is renamed into place whole either way, and on a
    /// Linux file system that never shows unwritten data after a crash (ext4's default
    /// `data=ordered`, XFS, btrfs) a power cut leaves a page missing, empty or old, which no longer
    /// matches the manifest's size and time, so the next build that includes its order makes it
    /// again. Needed on any other file system (ext2, ext4 `data=writeback`, FAT, exFAT, network
    /// file systems, macOS). The flush waits for the disk: 15,608 new pages took 1.51-2.24 s
    /// with it and 1.25-1.72 s without on a 2-core Linux machine.
    /// ``SiteBuilder/syncPublicFiles(_:)``, the preview's copy of one public file, never flushes.
    public var flushesToDisk = false
    /// Orders fetched, rendered and written at once.
    public var concurrency = 8
    /// Template names that resolve to nothing, and missing partials, fail the order.
    public var strictTemplates = false
    /// The language of the pages: which of the theme's strings files they are worded from, and
    /// their `lang`.
    public var locale = "en"
    /// The theme's words, when the caller has loaded them (its locale wins over ``locale``); nil
    /// reads `strings/<locale>.json` over `strings/en.json` from ``templates``.
    public var strings: ThemeStrings?
    public var pageTemplate = "order"
    /// Keep a page without decoding, rendering or writing anything when its order, the theme, the
    /// options and the tool are all as they were when it was made, and the file is as it was
    /// left (see the manifest). False makes every page again.
    public var reusesUnchangedPages = true
    /// The tool's name and version (`download-pages/0.3.0`): part of every page's inputs, so an
    /// upgrade makes every page again.
    public var toolIdentity = ""

    /// The theme this configuration describes, read from its folders.
    public func loadTheme() throws(SiteBuildError) -> Theme {
        try Theme(templatesFolder: templates, publicFolder: publicFolder, base: baseTheme)
    }

    public init(output: URL, templates: URL? = nil, publicFolder: URL? = nil) {
        self.output = output
        self.templates = templates
        self.publicFolder = publicFolder
    }
}
