import DigitalDownloads
import Foundation
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

    private struct Meta: Codable {
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
        guard let metaData = FileManager.default.contents(atPath: metaURL(id).path) else { return nil }
        return (try? Self.decoder.decode(Meta.self, from: metaData))?.fetchedAt
    }

    /// The intact entry for `id`, or nil when absent, unreadable or truncated.
    public func entry(forOrder id: OrderID) -> Entry? {
        guard let metaData = FileManager.default.contents(atPath: metaURL(id).path),
            let meta = try? Self.decoder.decode(Meta.self, from: metaData),
            let body = FileManager.default.contents(atPath: bodyURL(id).path),
            body.count == meta.byteCount,
            Self.fnv1a64(body) == meta.fnv1a64
        else { return nil }
        return Entry(body: body, fetchedAt: meta.fetchedAt)
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
        for name in names where name.hasSuffix(".json") {
            if name.hasSuffix(".meta.json") { responses += 1 }
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            bytes += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
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

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    static func fnv1a64(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
