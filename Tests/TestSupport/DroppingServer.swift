import Foundation
import NIOCore
import NIOPosix

/// A TCP server on 127.0.0.1 that accepts each connection and closes it at once,
/// to show what the client does when a connection drops before any answer.
public func withDroppingServer<T>(_ body: (_ baseURL: URL, _ accepted: Recorder<Int>) async throws -> T) async throws -> T {
    let accepted = Recorder<Int>()
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
        .childChannelInitializer { channel in
            accepted.append(1)
            return channel.close()
        }
        .bind(host: "127.0.0.1", port: 0)
        .get()
    do {
        let port = channel.localAddress?.port ?? 0
        let result = try await body(URL(string: "http://127.0.0.1:\(port)")!, accepted)
        try? await channel.close()
        return result
    } catch {
        try? await channel.close()
        throw error
    }
}
