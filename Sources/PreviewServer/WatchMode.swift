/// How the preview learns that files changed.
public enum WatchMode: String, Sendable {
    /// File-system events (Linux inotify): immediate, and cheap however many files there are.
    case events
    /// Listing the folders a few times a second and comparing: for network and synced folders and
    /// containers, where file events are unreliable or missing.
    case polling
}
