import DigitalDownloads
import Foundation
import TestSupport
import Testing

@testable import DigitalDownloadsClient

@Suite struct ResponseCacheTests {
    let fetched = Date(timeIntervalSince1970: 1_700_000_000)

    func withCache(_ body: (ResponseCache, URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(ResponseCache(folder: folder), folder)
    }

    @Test func storedBodyIsReadBackWithinMaxAge() throws {
        try withCache { cache, folder in
            let body = Data(#"{"data":{"id":1}}"#.utf8)
            try cache.store(body, forOrder: "abc_1-2", fetchedAt: fetched)
            #expect(
                cache.body(forOrder: "abc_1-2", maxAge: .seconds(3600), now: fetched.addingTimeInterval(3599)) == body)
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("abc_1-2.json").path) == body)
            let meta = try #require(
                FileManager.default.contents(atPath: folder.appendingPathComponent("abc_1-2.meta.json").path))
            let object = try #require(try JSONSerialization.jsonObject(with: meta) as? [String: Any])
            #expect(object["fetched_at"] as? String == "2023-11-14T22:13:20Z")
            #expect(object["byte_count"] as? Int == body.count)
        }
    }

    @Test func absentOrTooOldIsNil() throws {
        try withCache { cache, _ in
            #expect(cache.body(forOrder: "nothing", maxAge: .seconds(60), now: fetched) == nil)
            try cache.store(Data("{}".utf8), forOrder: "old", fetchedAt: fetched)
            #expect(cache.body(forOrder: "old", maxAge: .seconds(60), now: fetched.addingTimeInterval(61)) == nil)
            #expect(cache.body(forOrder: "old", maxAge: .seconds(60), now: fetched.addingTimeInterval(-3600)) == nil)
            #expect(cache.staleBody(forOrder: "old") == Data("{}".utf8))
        }
    }

    @Test func corruptOrTruncatedEntriesAreMissesNotErrors() throws {
        try withCache { cache, folder in
            let body = Data(##"{"data":{"order_number":"#1001","lines":[]}}"##.utf8)
            let bodyURL = folder.appendingPathComponent("o1.json")
            let metaURL = folder.appendingPathComponent("o1.meta.json")
            let later = fetched.addingTimeInterval(1)

            try cache.store(body, forOrder: "o1", fetchedAt: fetched)
            try body.prefix(10).write(to: bodyURL)
            #expect(cache.body(forOrder: "o1", maxAge: .seconds(60), now: later) == nil, "truncated body")
            #expect(cache.staleBody(forOrder: "o1") == nil)

            try cache.store(body, forOrder: "o1", fetchedAt: fetched)
            var flipped = body
            flipped[5] ^= 0x20
            try flipped.write(to: bodyURL)
            #expect(cache.body(forOrder: "o1", maxAge: .seconds(60), now: later) == nil, "same length, other bytes")

            try cache.store(body, forOrder: "o1", fetchedAt: fetched)
            try Data("{\"fetched_at\": 12".utf8).write(to: metaURL)
            #expect(cache.body(forOrder: "o1", maxAge: .seconds(60), now: later) == nil, "broken meta")

            try FileManager.default.removeItem(at: metaURL)
            #expect(cache.body(forOrder: "o1", maxAge: .seconds(60), now: later) == nil, "body without meta")

            // And storing again repairs it.
            try cache.store(body, forOrder: "o1", fetchedAt: fetched)
            #expect(cache.body(forOrder: "o1", maxAge: .seconds(60), now: later) == body)
        }
    }

    @Test func anEntryIsTwoFilesNamedForTheOrderInsideTheFolder() throws {
        try withCache { cache, folder in
            try cache.store(Data("{}".utf8), forOrder: "a-B_9", fetchedAt: fetched)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["a-B_9.json", "a-B_9.meta.json"])
        }
    }

    @Test func anUnwritableFolderIsAnErrorWithAPath() throws {
        try withCache { _, folder in
            try Data("not a folder".utf8).write(to: folder)
            let cache = ResponseCache(folder: folder.appendingPathComponent("sub"))
            do throws(ResponseCache.CacheError) {
                try cache.store(Data("{}".utf8), forOrder: "o1", fetchedAt: fetched)
                Issue.record("expected a write error")
            } catch {
                #expect("\(error)".contains("cannot write the cache"))
            }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// The metadata reader accepts and rejects what `JSONDecoder` did when it read the file, and
    /// reads the same values.
    @Test func metadataIsReadAsJSONDecoderReadIt() throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let written = try withCacheReturningMeta()
        let corpus: [String] = [
            written,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":17,"fnv1a64":"00ff00ff00ff00ff"}"#,
            #"{"fnv1a64":"x","byte_count":0,"fetched_at":"2023-11-14T22:13:20Z","extra":[1,{"a":null}]}"#,
            #"{"fetched_at":"2023-11-14T22:13:20+02:00","byte_count":1,"fnv1a64":"a"}"#,
            #" { "fetched_at" : "2000-02-29T00:00:00Z" , "byte_count" : 9007199254740993 , "fnv1a64" : "A" } "#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":17}"#,
            #"{"byte_count":17,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14","byte_count":17,"fnv1a64":"a"}"#,
            #"{"fetched_at":"yesterday","byte_count":17,"fnv1a64":"a"}"#,
            #"{"fetched_at":1700000000,"byte_count":17,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":"17","fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":17.5,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":17.0,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":1e2,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20.250Z","byte_count":17,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":-1,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":null,"fnv1a64":"a"}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":17,"fnv1a64":7}"#,
            #"{"fetched_at":"2023-11-14T22:13:20Z","byte_count":17,"fnv1a64":null}"#,
            #"[{"fetched_at":"2023-11-14T22:13:20Z","byte_count":17,"fnv1a64":"a"}]"#,
            #"{"fetched_at": 12"#,
            "",
            "null",
        ]
        for text in corpus {
            let data = Data(text.utf8)
            let expected = try? decoder.decode(ResponseCache.Meta.self, from: data)
            #expect(ResponseCache.meta(reading: data) == expected, "\(text)")
        }
        #expect(ResponseCache.meta(reading: Data(written.utf8)) != nil, "what store writes is read back")
    }

    /// What `store` writes as the metadata of an entry fetched at `fetched`.
    private func withCacheReturningMeta() throws -> String {
        var text = ""
        try withCache { cache, folder in
            try cache.store(Data("{}".utf8), forOrder: "m1", fetchedAt: fetched)
            text = try String(contentsOf: folder.appendingPathComponent("m1.meta.json"), encoding: .utf8)
        }
        return text
    }

    /// A FIFO, a folder or an oversized file under an entry's names is a miss, found at once.
    @Test func entriesThatAreNotSmallRegularFilesAreMisses() throws {
        try withCache { cache, folder in
            try cache.store(Data("{}".utf8), forOrder: "fifo", fetchedAt: fetched)
            try FileManager.default.removeItem(at: folder.appendingPathComponent("fifo.json"))
            #expect(mkfifo(folder.appendingPathComponent("fifo.json").path, 0o644) == 0)
            try cache.store(Data("{}".utf8), forOrder: "fifometa", fetchedAt: fetched)
            try FileManager.default.removeItem(at: folder.appendingPathComponent("fifometa.meta.json"))
            #expect(mkfifo(folder.appendingPathComponent("fifometa.meta.json").path, 0o644) == 0)
            try cache.store(Data("{}".utf8), forOrder: "big", fetchedAt: fetched)
            var meta = try Data(contentsOf: folder.appendingPathComponent("big.meta.json"))
            meta.append(Data(repeating: UInt8(ascii: " "), count: ResponseCache.maximumMetaBytes))
            try meta.write(to: folder.appendingPathComponent("big.meta.json"))
            let writer = FIFOWriter(["fifo.json", "fifometa.meta.json"].map { folder.appendingPathComponent($0).path })
            defer { writer.stop() }
            let started = Date()
            for id: OrderID in ["fifo", "fifometa", "big"] {
                #expect(cache.entry(forOrder: id) == nil, "\(id)")
            }
            #expect(cache.fetchedAt(forOrder: "fifometa") == nil)
            #expect(Date().timeIntervalSince(started) < 1, "no read waited for a writer")
        }
    }

    /// The size is every body's and metadata file's bytes, as on disk.
    @Test func sizeCountsResponsesAndTheirBytes() throws {
        try withCache { cache, folder in
            try cache.store(Data("{}".utf8), forOrder: "s1", fetchedAt: fetched)
            try cache.store(Data(#"{"a":[1,2,3]}"#.utf8), forOrder: "s2", fetchedAt: fetched)
            try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.txt"))
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            let bytes = try names.reduce(Int64(0)) { total, name in
                total + Int64(try Data(contentsOf: folder.appendingPathComponent(name)).count)
            }
            let size = cache.size()
            #expect(size.responses == 2)
            #expect(size.bytes == bytes)
            #expect(bytes > 0)
        }
    }
}
