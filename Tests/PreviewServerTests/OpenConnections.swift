import Foundation
import NIOCore
import NIOPosix

/// Connections that misbehave the way forgotten tabs and slow clients do, for the tests of what
/// the server keeps open. Plain channels: what the server sends is dropped, and a connection the
/// server closes becomes inactive (a client channel closes on end of stream).
enum OpenConnections {
    /// `count` connections that send `text` (possibly nothing, or half a request) and then
    /// nothing more; they stay open until `closeAll` or until the server closes them.
    static func open(_ count: Int, port: Int, sending text: String = "") async throws -> [any Channel] {
        var connections: [any Channel] = []
        for _ in 0..<count {
            let connection = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(5))
                .connect(host: "127.0.0.1", port: port).get()
            connections.append(connection)
            if !text.isEmpty { try await connection.writeAndFlush(ByteBuffer(string: text)) }
        }
        return connections
    }

    static func closeAll(_ connections: [any Channel]) async {
        for connection in connections { try? await connection.close() }
    }

    /// Whether the server closes `connection` within `timeout`; it is closed here either way.
    static func isClosedByServer(_ connection: any Channel, within timeout: Duration) async -> Bool {
        let closed = await eventually(within: timeout) { !connection.isActive }
        try? await connection.close()
        return closed
    }

    /// Opens the live-reload stream, waits for its `hello` (or a refusal), then closes the
    /// connection as a closed tab does, without a word to the server. Returns the status.
    static func abandonEventStream(port: Int) async throws -> Int {
        try await withTimeout(.seconds(10)) {
            let connection = try await RawHTTP.connect(port: port)
            return try await connection.executeThenClose { inbound, outbound in
                try await outbound.write(
                    ByteBuffer(string: RawHTTP.requestText("/_preview/events", method: "GET", port: port, headers: [], close: false)))
                var received: [UInt8] = []
                for try await buffer in inbound {
                    received += buffer.readableBytesView
                    let text = String(decoding: received, as: UTF8.self)
                    if text.contains("event: hello") { return 200 }
                    if text.contains("\r\n\r\n"), !text.hasPrefix("HTTP/1.1 200") {
                        return try RawHTTP.parse(received).status
                    }
                }
                throw RawHTTPError(description: "the stream ended before its hello")
            }
        }
    }
}

/// The file descriptors this process has open: the server's sockets and the tests' both.
enum OpenDescriptors {
    static var count: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }
}

extension OpenConnections {
    /// How many of `connections` the server closes within `timeout`, all waited for at once.
    static func countClosedByServer(_ connections: [any Channel], within timeout: Duration) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            for connection in connections {
                group.addTask { await isClosedByServer(connection, within: timeout) }
            }
            var closed = 0
            for await wasClosed in group where wasClosed { closed += 1 }
            return closed
        }
    }
}
