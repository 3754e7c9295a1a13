/// What `syncPublicFiles` did: paths relative to the output root.
public struct PublicFilesUpdate: Sendable, Equatable {
    /// Files written because they are new or their bytes changed.
    public var copied: [String] = []
    /// Files removed because they are gone from the public folder.
    public var removed: [String] = []

    public init(copied: [String] = [], removed: [String] = []) {
        self.copied = copied
        self.removed = removed
    }
}
