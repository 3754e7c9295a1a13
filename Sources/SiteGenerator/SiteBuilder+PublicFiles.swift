import SiteOutput

extension SiteBuilder {
    /// Copies every public file to the output root (unchanged bytes are left alone) and returns
    /// their paths, for the manifest.
    func copyPublicFiles(to output: OutputFolder) throws(SiteBuildError) -> Set<String> {
        guard let publicFolder = configuration.publicFolder else { return [] }
        let files = PublicFiles(folder: publicFolder)
        var copied: Set<String> = []
        for path in try files.relativePaths() {
            _ = try files.copy(path, to: output)
            copied.insert(path)
        }
        return copied
    }
}
