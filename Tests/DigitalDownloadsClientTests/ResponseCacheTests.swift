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
}
