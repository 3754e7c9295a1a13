import Foundation
import TestSupport
import Testing

@testable import PreviewServer

extension PreviewServerTests {
    /// What the preview keeps open: event streams of closed tabs, half-sent requests and idle
    /// connections are released, and the number of streams is bounded, so pages keep being served.
    @Suite("Preview: connection hygiene")
    struct ConnectionHygieneTests {
        static let page = "/orders/\(SampleID.apiDocExample)/"

        /// Short durations, so the tests wait for fractions of a second.
        static func configuration(_ fixture: PreviewFixture, maximumEventStreams: Int = 1000) -> PreviewConfiguration {
            var configuration = fixture.configuration()
            configuration.heartbeatInterval = .milliseconds(100)
            configuration.idleTimeout = .milliseconds(300)
            configuration.maximumEventStreams = maximumEventStreams
            return configuration
        }

        @Test("the hub: a ping is an SSE comment; a stream beyond the bound is refused; a stream not read is ended")
        func hubBoundAndHeartbeat() async throws {
            #expect(LiveReloadHub.Message(kind: .ping, generation: 1).text == ": ping\n\n")
            let hub = LiveReloadHub(startingAt: 10, maximumSubscribers: 2)
            // (A stream dropped unread ends, so each is kept.)
            let first = try hub.subscribe()
            let second = try hub.subscribe()
            #expect(throws: EventStreamLimitReached.self) { try hub.subscribe() }
            #expect(hub.subscriberCount == 2)
            // Nobody reads the streams: once their buffers are full of pings they are ended.
            let heartbeats = Task { await hub.sendHeartbeats(every: .milliseconds(10)) }
            #expect(await eventually { hub.subscriberCount == 0 })
            heartbeats.cancel()
            var received: [LiveReloadHub.Message.Kind] = []
            for await message in first { received.append(message.kind) }
            #expect(received.first == .hello)
            #expect(received.dropFirst().allSatisfy { $0 == .ping })
            let third = try hub.subscribe()
            #expect(hub.subscriberCount == 1, "room again")
            hub.close()
            withExtendedLifetime((second, third)) {}
        }

        @Test("a live stream gets heartbeats and is not closed as idle")
        func heartbeats() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(Self.configuration(fixture)) { preview in
                try await withEventStream(port: preview.port) { stream in
                    #expect(await eventually { stream.count(": ping\n\n") >= 6 }, "pings every 100 ms")
                    #expect(!stream.hasEnded, "longer than the idle timeout, still open")
                    #expect(stream.received.contains("event: hello"))
                }
            }
        }

        @Test("the streams of vanished clients are released: no subscriber, no socket left")
        func abandonedStreamsReleased() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(Self.configuration(fixture)) { preview in
                let before = OpenDescriptors.count
                for _ in 0..<200 {
                    let status = try await OpenConnections.abandonEventStream(port: preview.port)
                    #expect(status == 200)
                }
                #expect(await eventually(within: .seconds(20)) { preview.hub.subscriberCount == 0 }, "\(preview.hub.subscriberCount) left")
                #expect(
                    await eventually(within: .seconds(20)) { OpenDescriptors.count <= before + 32 },
                    "\(OpenDescriptors.count) descriptors open, \(before) before")
            }
        }

        @Test("half-sent requests, silent connections and idle kept-alive connections are closed by the server")
        func slowAndIdleConnectionsClosed() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(Self.configuration(fixture)) { preview in
                let silent = try await OpenConnections.open(20, port: preview.port)
                let halfSent = try await OpenConnections.open(
                    20, port: preview.port, sending: "GET \(Self.page) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: te")
                let kept = try await OpenConnections.open(
                    20, port: preview.port,
                    sending: RawHTTP.requestText(Self.page, method: "GET", port: preview.port, headers: [], close: false))
                #expect(await OpenConnections.countClosedByServer(silent, within: .seconds(10)) == 20, "nothing sent")
                #expect(await OpenConnections.countClosedByServer(halfSent, within: .seconds(10)) == 20, "half a request head")
                #expect(await OpenConnections.countClosedByServer(kept, within: .seconds(10)) == 20, "idle after a response")
            }
        }

        @Test("with hundreds of idle connections and abandoned streams open, a page is answered; all are released")
        func pageAnsweredUnderLoad() async throws {
            let fixture = try PreviewFixture()
            var configuration = Self.configuration(fixture, maximumEventStreams: 64)
            // Long enough for the idle connections to be open still when the page is asked for.
            configuration.idleTimeout = .seconds(5)
            try await withPreview(configuration) { preview in
                let before = OpenDescriptors.count
                let idle = try await OpenConnections.open(300, port: preview.port)
                var statuses: [Int: Int] = [:]
                for _ in 0..<300 {
                    let status = try await OpenConnections.abandonEventStream(port: preview.port)
                    statuses[status, default: 0] += 1
                }
                #expect(Set(statuses.keys).isSubset(of: [200, 503]), "\(statuses)")
                let response = try await RawHTTP.send(Self.page, port: preview.port, timeout: .seconds(5))
                #expect(response.status == 200)
                #expect(await OpenConnections.countClosedByServer(idle, within: .seconds(20)) == 300)
                #expect(await eventually(within: .seconds(20)) { preview.hub.subscriberCount == 0 })
                #expect(
                    await eventually(within: .seconds(20)) { OpenDescriptors.count <= before + 32 },
                    "\(OpenDescriptors.count) descriptors open, \(before) before")
                #expect(try await OpenConnections.abandonEventStream(port: preview.port) == 200, "streams are accepted again")
            }
        }

        @Test("beyond the bound, a new stream is refused with 503 and Retry-After; pages are served; room comes back")
        func streamBound() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(Self.configuration(fixture, maximumEventStreams: 3)) { preview in
                let request = RawHTTP.requestText("/_preview/events", method: "GET", port: preview.port, headers: [], close: false)
                let live = try await OpenConnections.open(3, port: preview.port, sending: request)
                #expect(await eventually { preview.hub.subscriberCount == 3 })
                let refused = try await RawHTTP.send("/_preview/events", port: preview.port)
                #expect(refused.status == 503)
                #expect(refused.header("Retry-After") == "1")
                #expect(preview.hub.subscriberCount == 3)
                #expect(try await preview.get(Self.page).status == 200, "pages are still served")

                await OpenConnections.closeAll(Array(live.prefix(1)))
                #expect(await eventually(within: .seconds(10)) { preview.hub.subscriberCount == 2 })
                #expect(try await OpenConnections.abandonEventStream(port: preview.port) == 200, "room again")
                await OpenConnections.closeAll(Array(live.dropFirst()))
            }
        }
    }
}
