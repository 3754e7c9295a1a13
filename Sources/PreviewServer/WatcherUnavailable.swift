/// Why file events cannot be used; the preview then polls.
struct WatcherUnavailable: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
