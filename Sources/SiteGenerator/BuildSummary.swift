import Foundation

/// The one line a build ends with, and its JSON form for pipelines.
public struct BuildSummary: Sendable, Codable, Equatable, CustomStringConvertible {
    /// Pages rendered successfully (changed + unchanged).
    public var built = 0
    /// Pages written because they are new or their bytes changed.
    public var changed = 0
    /// Pages whose bytes were already on disk, left untouched.
    public var unchanged = 0
    public var failed = 0
    /// Pages of orders not in this build that pruning removed.
    public var pruned = 0
    public var seconds = 0.0
    public var failures: [Failure] = []
    public var warnings: [String] = []

    public struct Failure: Sendable, Codable, Equatable {
        public var id: String
        public var reason: String
    }

    public var description: String {
        var parts = ["\(built) pages built", "\(changed) changed", "\(unchanged) unchanged", "\(failed) failed"]
        if pruned > 0 { parts.append("\(pruned) pruned") }
        return parts.joined(separator: ", ") + " in " + String(format: "%.2f s", seconds)
    }

    enum CodingKeys: String, CodingKey { case built, changed, unchanged, failed, pruned, seconds, failures, warnings }
}
