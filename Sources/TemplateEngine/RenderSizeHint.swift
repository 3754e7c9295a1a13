import Synchronization

/// The size of a template's last rendering, shared by the renders running at once: renders of one
/// template are alike (the pages of one site), so the last one's size, with some room to spare, is
/// a good first capacity, and the output is allocated once rather than grown by doubling.
final class RenderSizeHint: Sendable {
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
