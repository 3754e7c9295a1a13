/// The member names of objects, their hashes and lookup table, behind one reference: every
/// object made from a ``TemplateObjectShape`` shares its shape's layout, so making or freeing one
/// retains or releases one object rather than three arrays.
///
/// Those counts are touched by every page a build renders at once, on both cores; sharing them
/// saves instructions (issue 12: about 0.5% of a page, order to page), though no gain in a whole
/// build's time could be measured.
///
/// Objects of up to ``linearLimit`` members are scanned (comparing hashes, a few instructions a
/// member); bigger ones also get an open-addressing table of member indexes, at most half full,
/// probed linearly.
final class TemplateObjectLayout: Sendable {
    static let linearLimit = 8

    let keys: [String]
    let hashes: [UInt64]
    /// Empty for small layouts; otherwise a power-of-two count of slots, each a member index or -1.
    let slots: [Int32]
    /// One bit for each member, chosen by its hash (``filterBit(of:)``): a name whose bit is clear
    /// is not a member, found without a scan or a probe. Most lookups miss (a name is tried in
    /// every object on the context stack before the one that has it), and most misses end here.
    let filter: UInt64

    /// The layout of distinct `keys`, whose hashes are `hashes`.
    convenience init(distinctKeys keys: [String], hashes: [UInt64]) {
        self.init(distinctKeys: keys, hashes: hashes, slots: Self.slots(for: hashes))
    }

    /// With `slots` already made, as ``slots(for:)`` makes them.
    init(distinctKeys keys: [String], hashes: [UInt64], slots: [Int32]) {
        self.keys = keys
        self.hashes = hashes
        self.slots = slots
        filter = hashes.reduce(0) { $0 | Self.filterBit(of: $1) }
    }

    /// A member's bit in ``filter``: the hash's top six bits pick one of 64.
    @inline(__always)
    static func filterBit(of hash: UInt64) -> UInt64 {
        1 &<< (hash &>> 58)
    }

    /// How many members its objects have.
    var count: Int { keys.count }

    /// The open-addressing table for members with these (distinct) hashes; empty up to
    /// ``linearLimit`` members.
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

    /// The index of the member named `key`, whose hash is `hash`.
    @inline(__always)
    func index(of key: String, hash: UInt64) -> Int? {
        if filter & Self.filterBit(of: hash) == 0 { return nil }
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

    static func scan(_ keys: [String], _ hashes: [UInt64], for key: String, hash: UInt64) -> Int? {
        for index in hashes.indices where hashes[index] == hash && keys[index] == key {
            return index
        }
        return nil
    }
}
