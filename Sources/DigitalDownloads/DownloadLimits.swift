/// How many times an asset has been downloaded and how many times it may be.
public struct DownloadLimits: Sendable, Equatable {
    /// Downloads so far. Missing or null reads as 0 (no count reported means none counted);
    /// a negative or non-numeric value is an error.
    public var downloaded: Int
    /// The most downloads allowed; nil (missing or null) means unlimited. Read as given:
    /// 0 means no downloads allowed. A negative or non-numeric value is an error.
    public var limit: Int?

    enum CodingKeys: String, CodingKey {
        case downloaded
        case limit
    }

    /// Nothing downloaded, no limit: what an asset without `limits` gets.
    public static let none = DownloadLimits(downloaded: 0, limit: nil)

    public init(downloaded: Int, limit: Int?) {
        self.downloaded = downloaded
        self.limit = limit
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        downloaded = try fields.optionalCount(CodingKeys.downloaded) ?? 0
        limit = try fields.optionalCount(CodingKeys.limit)
    }

    /// True when there is no limit.
    public var isUnlimited: Bool { limit == nil }

    /// Downloads left: nil when unlimited, never negative.
    public var remaining: Int? {
        guard let limit else { return nil }
        return max(0, limit - downloaded)
    }

    /// True once `downloaded` has reached a (non-nil) `limit`; never true when unlimited.
    public var isLimitReached: Bool {
        guard let limit else { return false }
        return downloaded >= limit
    }
}
