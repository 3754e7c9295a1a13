import Foundation

/// A v1 timestamp: Unix seconds as the API sends them (`"ordered_at": 1673214646`).
///
/// Kept as the number sent, so JSON output gives back exactly the API's value, with `date`
/// and `iso8601` for people.
public struct V1Timestamp: Sendable, Equatable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let unixSeconds: Double

    /// 10^11 seconds is the year 5138: a value that large is milliseconds sent by mistake.
    static let implausiblyLarge: Double = 100_000_000_000

    public init(unixSeconds: Double) {
        self.unixSeconds = unixSeconds
    }

    public init(date: Date) {
        self.init(unixSeconds: date.timeIntervalSince1970)
    }

    public var date: Date { Date(timeIntervalSince1970: unixSeconds) }

    /// ISO-8601 in UTC, whole seconds: `2023-01-08T21:50:46Z`.
    public var iso8601: String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    public var description: String { iso8601 }

    /// As the API sent it: an integer when whole, else the number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if unixSeconds.rounded() == unixSeconds, let whole = Int64(exactly: unixSeconds) {
            try container.encode(whole)
        } else {
            try container.encode(unixSeconds)
        }
    }

    public static func < (lhs: V1Timestamp, rhs: V1Timestamp) -> Bool { lhs.unixSeconds < rhs.unixSeconds }
}

extension JSONFields {
    /// A Unix timestamp in seconds (an integer, a fractional number or a string of digits);
    /// missing or null is nil. Values that cannot be seconds since 1970 (negative, or so large
    /// they are surely milliseconds) are errors rather than dates thousands of years away.
    func optionalTimestamp<Key: CodingKey>(_ key: Key) throws(DecodingFailure) -> V1Timestamp? {
        let expected = "a Unix timestamp in seconds"
        let seconds: Double
        switch probe(key) {
        case nil, .null?:
            return nil
        case .integer(let value)?:
            seconds = Double(value)
        case .number(let value)?:
            seconds = value
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            guard trimmed.isASCIIDigits, let value = Double(trimmed) else {
                throw failure(key, .invalidValue("expected \(expected), found \"\(text)\""))
            }
            seconds = value
        case let other?:
            throw failure(key, .wrongType(expected: expected, found: other.kindDescription))
        }
        guard seconds.isFinite, seconds >= 0, seconds < V1Timestamp.implausiblyLarge else {
            let shown = seconds.isFinite && seconds.rounded() == seconds ? String(Int64(exactly: seconds) ?? 0) : String(seconds)
            throw failure(key, .invalidValue("expected \(expected), found \(shown)"))
        }
        return V1Timestamp(unixSeconds: seconds)
    }
}
