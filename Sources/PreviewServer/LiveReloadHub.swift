import Foundation

/// The live-reload channel: every open event stream (`/_preview/events`, server-sent events)
/// subscribes here, and each rebuild is announced to all of them.
final class LiveReloadHub: @unchecked Sendable {
    static let eventsPath = "/_preview/events"

    /// One message of the stream.
    struct Message: Sendable, Equatable {
        enum Kind: String, Sendable { case hello, reload }
        let kind: Kind
        let generation: Int

        /// The text sent on the wire.
        var text: String { "event: \(kind.rawValue)\ndata: \(generation)\n\n" }
    }

    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<Message>.Continuation] = [:]
    private var generation: Int
    private var closed = false

    /// Each preview starts at a generation of its own (random, by default), so a page served by an
    /// earlier run of the preview reloads when the browser reconnects to the new one.
    init(startingAt generation: Int = Int.random(in: 1...999_999) * 1000) {
        self.generation = generation
    }

    /// The current build generation: one more after each rebuild.
    var currentGeneration: Int { lock.withLock { generation } }

    var subscriberCount: Int { lock.withLock { subscribers.count } }

    /// A stream that starts with a `hello` naming the current generation, then a `reload` after
    /// each rebuild; it ends when the hub closes or the consumer stops iterating.
    func subscribe() -> AsyncStream<Message> {
        let (stream, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        let accepted = lock.withLock {
            guard !closed else { return false }
            subscribers[id] = continuation
            continuation.yield(Message(kind: .hello, generation: generation))
            return true
        }
        guard accepted else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Starts a new generation and tells every open stream. Returns the new generation.
    @discardableResult
    func announceRebuild() -> Int {
        lock.withLock {
            generation += 1
            for continuation in subscribers.values { continuation.yield(Message(kind: .reload, generation: generation)) }
            return generation
        }
    }

    /// Ends every stream, so their responses complete and the server can stop; later
    /// subscriptions end at once.
    func close() {
        let open = lock.withLock {
            closed = true
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        for continuation in open { continuation.finish() }
    }
}
