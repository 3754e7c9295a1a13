/// A duration as a person reads it in a log line: "45s", "3m10s", "4h20m", "2d3h".
public struct ShortDuration: Sendable, CustomStringConvertible {
    public let seconds: Int64

    public init(_ duration: Duration) {
        seconds = max(0, Int64((duration / .seconds(1)).rounded()))
    }

    public var description: String {
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        let minutes = seconds % 3_600 / 60
        let rest = seconds % 60
        if days > 0 { return hours > 0 ? "\(days)d\(hours)h" : "\(days)d" }
        if hours > 0 { return minutes > 0 ? "\(hours)h\(minutes)m" : "\(hours)h" }
        if minutes > 0 { return rest > 0 ? "\(minutes)m\(rest)s" : "\(minutes)m" }
        return "\(rest)s"
    }
}
