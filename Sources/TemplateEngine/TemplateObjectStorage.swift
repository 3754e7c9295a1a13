/// The immutable members of a ``TemplateObject``, behind one reference so that pushing an object
/// onto the context stack or copying a value retains one object, not four arrays.
///
/// Keys, values and hashes are parallel. Objects of up to ``linearLimit`` members are scanned
/// (comparing hashes, a few instructions a member); bigger ones also get an open-addressing
/// table of member indexes, at most half full, probed linearly.
///
/// The values live in an allocation this object owns, never written after `init`, so that the
/// renderer can refer to a member in place (``valueAddress(at:)``) for as long as the object
/// lives, rather than copying it (and retaining what it holds) at every lookup. That is also why
/// it is `@unchecked Sendable`: the allocation is immutable once built.
final class TemplateObjectStorage: @unchecked Sendable {
    static let linearLimit = 8

    let keys: [String]
    let hashes: [UInt64]
    /// Empty for small objects; otherwise a power-of-two count of slots, each a member index or -1.
    let slots: [Int32]
    private let valueBase: UnsafeMutablePointer<TemplateValue>

    /// The member values, in the order of ``keys``.
    var values: [TemplateValue] { Array(UnsafeBufferPointer(start: valueBase, count: keys.count)) }

    /// Of repeated keys the last value wins, at the first one's place.
    init(members: [(String, TemplateValue)]) {
        var keys: [String] = []
        var values: [TemplateValue] = []
        var hashes: [UInt64] = []
        keys.reserveCapacity(members.count)
        values.reserveCapacity(members.count)
        hashes.reserveCapacity(members.count)
        var slots: [Int32] = []
        var mask = 0
        if members.count > Self.linearLimit {
            var capacity = 16
            while capacity < 2 * members.count { capacity *= 2 }
            slots = Array(repeating: -1, count: capacity)
            mask = capacity - 1
        }
        for (key, value) in members {
            let hash = TemplateObjectKey.hash(of: key)
            if slots.isEmpty {
                if let index = Self.scan(keys, hashes, for: key, hash: hash) {
                    values[index] = value
                    continue
                }
            } else {
                var slot = Int(truncatingIfNeeded: hash) & mask
                var found: Int?
                while slots[slot] >= 0 {
                    let index = Int(slots[slot])
                    if hashes[index] == hash, keys[index] == key {
                        found = index
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if let found {
                    values[found] = value
                    continue
                }
                slots[slot] = Int32(keys.count)
            }
            keys.append(key)
            values.append(value)
            hashes.append(hash)
        }
        self.keys = keys
        self.hashes = hashes
        self.slots = slots
        valueBase = .allocate(capacity: values.count)
        valueBase.initialize(from: values, count: values.count)
    }

    /// The members of `shape`, with `values` in its order.
    ///
    /// The values are moved out of the array, which is left holding `null`s: copying them would
    /// retain what each holds, and dropping the array straight after would release it all again.
    init(shape: TemplateObjectShape, values: consuming [TemplateValue]) {
        precondition(values.count == shape.keys.count, "a value for each member of the shape")
        keys = shape.keys
        hashes = shape.hashes
        slots = shape.slots
        let count = values.count
        let base = UnsafeMutablePointer<TemplateValue>.allocate(capacity: count)
        values.withUnsafeMutableBufferPointer { buffer in
            guard let source = buffer.baseAddress else { return }
            base.moveInitialize(from: source, count: count)
            source.initialize(repeating: .null, count: count)
        }
        valueBase = base
    }

    /// The open-addressing table for members with these (distinct) hashes, as ``init(members:)``
    /// builds it; empty up to ``linearLimit`` members.
    static func slots(for hashes: [UInt64]) -> [Int32] {
        guard hashes.count > linearLimit else { return [] }
        var capacity = 16
        while capacity < 2 * hashes.count { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
        return slots
    }

    deinit {
        valueBase.deinitialize(count: keys.count)
        valueBase.deallocate()
    }

    private static func scan(_ keys: [String], _ hashes: [UInt64], for key: String, hash: UInt64) -> Int? {
        for index in hashes.indices where hashes[index] == hash && keys[index] == key {
            return index
        }
        return nil
    }

    /// The value at `index`, a copy.
    func value(at index: Int) -> TemplateValue {
        precondition(index >= 0 && index < keys.count)
        return valueBase[index]
    }

    /// Where the value at `index` lives: valid, and unchanging, as long as this object lives.
    func valueAddress(at index: Int) -> UnsafePointer<TemplateValue> {
        precondition(index >= 0 && index < keys.count)
        return UnsafePointer(valueBase + index)
    }

    /// The index of the member named `key`, whose hash is `hash`.
    @inline(__always)
    func index(of key: String, hash: UInt64) -> Int? {
        if slots.isEmpty { return Self.scan(keys, hashes, for: key, hash: hash) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, keys[index] == key { return index }
            slot = (slot + 1) & mask
        }
    }
}
