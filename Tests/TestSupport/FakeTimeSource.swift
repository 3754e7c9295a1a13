import DigitalDownloadsClient
import Foundation
import Synchronization

/// Virtual time: `sleep` records the duration and moves `now` forward at once.
public final class FakeTimeSource: TimeSource, Sendable {
    private struct State {
        var current = Date(timeIntervalSince1970: 1_700_000_000)
        var recorded: [Duration] = []
    }

    private let state = Mutex(State())

    public let start = Date(timeIntervalSince1970: 1_700_000_000)
    /// When false, time stands still: each sleep then shows the whole wait its caller was given.
    public let advancesOnSleep: Bool

    public init(advancesOnSleep: Bool = true) {
        self.advancesOnSleep = advancesOnSleep
    }

    public func now() -> Date { state.withLock { $0.current } }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        let advances = advancesOnSleep
        state.withLock { state in
            state.recorded.append(duration)
            if advances { state.current = state.current.addingTimeInterval(duration / .seconds(1)) }
        }
        await Task.yield()
    }

    public var sleeps: [Duration] { state.withLock { $0.recorded } }

    /// Seconds of virtual time since the start.
    public var elapsed: TimeInterval { now().timeIntervalSince(start) }
}

/// Records the virtual time at which each request starts, then passes it on.
public struct StartRecordingTransport: HTTPTransport {
    public let inner: any HTTPTransport
    public let time: FakeTimeSource
    public let starts = Recorder<Date>()

    public init(inner: any HTTPTransport, time: FakeTimeSource) {
        self.inner = inner
        self.time = time
    }

    public func send(_ request: HTTPRequestSpec) async throws(TransportError) -> HTTPResponseSpec {
        starts.append(time.now())
        return try await inner.send(request)
    }
}

/// A thread-safe list for tests.
public final class Recorder<Element: Sendable>: Sendable {
    public init() {}

    private let items = Mutex<[Element]>([])

    public func append(_ item: Element) { items.withLock { $0.append(item) } }
    public var all: [Element] { items.withLock { $0 } }
}

/// Answers from a script without any network, for tests of the client's own logic.
public struct ScriptedTransport: HTTPTransport {
    public let answers: @Sendable (Int) -> Result<HTTPResponseSpec, TransportError>
    public let calls = Recorder<HTTPRequestSpec>()

    public init(answers: @escaping @Sendable (Int) -> Result<HTTPResponseSpec, TransportError>) {
        self.answers = answers
    }

    public func send(_ request: HTTPRequestSpec) async throws(TransportError) -> HTTPResponseSpec {
        calls.append(request)
        return try answers(calls.all.count).get()
    }
}
