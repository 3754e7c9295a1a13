#if os(Linux)
    import Foundation
    import Glibc

    extension InotifyWatcher {
        /// Which folder each inotify watch stands for, and the roots that are gone for now: what an
        /// event means, and how the watches follow folders as they come and go. A value owned by
        /// whoever reads the events (the watcher's thread once started).
        struct Watches: Sendable {
            let descriptor: Int32
            let roots: [String]
            private var folders: [Int32: String] = [:]
            private var missingRoots: Set<String> = []

            static let mask: UInt32 = UInt32(
                IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF
                    | IN_MOVE_SELF | IN_ONLYDIR)

            init(descriptor: Int32, roots: [String]) {
                self.descriptor = descriptor
                self.roots = roots
            }

            /// Whether a root is gone, to be looked for again every second.
            var hasMissingRoots: Bool { !missingRoots.isEmpty }

            /// Watches every root and the folders under it; a root that does not exist yet is missing.
            mutating func watchRoots() throws(WatcherUnavailable) {
                for root in roots {
                    try watchTree(root, report: nil)
                    if !folders.values.contains(root) { missingRoots.insert(root) }
                }
            }

            /// What one event means: the changed path reported, watches added or removed to follow it.
            mutating func handle(watch: Int32, mask: UInt32, name: String, _ onChange: @escaping @Sendable (String) -> Void) {
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: report every root, which means "anything may have changed".
                    for root in roots { onChange(root) }
                    return
                }
                guard let folder = folders[watch] else { return }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[watch] = nil
                    if roots.contains(folder), !folders.values.contains(folder) {
                        missingRoots.insert(folder)
                        onChange(folder)
                    }
                    return
                }
                if mask & UInt32(IN_MOVE_SELF) != 0, roots.contains(folder) {
                    // The root itself was moved away: its watches now report paths that are not under it.
                    unwatchTree(folder)
                    missingRoots.insert(folder)
                    onChange(folder)
                    return
                }
                let path = name.isEmpty ? folder : folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_MOVED_FROM) != 0 { unwatchTree(path) }
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        try? watchTree(path, report: onChange)
                    }
                }
                onChange(path)
            }

            /// Watches the missing roots that are back, reporting them and the files already in them.
            mutating func lookForMissingRoots(_ onChange: @escaping @Sendable (String) -> Void) {
                for root in missingRoots where SiteFolder.kind(root) == .folder {
                    missingRoots.remove(root)
                    // Files may have landed before the watch did: report them too.
                    try? watchTree(root, report: onChange)
                    onChange(root)
                }
            }

            /// Watches `path` and every folder under it (hidden folders aside); with `report`, also
            /// reports every file found, since they may have been written before the watch existed.
            private mutating func watchTree(_ path: String, report: (@Sendable (String) -> Void)?) throws(WatcherUnavailable) {
                let watch = inotify_add_watch(descriptor, path, Self.mask)
                guard watch >= 0 else {
                    if errno == ENOSPC || errno == ENOMEM {
                        throw WatcherUnavailable(reason: "the system's inotify watch limit is reached (fs.inotify.max_user_watches)")
                    }
                    return  // gone already, or not a folder
                }
                folders[watch] = path
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
                for name in names.sorted() {
                    let child = path + "/" + name
                    var status = stat()
                    guard lstat(child, &status) == 0 else { continue }
                    if (status.st_mode & S_IFMT) == S_IFDIR {
                        if !name.hasPrefix(".") { try watchTree(child, report: report) }
                    } else {
                        report?(child)
                    }
                }
            }

            private mutating func unwatchTree(_ path: String) {
                for (watch, folder) in folders where folder == path || folder.hasPrefix(path + "/") {
                    inotify_rm_watch(descriptor, watch)
                    folders[watch] = nil
                }
            }
        }
    }
#endif
