/// Something that reports paths that changed under a set of folders: created, modified,
/// removed or renamed files and folders, in subfolders too, including folders created after
/// watching started.
protocol FileWatcher: AnyObject, Sendable {
    var mode: WatchMode { get }
    /// Starts watching on the watcher's own thread; `onChange` is called there with each changed path.
    func start(_ onChange: @escaping @Sendable (String) -> Void)
    /// Stops watching and returns once the thread has ended. Safe to call more than once.
    func stop()
}

/// How the preview learns that files changed.
public enum WatchMode: String, Sendable {
    /// File-system events (Linux inotify): immediate, and cheap however many files there are.
    case events
    /// Listing the folders a few times a second and comparing: for network and synced folders and
    /// containers, where file events are unreliable or missing.
    case polling
}

/// Why file events cannot be used; the preview then polls.
struct WatcherUnavailable: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
