/// The `meta` of a paginated v1 answer (Laravel's length-aware paginator).
///
/// The numbers are required when `meta` is present: they are how a listing says how far it
/// got. `from` and `to` are `null` on an empty page.
public struct V1PageMeta: Sendable, Equatable {
    /// One entry of `meta.links`: the pager as a web page would draw it, with labels such as
    /// "« Previous", "1", "...", "Next »"; `url` is `null` for a disabled entry.
    public struct Link: Sendable, Equatable {
        public var url: String?
        public var label: String
        public var active: Bool

        enum CodingKeys: String, CodingKey {
            case url, label, active
        }

        public init(url: String?, label: String, active: Bool) {
            self.url = url
            self.label = label
            self.active = active
        }

        init(fields: JSONFields) throws(DecodingFailure) {
            url = try fields.optionalLink(CodingKeys.url)
            guard let label = try fields.optionalString(CodingKeys.label) else {
                throw fields.failure(CodingKeys.label, fields.contains(CodingKeys.label) ? .null(expected: "a string") : .missing)
            }
            self.label = label
            active = try fields.optionalBool(CodingKeys.active) ?? false
        }
    }

    public var currentPage: Int
    public var from: Int?
    public var lastPage: Int
    public var links: [Link]
    public var path: String?
    public var perPage: Int
    public var to: Int?
    public var total: Int

    enum CodingKeys: String, CodingKey {
        case currentPage = "current_page"
        case from
        case lastPage = "last_page"
        case links
        case path
        case perPage = "per_page"
        case to
        case total
    }

    public init(
        currentPage: Int, from: Int?, lastPage: Int, links: [Link] = [], path: String? = nil, perPage: Int, to: Int?,
        total: Int
    ) {
        self.currentPage = currentPage
        self.from = from
        self.lastPage = lastPage
        self.links = links
        self.path = path
        self.perPage = perPage
        self.to = to
        self.total = total
    }

    init(fields: JSONFields) throws(DecodingFailure) {
        currentPage = try fields.requiredCount(CodingKeys.currentPage)
        from = try fields.optionalCount(CodingKeys.from)
        lastPage = try fields.requiredCount(CodingKeys.lastPage)
        links = try fields.optionalArray(CodingKeys.links, Link.init(fields:))
        path = try fields.optionalString(CodingKeys.path)
        perPage = try fields.requiredCount(CodingKeys.perPage)
        to = try fields.optionalCount(CodingKeys.to)
        total = try fields.requiredCount(CodingKeys.total)
    }
}
