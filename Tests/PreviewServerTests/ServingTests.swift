import Foundation
import ServiceLifecycle
import SiteGenerator
import TestSupport
import Testing

@testable import PreviewServer

extension PreviewServerTests {
    /// The preview serving the built site over real HTTP, on an ephemeral 127.0.0.1 port.
    @Suite("Preview: serving the site")
    struct ServingTests {
        @Test("on loopback, a request naming another host (DNS rebinding) is refused with 421; loopback names are answered")
        func onlyLoopbackHosts() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                let page = "/orders/\(SampleID.apiDocExample)/"
                let rebound = try await RawHTTP.send(page, port: preview.port, host: "attacker.example:\(preview.port)")
                #expect(rebound.status == 421)
                #expect(!rebound.text.contains("download"), "nothing of the page")
                for host in ["127.0.0.1:\(preview.port)", "localhost:\(preview.port)", "LOCALHOST", "[::1]:\(preview.port)"] {
                    #expect(try await RawHTTP.send(page, port: preview.port, host: host).status == 200, "\(host)")
                }
                #expect(try await RawHTTP.send("/_preview/events", method: "HEAD", port: preview.port, host: "evil").status == 421)
            }
        }

        @Test("loopback Host values: names, addresses and ports")
        func loopbackHostValues() {
            for allowed in ["127.0.0.1", "127.0.0.1:8080", "127.1.2.3:1", "localhost", "localhost:80", "[::1]", "[::1]:8080"] {
                #expect(LoopbackHost.isAllowed(allowed), "\(allowed)")
            }
            for refused in [
                nil, "", "attacker.example", "127.0.0.1.attacker.example", "localhost.attacker.example:80", "10.0.0.1",
                "127.0.0.1:99999", "[::2]:80", "[::1]x", "127.0.0.256", "0.0.0.0",
            ] as [String?] {
                #expect(!LoopbackHost.isAllowed(refused), "\(refused ?? "nil")")
            }
        }

        @Test("a page is served with the live-reload script and a relaxed CSP; the file on disk is untouched")
        func pageWithInjection() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                #expect(preview.address.root.absoluteString == "http://127.0.0.1:\(preview.port)/")
                #expect(preview.address.firstPage != nil)
                let response = try await preview.get("/orders/\(SampleID.apiDocExample)/")
                #expect(response.status == 200)
                #expect(response.header("Content-Type") == "text/html; charset=utf-8")
                #expect(response.text.contains(/<script src="\/_preview\/reload\.js\?g=[0-9]+" defer><\/script>\n<\/head>/))
                let policy = try #require(response.text.firstMatch(of: /http-equiv="Content-Security-Policy" content="([^"]*)"/)).1
                #expect(policy.contains("script-src 'self'"))
                #expect(policy.contains("connect-src 'self'"))
                #expect(policy.contains("default-src 'none'"), "the rest of the policy stays")
                #expect(Int(response.header("Content-Length") ?? "") == response.body.count)

                let onDisk = try fixture.read(fixture.output.appendingPathComponent("orders/\(SampleID.apiDocExample)/index.html"))
                #expect(!onDisk.contains("_preview"))
                #expect(!onDisk.contains("script-src"))
                #expect(onDisk.count < response.text.count)

                let script = try await preview.get("/_preview/reload.js")
                #expect(script.status == 200)
                #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
                #expect(script.text.contains("new EventSource(\"/_preview/events\")"))
            }
        }

        @Test("Content-Type for html, css, js, svg, png, ico, json and txt")
        func contentTypes() async throws {
            let fixture = try PreviewFixture()
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]
            try Data(png).write(to: fixture.publicFolder.appendingPathComponent("logo.png"))
            try Data([0, 0, 1, 0]).write(to: fixture.publicFolder.appendingPathComponent("favicon.ico"))
            try fixture.write("console.log(1)\n", to: fixture.publicFolder.appendingPathComponent("app.js"))
            try fixture.write("{\"ok\":true}\n", to: fixture.publicFolder.appendingPathComponent("data.json"))
            try await withPreview(fixture.configuration()) { preview in
                let expected = [
                    "/": "text/html; charset=utf-8",
                    "/index.html": "text/html; charset=utf-8",
                    "/style.css": "text/css; charset=utf-8",
                    "/app.js": "text/javascript; charset=utf-8",
                    "/favicon.svg": "image/svg+xml",
                    "/logo.png": "image/png",
                    "/favicon.ico": "image/x-icon",
                    "/data.json": "application/json",
                    "/robots.txt": "text/plain; charset=utf-8",
                ]
                for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
                    let response = try await preview.get(path)
                    #expect(response.status == 200, "\(path)")
                    #expect(response.header("Content-Type") == type, "\(path)")
                    #expect(response.header("X-Content-Type-Options") == "nosniff", "\(path)")
                }
                let logo = try await preview.get("/logo.png")
                #expect(logo.body == png, "binary files are served byte for byte")
            }
        }

        @Test("/orders/ID redirects to /orders/ID/, keeping the query; a folder without index.html is 404")
        func redirect() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                let response = try await preview.get("/orders/\(SampleID.noFiles)")
                #expect(response.status == 301)
                #expect(response.header("Location") == "/orders/\(SampleID.noFiles)/")
                let withQuery = try await preview.get("/orders/\(SampleID.noFiles)?a=1")
                #expect(withQuery.header("Location") == "/orders/\(SampleID.noFiles)/?a=1")
                let target = try await preview.get("/orders/\(SampleID.noFiles)/")
                #expect(target.status == 200)
                #expect(try await preview.get("/orders/").status == 404)
                #expect(try await preview.get("/style.css/").status == 404, "a file is not a folder")
            }
        }

        @Test("ETag and Last-Modified: If-None-Match and If-Modified-Since answered 304")
        func conditionalRequests() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                for path in ["/style.css", "/orders/\(SampleID.apiDocExample)/"] {
                    let first = try await preview.get(path)
                    let etag = try #require(first.header("ETag"), "\(path)")
                    let lastModified = try #require(first.header("Last-Modified"), "\(path)")
                    #expect(first.header("Cache-Control") == "no-cache")

                    let byTag = try await preview.get(path, headers: [("If-None-Match", etag)])
                    #expect(byTag.status == 304, "\(path)")
                    #expect(byTag.body.isEmpty)
                    #expect(byTag.header("ETag") == etag)

                    let byList = try await preview.get(path, headers: [("If-None-Match", "\"nope\", W/\(etag)")])
                    #expect(byList.status == 304, "a weak match in a list")

                    let byDate = try await preview.get(path, headers: [("If-Modified-Since", lastModified)])
                    #expect(byDate.status == 304, "\(path)")

                    let otherTag = try await preview.get(
                        path, headers: [("If-None-Match", "\"nope\""), ("If-Modified-Since", lastModified)])
                    #expect(otherTag.status == 200, "If-None-Match wins over If-Modified-Since")
                    #expect(otherTag.body == first.body)

                    let older = try await preview.get(path, headers: [("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")])
                    #expect(older.status == 200)
                    let garbage = try await preview.get(path, headers: [("If-Modified-Since", "yesterday")])
                    #expect(garbage.status == 200, "an invalid date is ignored")
                }
            }
        }

        @Test("HEAD answers the headers of GET without a body")
        func head() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                for path in ["/orders/\(SampleID.apiDocExample)/", "/style.css", "/nowhere"] {
                    let get = try await preview.get(path)
                    let head = try await preview.head(path)
                    #expect(head.status == get.status, "\(path)")
                    #expect(head.body.isEmpty, "\(path)")
                    #expect(head.header("Content-Length") == String(get.body.count), "\(path)")
                    #expect(head.header("Content-Type") == get.header("Content-Type"), "\(path)")
                    #expect(head.header("ETag") == get.header("ETag"), "\(path)")
                }
            }
        }

        @Test("a styled 404 page, listing the order pages; other methods are 405")
        func notFoundAndMethods() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                let response = try await preview.get("/orders/nosuchorder/")
                #expect(response.status == 404)
                #expect(response.header("Content-Type") == "text/html; charset=utf-8")
                #expect(response.text.contains("<link rel=\"stylesheet\" href=\"/_preview/preview.css\" />"))
                #expect(response.text.contains("<a href=\"/orders/\(SampleID.apiDocExample)/\">"))
                #expect(response.text.contains("/_preview/reload.js"))
                let css = try await preview.get("/_preview/preview.css")
                #expect(css.status == 200)
                #expect(css.header("Content-Type") == "text/css; charset=utf-8")

                let post = try await RawHTTP.send("/", method: "POST", port: preview.port)
                #expect(post.status == 405)
                #expect(post.header("Allow") == "GET, HEAD")
            }
        }

        @Test("a busy port is a clear error, raised before anything is written")
        func portInUse() async throws {
            let first = try PreviewFixture()
            let second = try PreviewFixture()
            try await withPreview(first.configuration()) { preview in
                var configuration = second.configuration()
                configuration.port = preview.port
                let error = await #expect(throws: PreviewError.self) {
                    try await PreviewServer(configuration: configuration).run()
                }
                #expect(error == .portInUse(host: "127.0.0.1", port: preview.port))
                #expect(error?.description == "port \(preview.port) on 127.0.0.1 is already in use (is another preview running?)")
                #expect(error?.description.contains("--port") == false, "the library names no command-line option")
                #expect(!FileManager.default.fileExists(atPath: second.output.appendingPathComponent("orders").path))
            }
        }

        @Test("stopping ends the open event streams, closes the port and stops the watcher")
        func stopsCleanly() async throws {
            let fixture = try PreviewFixture()
            let port = try await withPreview(fixture.configuration()) { preview in preview.port }
            await #expect(throws: (any Error).self, "nothing listens any more") {
                _ = try await RawHTTP.send("/", port: port, timeout: .seconds(5))
            }

            // An event stream open while the preview stops ends, rather than holding the server.
            let recorder = EventRecorder()
            let (addresses, ready) = AsyncStream.makeStream(of: PreviewAddress.self)
            let preview = PreviewServer(
                configuration: fixture.configuration(), events: { recorder.append($0) }, onReady: { ready.yield($0) })
            let running = Task {
                defer { ready.finish() }
                try await preview.run()
            }
            var iterator = addresses.makeAsyncIterator()
            let address = try #require(await iterator.next())
            let ended = try await withEventStream(port: address.port) { stream in
                #expect(await eventually { stream.received.contains("event: hello") })
                running.cancel()
                try await withTimeout(.seconds(10)) { try await running.value }
                return await eventually { stream.hasEnded }
            }
            #expect(ended)
            #expect(recorder.text.contains("preview stopped"))
        }

        @Test("a graceful shutdown (what Ctrl-C starts) stops the preview as a service: streams end, the port closes, it says so")
        func gracefulShutdown() async throws {
            let fixture = try PreviewFixture()
            let recorder = EventRecorder()
            let (addresses, ready) = AsyncStream.makeStream(of: PreviewAddress.self)
            let preview = PreviewServer(
                configuration: fixture.configuration(), events: { recorder.append($0) }, onReady: { ready.yield($0) })
            let group = ServiceGroup(configuration: .init(services: [preview], logger: PreviewServer.quietLogger))
            let running = Task {
                defer { ready.finish() }
                try await group.run()
            }
            defer { running.cancel() }
            var iterator = addresses.makeAsyncIterator()
            let address = try #require(await iterator.next())
            let ended = try await withEventStream(port: address.port) { stream in
                #expect(await eventually { stream.received.contains("event: hello") })
                await group.triggerGracefulShutdown()
                try await withTimeout(.seconds(10)) { try await running.value }
                return await eventually { stream.hasEnded }
            }
            #expect(ended, "the open event stream ended")
            #expect(recorder.events.last?.description == "preview stopped")
            await #expect(throws: (any Error).self, "nothing listens any more") {
                _ = try await RawHTTP.send("/", port: address.port, timeout: .seconds(5))
            }
        }
    }
}
