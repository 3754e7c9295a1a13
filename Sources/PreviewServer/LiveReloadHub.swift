import Foundation
import Synchronization

/// The live-reload channel: every open event stream (`/_preview/events`, server-sent events)
/// subscribes here, and each rebuild is announced to all of them.
///
/// Requests subscribe and the rebuilds announce from any thread, synchronously (a stream's end
/// is reported by `onTermination`, which cannot await), so the state sits behind a `Mutex`
/// rather than in an actor.
///
/// The hub bounds how many streams are open (`maximumSubscribers`) and sends every stream a
/// heartbeat (`sendHeartbeats(every:)`): a stream whose browser went away is noticed only when
/// something is written to it, and without a heartbeat nothing is until the next rebuild, so its
/// socket would stay open (in `CLOSE_WAIT`) for as long as nobody edits a file.
final class LiveReloadHub: Sendable {
    static let eventsPath = "/_preview/events"

    /// One message of the stream.
    struct Message: Sendable, Equatable {
        enum Kind: String, Sendable { case hello, reload, ping }
        let kind: Kind
        let generation: Int

        /// The text sent on the wire: a ping is an SSE comment, which `EventSource` ignores.
        var text: String {
            kind == .ping ? ": ping\n\n" : "event: \(kind.rawValue)\ndata: \(generation)\n\n"
        }
    }

    /// How many messages a stream holds for a consumer that has not taken them yet.
    static let bufferSize = 8

    private struct State {
        var subscribers: [UUID: AsyncStream<Message>.Continuation] = [:]
        var generation: Int
        var closed = false
    }

    private let state: Mutex<State>
    /// How many streams may be open at once; see `subscribe()`.
    let maximumSubscribers: Int

    /// Each preview starts at a generation of its own (random, by default), so a page served by an
    /// earlier run of the preview reloads when the browser reconnects to the new one.
    init(startingAt generation: Int = Int.random(in: 1...999_999) * 1000, maximumSubscribers: Int = 64) {
        state = Mutex(State(generation: generation))
        self.maximumSubscribers = max(1, maximumSubscribers)
    }

    /// The current build generation: one more after each rebuild.
    var currentGeneration: Int { state.withLock { $0.generation } }

    var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// A stream that starts with a `hello` naming the current generation, then a `reload` after
    /// each rebuild (and a `ping` at each heartbeat); it ends when the hub closes or the consumer
    /// stops iterating.
    ///
    /// Throws `EventStreamLimitReached` when `maximumSubscribers` streams are open already.
    func subscribe() throws(EventStreamLimitReached) -> AsyncStream<Message> {
        let (stream, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(Self.bufferSize))
        let id = UUID()
        let accepted = try state.withLock { state throws(EventStreamLimitReached) -> Bool in
            guard !state.closed else { return false }
            guard state.subscribers.count < maximumSubscribers else { throw EventStreamLimitReached(limit: maximumSubscribers) }
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

    /// Sends a `ping` to every open stream every `interval` until cancelled, so each response
    /// writes to its socket and a browser that went away is noticed (the write fails) and its
    /// stream and connection released.
    ///
    /// A stream whose buffer is full has not been read for `bufferSize` heartbeats: its browser
    /// is stuck or gone, so its stream is ended rather than left to drop its last `reload`.
    func sendHeartbeats(every interval: Duration) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            let stalled = state.withLock { state in
                let ping = Message(kind: .ping, generation: state.generation)
                var stalled: [AsyncStream<Message>.Continuation] = []
                for continuation in state.subscribers.values {
                    switch continuation.yield(ping) {
                    case .enqueued(remaining: 0), .dropped: stalled.append(continuation)
                    case .enqueued, .terminated: break
                    @unknown default: break
                    }
                }
                return stalled
            }
            for continuation in stalled { continuation.finish() }
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
