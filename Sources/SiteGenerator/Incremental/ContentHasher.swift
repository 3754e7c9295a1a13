import Foundation

/// Builds a ``ContentDigest`` from a sequence of parts: each part is length-prefixed, so
/// `("ab", "c")` and `("a", "bc")` differ. Reads eight bytes a step over two independent lanes
/// (multiply–rotate and add–multiply–shift), then mixes both lanes into each half, so that
/// hashing the bodies of a 100,000-order site costs a small part of reading them.
struct ContentHasher: Sendable {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    private static let firstPrime: UInt64 = 0xFF51_AFD7_ED55_8CCD
    private static let secondPrime: UInt64 = 0xC4CE_B9FE_1A85_EC53

    init() {}

    /// Adds one part: its length, then its bytes.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
            mix(tail)  // the length prefix tells a short tail from zero bytes
        }
    }

    mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine($0) }
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(_ value: Int) {
        mix(UInt64(bitPattern: Int64(value)))
    }

    mutating func combine(_ value: Bool) {
        mix(value ? 1 : 2)
    }

    func finalize() -> ContentDigest {
        let a = Self.avalanche(first ^ (second &* Self.secondPrime) ^ length)
        let b = Self.avalanche(second ^ (first &* Self.firstPrime) ^ (length << 1))
        return ContentDigest(high: a, low: b)
    }

    private mutating func mix(_ word: UInt64) {
        first = ((first ^ word) &* Self.firstPrime).rotatedLeft(by: 31)
        second = (second &+ word) &* Self.secondPrime
        second ^= second >> 29
        length &+= 1
    }

    /// A full-avalanche finalizer: every input bit flips about half of the output bits.
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= firstPrime
        value ^= value >> 33
        value &*= secondPrime
        value ^= value >> 33
        return value
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
