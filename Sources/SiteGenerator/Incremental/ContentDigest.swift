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
        var digits: [UInt8] = []
        appendHex(to: &digits)
        return String(decoding: digits, as: UTF8.self)
    }

    /// Appends the 32 hex digits of ``description`` with no string made for them: the manifest
    /// writes one for every page.
    func appendHex(to output: inout [UInt8]) {
        func append(_ value: UInt64) {
            for shift in stride(from: 60, through: 0, by: -4) {
                let digit = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0x0F
                output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
        append(high)
        append(low)
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
