import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// An HTTP/1.1 response as it came off the wire.
struct RawResponse: Sendable {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

struct RawHTTPError: Error, CustomStringConvertible {
    let description: String
}

/// A deliberately raw HTTP client: the request target is sent exactly as given (`/../x`,
/// `%2e%2e`, `%00`), which ordinary clients would normalise or refuse.
enum RawHTTP {
    static func connect(port: Int) async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    static func requestText(
        _ target: String, method: String, port: Int, headers: [(String, String)], close: Bool, host: String? = nil
    ) -> String {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n"
        if close { text += "Connection: close\r\n" }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        return text + "\r\n"
    }

    /// Sends one request on a new connection (`Connection: close`) and reads the whole answer,
    /// giving up after `timeout`.
    static func send(
        _ target: String, method: String = "GET", port: Int, headers: [(String, String)] = [], timeout: Duration = .seconds(10),
        host: String? = nil
    ) async throws -> RawResponse {
        let bytes = try await withTimeout(timeout) {
            let channel = try await connect(port: port)
            return try await channel.executeThenClose { inbound, outbound in
                try await outbound.write(
                    ByteBuffer(string: requestText(target, method: method, port: port, headers: headers, close: true, host: host)))
                var bytes: [UInt8] = []
                for try await buffer in inbound { bytes += buffer.readableBytesView }
                return bytes
            }
        }
        return try parse(bytes)
    }

    static func parse(_ bytes: [UInt8]) throws -> RawResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.firstRange(of: separator) else { throw RawHTTPError(description: "no complete response head") }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw RawHTTPError(description: "bad status line \(head[0])")
        }
        let headers = head.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var body = Array(bytes[end.upperBound...])
        if headers.contains(where: { $0.name.lowercased() == "transfer-encoding" && $0.value.lowercased().contains("chunked") }) {
            body = dechunk(body)
        }
        return RawResponse(status: status, headers: headers, body: body)
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        let crlf: [UInt8] = [13, 10]
        while index < bytes.count, let lineEnd = bytes[index...].firstRange(of: crlf) {
            let sizeText = String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText, radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            output += bytes[start..<min(bytes.count, start + size)]
            index = start + size + 2
        }
        return output
    }
}

/// What an open `/_preview/events` stream has received so far.
final class EventLog: Sendable {
    private let text = Mutex("")
    private let ended = Mutex(false)

    func append(_ buffer: ByteBuffer) { text.withLock { $0 += String(buffer: buffer) } }
    func end() { ended.withLock { $0 = true } }

    var received: String { text.withLock { $0 } }
    var hasEnded: Bool { ended.withLock { $0 } }

    /// How many times `needle` has been received.
    func count(_ needle: String) -> Int { received.components(separatedBy: needle).count - 1 }
}

/// Opens the live-reload event stream for `body`; the connection is closed afterwards.
func withEventStream<T: Sendable>(port: Int, _ body: @Sendable (EventLog) async throws -> T) async throws -> T {
    let channel = try await RawHTTP.connect(port: port)
    let log = EventLog()
    return try await channel.executeThenClose { inbound, outbound in
        try await outbound.write(
            ByteBuffer(string: RawHTTP.requestText("/_preview/events", method: "GET", port: port, headers: [], close: false)))
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                defer { log.end() }
                for try await buffer in inbound { log.append(buffer) }
                return nil
            }
            let result: Result<T, any Error>
            do {
                result = .success(try await body(log))
            } catch {
                result = .failure(error)
            }
            group.cancelAll()
            try? await channel.channel.close()
            while (try? await group.next()) != nil {}
            return try result.get()
        }
    }
}

struct TimedOut: Error, CustomStringConvertible {
    let description = "timed out"
}

/// `operation`, or `TimedOut` after `timeout`.
func withTimeout<T: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw TimedOut()
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// Polls `condition` every 50 ms until it holds or `timeout` passes; returns whether it held.
func eventually(within timeout: Duration = .seconds(5), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try await condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(50))
    }
}
