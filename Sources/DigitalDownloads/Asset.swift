/// A downloadable thing (a file or a link) with how often it has been downloaded.
public struct Asset: Sendable, Equatable {
    /// Lenient: missing or null reads as `DownloadLimits.none` (nothing downloaded, unlimited).
    /// Present but not an object is an error, as it may hide a limit the customer has reached.
    public var limits: DownloadLimits
    /// Required: without it there is nothing to link to.
    public var data: AssetData

    enum CodingKeys: String, CodingKey {
        case limits
        case data
    }

    public init(limits: DownloadLimits = .none, data: AssetData) {
        self.limits = limits
        self.data = data
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        limits = try fields.optionalObject(CodingKeys.limits, DownloadLimits.init(fields:)) ?? .none
        data = try fields.requiredObject(CodingKeys.data) { data throws(DecodingFailure) in
            try AssetData(fields: data, policy: .customerAccountPage)
        }
    }
}
