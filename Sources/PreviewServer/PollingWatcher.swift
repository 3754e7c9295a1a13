import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Watches folders by listing them every `interval` and comparing each entry's type, size,
/// modification time (to the nanosecond) and inode with the previous listing: works on any file
/// system, including those where file events never arrive. Hidden folders are not descended into.
final class PollingWatcher: FileWatcher {
    let mode = WatchMode.polling
    private let roots: [String]
    private let interval: Duration
    /// The polling thread's sleep between listings, cut short by `stop()`. A thread-blocking wait
    /// on purpose: the listings are blocking file-system calls that belong on a thread of their
    /// own, not on the cooperative pool; `DispatchSemaphore` is `Sendable`, so the compiler still
    /// checks this type.
    private let wake = DispatchSemaphore(value: 0)
    private let thread = WatcherThread()

    /// More entries than this under the roots are not looked at (a wrong folder, not a theme).
    static let maximumEntries = 200_000

    struct Entry: Equatable, Sendable {
        let mode: UInt32
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
        let inode: UInt64
    }

    init(roots: [String], interval: Duration) {
        self.roots = roots
        self.interval = interval
    }

    func start(_ onChange: @escaping @Sendable (String) -> Void) {
        guard thread.begin() else { return }
        // Listed before `start` returns, so a change made right after it is seen.
        let first = scan()
        let seconds = interval / .seconds(1)
        thread.run(name: "download-pages polling") { [self] in
            var previous = first
            while wake.wait(timeout: .now() + seconds) == .timedOut {
                let current = scan()
                for path in Self.changes(from: previous, to: current) { onChange(path) }
                previous = current
            }
        }
    }

    func stop() {
        thread.stop { wake.signal() }
    }

    /// Paths added, removed, or whose entry differs, sorted.
    static func changes(from old: [String: Entry], to new: [String: Entry]) -> [String] {
        var changed: [String] = []
        for (path, entry) in new where old[path] != entry { changed.append(path) }
        for path in old.keys where new[path] == nil { changed.append(path) }
        return changed.sorted()
    }

    /// Every entry under the roots (the roots included), without following symbolic links.
    func scan() -> [String: Entry] {
        var entries: [String: Entry] = [:]
        var pending = roots
        while let path = pending.popLast(), entries.count < Self.maximumEntries {
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            #if canImport(Darwin)
                let time = status.st_mtimespec
            #else
                let time = status.st_mtim
            #endif
            entries[path] = Entry(
                mode: UInt32(status.st_mode), size: Int64(status.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                inode: UInt64(status.st_ino))
            let isRoot = roots.contains(path)
            let name = path.split(separator: "/").last.map(String.init) ?? ""
            guard (status.st_mode & S_IFMT) == S_IFDIR, isRoot || !name.hasPrefix(".") else { continue }
            if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
                pending += names.map { path + "/" + $0 }
            }
        }
        return entries
    }
}
