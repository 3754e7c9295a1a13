import DigitalDownloads

/// The usage phrases ("5 of 10 downloads used, 5 left") one set of strings has made, by the
/// counts they state. A phrase is a pure function of those counts and the strings, and a build's
/// thousands of assets share a few dozen of them, so each is formatted once rather than once an
/// asset (two plural lookups, three numbers written, two placeholder fills). The table is a
/// ``BoundedMemo``.
final class UsageMemo: Sendable {
    private struct Key: Hashable {
        let downloaded: Int
        let limit: Int?
    }

    private let table: BoundedMemo<Key, String>

    init(capacity: Int = 1024) {
        table = BoundedMemo(capacity: capacity)
    }

    /// The phrase for `limits`, made by `make` only when it is not in the table.
    func phrase(for limits: DownloadLimits, make: (DownloadLimits) -> String) -> String {
        table.value(for: Key(downloaded: limits.downloaded, limit: limits.limit)) { make(limits) }
    }

    /// How many phrases are kept now.
    var count: Int { table.count }
}
