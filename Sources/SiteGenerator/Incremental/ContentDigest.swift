import Foundation

/// A 128-bit fingerprint of everything a page was made from, to tell whether it must be made
/// again. Not a cryptographic hash: it guards against accidental sameness, not against an
/// attacker (an order could only make its own page stale, which its next change fixes).
struct ContentDigest: Sendable, Hashable, CustomStringConvertible {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 lowercase hex digits, as the build manifest stores it.
    var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }

    /// Reads the form ``description`` writes; nil for anything else.
    init?(hex text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 32, utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
            let high = UInt64(String(text.prefix(16)), radix: 16), let low = UInt64(String(text.suffix(16)), radix: 16)
        else { return nil }
        self.init(high: high, low: low)
    }
}
