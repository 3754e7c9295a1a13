import Synchronization

/// The size of the last page a theme rendered, shared by the pages rendering at once: pages of
/// one build are alike, so the last one's size, with some room to spare, is a good first capacity.
final class PageSizeHint: Sendable {
    private let lastSize = Atomic<Int>(0)

    /// The capacity to reserve: the last page's size and an eighth more, at least 4 KB.
    var capacity: Int {
        let last = lastSize.load(ordering: .relaxed)
        return max(4096, last + last / 8)
    }

    func record(_ size: Int) {
        lastSize.store(size, ordering: .relaxed)
    }
}
