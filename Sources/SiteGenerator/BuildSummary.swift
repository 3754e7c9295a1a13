import DigitalDownloads
import Foundation

/// The one line a build ends with, and its JSON form for pipelines.
public struct BuildSummary: Sendable, Codable, Equatable, CustomStringConvertible {
    /// Pages rendered successfully (changed + unchanged).
    public var built = 0
    /// Pages written because they are new or their bytes changed.
    public var changed = 0
    /// Pages whose bytes were already on disk, left untouched.
    public var unchanged = 0
    /// Of the unchanged pages, those not even rendered: their order, theme, options and tool were
    /// as when they were made, and the file as it was left.
    public var reused = 0
    public var failed = 0
    /// Pages of orders not in this build that pruning removed.
    public var pruned = 0
    public var seconds = 0.0
    public var failures: [Failure] = []
    public var warnings: [String] = []

    // Where the pages' responses came from (API builds only).
    /// Pages built from a response fetched in this run.
    public var fetched = 0
    /// Pages built from the response cache without a request (young enough, or beyond the budget).
    public var fromCache = 0
    /// Pages built from the response cache because their fetch failed.
    public var stale = 0
    /// The age of the oldest cached response a page was built from, in seconds.
    public var oldestCachedSeconds: Double?
    /// Orders the budget left for a later run, with no cached response: no page this run.
    public var deferred = 0
    public var deferredIDs: [String] = []
    /// How long fetching every order of the build once would take at the request rate in force.
    public var fullRefreshSeconds: Double?
    /// The response cache after the build.
    public var cache: CacheSize?

    public struct CacheSize: Sendable, Codable, Equatable {
        public var responses: Int
        public var bytes: Int64

        public init(responses: Int, bytes: Int64) {
            self.responses = responses
            self.bytes = bytes
        }
    }

    public struct Failure: Sendable, Codable, Equatable {
        public var id: String
        public var reason: String
    }

    public var description: String {
        var parts = ["\(built) pages built", "\(changed) changed", "\(unchanged) unchanged", "\(failed) failed"]
        if reused > 0 { parts[2] += " (\(reused) with unchanged inputs, not rendered)" }
        if pruned > 0 { parts.append("\(pruned) pruned") }
        var line = parts.joined(separator: ", ") + " in " + String(format: "%.2f s", seconds)
        if fetched + fromCache + stale + deferred > 0 {
            var origins = ["\(fetched) fetched", "\(fromCache) from the cache"]
            if let oldestCachedSeconds { origins[1] += " (oldest \(ShortDuration(.seconds(oldestCachedSeconds))))" }
            if stale > 0 { origins.append("\(stale) stale") }
            if deferred > 0 { origins.append("\(deferred) deferred") }
            line += "; " + origins.joined(separator: ", ")
        }
        if let fullRefreshSeconds {
            line += "; a full refresh takes \(ShortDuration(.seconds(fullRefreshSeconds)))"
        }
        if let cache {
            line +=
                "; cache: \(cache.responses) response\(cache.responses == 1 ? "" : "s"), "
                + ByteSizeFormatter.string(fromByteCount: cache.bytes)
        }
        return line
    }

    enum CodingKeys: String, CodingKey {
        case built, changed, unchanged, reused, failed, pruned, seconds, failures, warnings
        case fetched
        case fromCache = "from_cache"
        case stale
        case oldestCachedSeconds = "oldest_cached_seconds"
        case deferred
        case deferredIDs = "deferred_ids"
        case fullRefreshSeconds = "full_refresh_seconds"
        case cache
    }
}
