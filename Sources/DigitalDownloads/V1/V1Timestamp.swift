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
