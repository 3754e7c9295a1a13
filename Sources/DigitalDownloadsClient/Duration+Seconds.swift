import Foundation

extension Duration {
    /// A duration from fractional seconds, clamped at zero: waits are never negative.
    static func clampedSeconds(_ seconds: TimeInterval) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    /// "0.3 s", "30 s": for messages.
    var secondsText: String {
        let seconds = self / .seconds(1)
        if seconds == seconds.rounded() { return "\(Int64(seconds)) s" }
        return "\((seconds * 1000).rounded() / 1000) s"
    }
}
