/// A new event stream was refused: `limit` streams are open already (see
/// `PreviewConfiguration.maximumEventStreams`).
struct EventStreamLimitReached: Error, Sendable, CustomStringConvertible {
    let limit: Int

    var description: String { "\(limit) live-reload streams are open already" }
}
