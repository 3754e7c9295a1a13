import Foundation

/// Reads a `Retry-After` header (RFC 9110 §10.2.3): either whole seconds or an HTTP-date.
enum RetryAfter {
    /// How long the server asks us to wait, or nil when the value is unreadable
    /// (the caller then falls back to its own backoff rather than failing).
    static func delay(from value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int64(text) {
            return seconds >= 0 ? .seconds(seconds) : nil
        }
        guard let date = httpDate(text) else { return nil }
        return .clampedSeconds(date.timeIntervalSince(now))
    }

    /// IMF-fixdate, plus the two obsolete forms that RFC 9110 says recipients must accept.
    static func httpDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            // DateFormatter is not Sendable, so each call makes its own.
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
