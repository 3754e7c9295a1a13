import SiteOutput

extension SiteBuilder {
    /// Copies every public file of the theme to the output root (unchanged bytes are left alone)
    /// and returns their paths, for the manifest.
    func copyPublicFiles(of theme: Theme, to output: OutputFolder) throws(SiteBuildError) -> Set<String> {
        for path in theme.publicFiles.keys.sorted() {
            _ = try theme.copyPublicFile(path, to: output)
        }
        return Set(theme.publicFiles.keys)
    }
}
