import Synchronization

/// Values a pure function has already made, by their key, shared by every page of a build: the
/// table is bounded (emptied when it reaches `capacity`), so keys that never repeat (hostile
/// orders) cost a lookup each and a bounded table. A value is made outside the lock, so a slow
/// one (cmark on a long text) never holds up another page's lookup.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[Key: Value]>([:])
    /// How many values are kept before the table starts again.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key`, made by `make` only when it is not in the table.
    func value(for key: Key, make: () -> Value) -> Value {
        if let known = entries.withLock({ $0[key] }) { return known }
        let value = make()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }

    /// How many values are kept now.
    var count: Int { entries.withLock { $0.count } }
}
