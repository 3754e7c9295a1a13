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
