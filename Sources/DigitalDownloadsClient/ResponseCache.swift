import DigitalDownloads
import Foundation
import JSONParsing
import SiteOutput

/// API answers kept on disk so a rebuild need not ask the API again.
///
/// Each order is two files, written through `AtomicFile`:
/// - `ID.json`, the body exactly as the API sent it, so it can be read, diffed or fed to `jq`
///   when a page comes out wrong;
/// - `ID.meta.json`, `{"fetched_at": ISO-8601, "byte_count": N, "fnv1a64": "hex"}`, written
///   second. It acts as the commit record: a body without a matching meta (a crash between the
///   two writes, a truncated or hand-edited file) fails the size or checksum test and counts as
///   absent. A bad entry is never an error; the order is simply fetched again.
///
/// FNV-1a is enough: it guards against accidents, not against an attacker who can write the cache.
public struct ResponseCache: Sendable {
    public enum CacheError: Error, Sendable, Equatable, CustomStringConvertible {
        case cannotWrite(AtomicFile.WriteError)

        public var description: String {
            switch self {
            case .cannotWrite(let error):
                "cannot write the cache: \(error); check that the cache folder is writable"
            }
        }
    }

    /// One cached answer.
    public struct Entry: Sendable, Equatable {
        public var body: Data
        public var fetchedAt: Date
    }

    struct Meta: Codable, Equatable {
        var fetchedAt: Date
        var byteCount: Int
        var fnv1a64: String

        enum CodingKeys: String, CodingKey {
            case fetchedAt = "fetched_at"
            case byteCount = "byte_count"
            case fnv1a64
        }
    }

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The cached body if it is intact and at most `maxAge` old at `now`; nil otherwise.
    /// An entry dated more than a minute in the future (a clock that went back) counts as stale.
    public func body(forOrder id: OrderID, maxAge: Duration, now: Date) -> Data? {
        guard let entry = entry(forOrder: id) else { return nil }
        let age = now.timeIntervalSince(entry.fetchedAt)
        guard age >= -60, age <= maxAge / .seconds(1) else { return nil }
        return entry.body
    }

    /// Any intact cached body, however old: a fallback when the API cannot be reached.
    public func staleBody(forOrder id: OrderID) -> Data? {
        entry(forOrder: id)?.body
    }

    /// When the entry for `id` was fetched, read from its small metadata file alone: what a plan
    /// over thousands of orders needs, without reading and checking every body (the body is
    /// checked when it is used).
    public func fetchedAt(forOrder id: OrderID) -> Date? {
        meta(forOrder: id)?.fetchedAt
    }

    /// The intact entry for `id`, or nil when absent, unreadable or truncated.
    ///
    /// Both files are read as regular files of bounded size: a FIFO or a device put in the cache
    /// folder under an order's name would otherwise block the build, and a huge file fill memory.
    public func entry(forOrder id: OrderID) -> Entry? {
        guard let meta = meta(forOrder: id),
            let body = try? BoundedFile.read(atPath: bodyURL(id).path, limit: CustomerAccountOrderResponse.maximumBodyBytes),
            body.count == meta.byteCount,
            Self.fnv1a64(body) == meta.fnv1a64
        else { return nil }
        return Entry(body: body, fetchedAt: meta.fetchedAt)
    }

    /// The metadata file's contents, when it is one this cache wrote.
    private func meta(forOrder id: OrderID) -> Meta? {
        guard let data = try? BoundedFile.read(atPath: metaURL(id).path, limit: Self.maximumMetaBytes) else { return nil }
        return Self.meta(reading: data)
    }

    /// Far more than the few dozen bytes a metadata file holds.
    static let maximumMetaBytes = 4096

    /// `data` read as a metadata file: all three members, of the types `store` writes; nil for
    /// anything else. Read with the order reader's JSON parser rather than `JSONDecoder` (6.8% of
    /// the samples of a build of 2,000 cached orders, perf), and held to its answers by a test.
    static func meta(reading data: Data) -> Meta? {
        guard let document = try? JSONDocument(parsing: data), document.kind(of: document.root) == .object,
            let fetchedNode = document.member(named: Meta.CodingKeys.fetchedAt.rawValue, in: document.root),
            document.kind(of: fetchedNode) == .string,
            let fetchedAt = try? Date(document.string(at: fetchedNode), strategy: .iso8601),
            let countNode = document.member(named: Meta.CodingKeys.byteCount.rawValue, in: document.root),
            case .integer(let byteCount)? = document.number(at: countNode),
            let hashNode = document.member(named: Meta.CodingKeys.fnv1a64.rawValue, in: document.root),
            document.kind(of: hashNode) == .string
        else { return nil }
        return Meta(fetchedAt: fetchedAt, byteCount: Int(byteCount), fnv1a64: document.string(at: hashNode))
    }

    /// Stores `body` as fetched at `fetchedAt`, replacing any earlier entry.
    public func store(_ body: Data, forOrder id: OrderID, fetchedAt: Date) throws(CacheError) {
        let meta = Meta(fetchedAt: fetchedAt, byteCount: body.count, fnv1a64: Self.fnv1a64(body))
        let metaData: Data
        do {
            metaData = try Self.encoder.encode(meta)
        } catch {
            throw .cannotWrite(.cannotWrite(path: metaURL(id).path, reason: "cannot encode the entry"))
        }
        do {
            try AtomicFile.write(body, to: bodyURL(id))
            try AtomicFile.write(metaData, to: metaURL(id))
        } catch {
            throw .cannotWrite(error)
        }
    }

    /// The orders with an entry (intact or not), sorted.
    public func orderIDs() -> [OrderID] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".meta.json") else { return nil }
            return try? OrderID(String(name.dropLast(".meta.json".count)))
        }.sorted()
    }

    /// Removes an order's entry (pruning orders no longer built).
    public func remove(_ id: OrderID) {
        try? FileManager.default.removeItem(at: metaURL(id))
        try? FileManager.default.removeItem(at: bodyURL(id))
    }

    /// How many responses the cache holds and their bytes on disk (bodies and metadata).
    public func size() -> (responses: Int, bytes: Int64) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var bytes: Int64 = 0
        var responses = 0
        let prefix = folder.path + "/"
        for name in names where name.hasSuffix(".json") {
            if name.hasSuffix(".meta.json") { responses += 1 }
            // lstat, as `attributesOfItem` does, without its owner-name lookups (a read of
            // /etc/passwd for each file) and extended attributes.
            var status = stat()
            if lstat(prefix + name, &status) == 0 { bytes += Int64(status.st_size) }
        }
        return (responses, bytes)
    }

    /// Removes the temporary files a killed run left in the cache folder.
    @discardableResult
    public func sweepTemporaryFiles() -> Int {
        AtomicFile.sweepTemporaryFiles(in: folder)
    }

    /// `OrderID` admits only `[A-Za-z0-9_-]`, so these names cannot leave the folder.
    private func bodyURL(_ id: OrderID) -> URL { folder.appending(component: "\(id.rawValue).json", directoryHint: .notDirectory) }
    private func metaURL(_ id: OrderID) -> URL { folder.appending(component: "\(id.rawValue).meta.json", directoryHint: .notDirectory) }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static func fnv1a64(_ data: Data) -> String {
        // Over the bytes in place: `Data`'s own iterator cost more than reading the file.
        let hash = data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            return hash
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
