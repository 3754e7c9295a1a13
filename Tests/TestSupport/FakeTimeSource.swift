import DigitalDownloadsClient
import Foundation

/// Virtual time: `sleep` records the duration and moves `now` forward at once.
public final class FakeTimeSource: TimeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_700_000_000)
    private var recorded: [Duration] = []

    public let start = Date(timeIntervalSince1970: 1_700_000_000)
    /// When false, time stands still: each sleep then shows the whole wait its caller was given.
    public let advancesOnSleep: Bool

    public init(advancesOnSleep: Bool = true) {
        self.advancesOnSleep = advancesOnSleep
    }

    public func now() -> Date { lock.withLock { current } }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        lock.withLock {
            recorded.append(duration)
            if advancesOnSleep { current = current.addingTimeInterval(duration / .seconds(1)) }
        }
        await Task.yield()
    }

    public var sleeps: [Duration] { lock.withLock { recorded } }

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
public final class Recorder<Element: Sendable>: @unchecked Sendable {
    public init() {}

    private let lock = NSLock()
    private var items: [Element] = []

    public func append(_ item: Element) { lock.withLock { items.append(item) } }
    public var all: [Element] { lock.withLock { items } }
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
