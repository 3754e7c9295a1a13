import Foundation
import Synchronization

/// The live-reload channel: every open event stream (`/_preview/events`, server-sent events)
/// subscribes here, and each rebuild is announced to all of them.
///
/// Requests subscribe and the rebuilds announce from any thread, synchronously (a stream's end
/// is reported by `onTermination`, which cannot await), so the state sits behind a `Mutex`
/// rather than in an actor.
final class LiveReloadHub: Sendable {
    static let eventsPath = "/_preview/events"

    /// One message of the stream.
    struct Message: Sendable, Equatable {
        enum Kind: String, Sendable { case hello, reload }
        let kind: Kind
        let generation: Int

        /// The text sent on the wire.
        var text: String { "event: \(kind.rawValue)\ndata: \(generation)\n\n" }
    }

    private struct State {
        var subscribers: [UUID: AsyncStream<Message>.Continuation] = [:]
        var generation: Int
        var closed = false
    }

    private let state: Mutex<State>

    /// Each preview starts at a generation of its own (random, by default), so a page served by an
    /// earlier run of the preview reloads when the browser reconnects to the new one.
    init(startingAt generation: Int = Int.random(in: 1...999_999) * 1000) {
        state = Mutex(State(generation: generation))
    }

    /// The current build generation: one more after each rebuild.
    var currentGeneration: Int { state.withLock { $0.generation } }

    var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// A stream that starts with a `hello` naming the current generation, then a `reload` after
    /// each rebuild; it ends when the hub closes or the consumer stops iterating.
    func subscribe() -> AsyncStream<Message> {
        let (stream, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        let accepted = state.withLock { state in
            guard !state.closed else { return false }
            state.subscribers[id] = continuation
            continuation.yield(Message(kind: .hello, generation: state.generation))
            return true
        }
        guard accepted else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Starts a new generation and tells every open stream. Returns the new generation.
    @discardableResult
    func announceRebuild() -> Int {
        state.withLock { state in
            state.generation += 1
            let message = Message(kind: .reload, generation: state.generation)
            for continuation in state.subscribers.values { continuation.yield(message) }
            return state.generation
        }
    }

    /// Ends every stream, so their responses complete and the server can stop; later
    /// subscriptions end at once.
    func close() {
        let open = state.withLock { state in
            state.closed = true
            defer { state.subscribers.removeAll() }
            return Array(state.subscribers.values)
        }
        for continuation in open { continuation.finish() }
    }
}
