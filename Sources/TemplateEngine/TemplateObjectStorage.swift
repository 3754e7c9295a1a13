/// The immutable members of a ``TemplateObject``, behind one reference so that pushing an object
/// onto the context stack or copying a value retains one object, not four arrays.
///
/// The names, hashes and lookup table are a ``TemplateObjectLayout``, shared by every object of a
/// shape; the values live in an allocation this object owns, never written after `init`, so that
/// the renderer can refer to a member in place (``valueAddress(at:)``) for as long as the object
/// lives, rather than copying it (and retaining what it holds) at every lookup. That is also why
/// it is `@unchecked Sendable`: the allocation is immutable once built.
final class TemplateObjectStorage: @unchecked Sendable {
    let layout: TemplateObjectLayout
    private let valueBase: UnsafeMutablePointer<TemplateValue>

    /// The member names, in order.
    var keys: [String] { layout.keys }

    /// The member values, in the order of ``keys``.
    var values: [TemplateValue] { Array(UnsafeBufferPointer(start: valueBase, count: layout.count)) }

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
        if members.count > TemplateObjectLayout.linearLimit {
            var capacity = 16
            while capacity < 2 * members.count { capacity *= 2 }
            slots = Array(repeating: -1, count: capacity)
            mask = capacity - 1
        }
        for (key, value) in members {
            let hash = TemplateObjectKey.hash(of: key)
            if slots.isEmpty {
                if let index = TemplateObjectLayout.scan(keys, hashes, for: key, hash: hash) {
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
        layout = TemplateObjectLayout(distinctKeys: keys, hashes: hashes, slots: slots)
        valueBase = .allocate(capacity: values.count)
        valueBase.initialize(from: values, count: values.count)
    }

    /// The members of `shape`, with `values` in its order.
    ///
    /// The values are moved out of the array, which is left holding `null`s: copying them would
    /// retain what each holds, and dropping the array straight after would release it all again.
    init(shape: TemplateObjectShape, values: consuming [TemplateValue]) {
        precondition(values.count == shape.layout.count, "a value for each member of the shape")
        layout = shape.layout
        let count = values.count
        let base = UnsafeMutablePointer<TemplateValue>.allocate(capacity: count)
        values.withUnsafeMutableBufferPointer { buffer in
            guard let source = buffer.baseAddress else { return }
            base.moveInitialize(from: source, count: count)
            source.initialize(repeating: .null, count: count)
        }
        valueBase = base
    }

    deinit {
        valueBase.deinitialize(count: layout.count)
        valueBase.deallocate()
    }

    /// The value at `index`, a copy.
    func value(at index: Int) -> TemplateValue {
        precondition(index >= 0 && index < layout.count)
        return valueBase[index]
    }

    /// Where the value at `index` lives: valid, and unchanging, as long as this object lives.
    func valueAddress(at index: Int) -> UnsafePointer<TemplateValue> {
        precondition(index >= 0 && index < layout.count)
        return UnsafePointer(valueBase + index)
    }

    /// The index of the member named `key`, whose hash is `hash`.
    @inline(__always)
    func index(of key: String, hash: UInt64) -> Int? {
        layout.index(of: key, hash: hash)
    }
}
