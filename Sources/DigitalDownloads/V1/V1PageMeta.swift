/// The `meta` of a paginated v1 answer (Laravel's length-aware paginator).
///
/// The numbers are required when `meta` is present: they are how a listing says how far it
/// got. `from` and `to` are `null` on an empty page.
public struct V1PageMeta: Decodable, Sendable, Equatable {
    /// One entry of `meta.links`: the pager as a web page would draw it, with labels such as
    /// "« Previous", "1", "...", "Next »"; `url` is `null` for a disabled entry.
    public struct Link: Decodable, Sendable, Equatable {
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

        public init(from decoder: any Decoder) throws {
            let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
            url = try container.optionalLink(.url)
            guard let label = try container.optionalString(.label) else {
                throw container.failure(.label, container.contains(.label) ? .null(expected: "a string") : .missing)
            }
            self.label = label
            active = try container.optionalBool(.active) ?? false
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.objectContainer(keyedBy: CodingKeys.self)
        currentPage = try container.requiredCount(.currentPage)
        from = try container.optionalCount(.from)
        lastPage = try container.requiredCount(.lastPage)
        links = try container.optionalArray(of: Link.self, .links)
        path = try container.optionalString(.path)
        perPage = try container.requiredCount(.perPage)
        to = try container.optionalCount(.to)
        total = try container.requiredCount(.total)
    }
}
