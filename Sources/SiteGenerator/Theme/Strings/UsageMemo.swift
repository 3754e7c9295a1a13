import DigitalDownloads
import Synchronization

/// The usage phrases ("5 of 10 downloads used, 5 left") one set of strings has made, by the
/// counts they state. A phrase is a pure function of those counts and the strings, and a build's
/// thousands of assets share a few dozen of them, so each is formatted once rather than once an
/// asset (two plural lookups, three numbers written, two placeholder fills). The table is bounded
/// (emptied when full), so hostile counts cost a lookup each and a bounded table.
final class UsageMemo: Sendable {
    private struct Key: Hashable {
        let downloaded: Int
        let limit: Int?
    }

    private let entries = Mutex<[Key: String]>([:])
    /// How many phrases are kept before the table starts again.
    let capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
    }

    /// The phrase for `limits`, made by `make` only when it is not in the table.
    func phrase(for limits: DownloadLimits, make: (DownloadLimits) -> String) -> String {
        let key = Key(downloaded: limits.downloaded, limit: limits.limit)
        if let known = entries.withLock({ $0[key] }) { return known }
        let phrase = make(limits)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = phrase
        }
        return phrase
    }

    /// How many phrases are kept now.
    var count: Int { entries.withLock { $0.count } }
}
