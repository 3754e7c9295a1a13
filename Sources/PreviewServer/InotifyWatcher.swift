#if os(Linux)
    import Foundation
    import Glibc

    /// Watches folders with Linux inotify: one watch per folder, added for new folders as they
    /// appear (their contents are reported too, since files may land before the watch does).
    ///
    /// Events are read on a thread of its own, blocked in `poll` on the inotify descriptor and a
    /// wake-up pipe, so watching costs nothing while nothing changes and stopping is immediate.
    /// A watched root that is deleted is looked for again every second and watched once it is back.
    final class InotifyWatcher: FileWatcher, @unchecked Sendable {
        let mode = WatchMode.events
        private let roots: [String]
        private let descriptor: Int32
        private let wakeRead: Int32
        private let wakeWrite: Int32
        private let thread = WatcherThread()
        // Owned by the watcher thread once started.
        private var folders: [Int32: String] = [:]
        private var missingRoots: Set<String> = []

        private static let mask: UInt32 = UInt32(
            IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF
                | IN_MOVE_SELF | IN_ONLYDIR)

        /// Fails when inotify is not available or the system's watch limit is reached.
        init(roots: [String]) throws(WatcherUnavailable) {
            self.roots = roots
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { throw WatcherUnavailable(reason: "inotify: \(String(cString: strerror(errno)))") }
            var pipeEnds: [Int32] = [0, 0]
            guard pipe(&pipeEnds) == 0 else {
                Glibc.close(descriptor)
                throw WatcherUnavailable(reason: "pipe: \(String(cString: strerror(errno)))")
            }
            wakeRead = pipeEnds[0]
            wakeWrite = pipeEnds[1]
            for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            for root in roots {
                try watchTree(root, report: nil)  // on failure, deinit closes the descriptors
                if !folders.values.contains(root) { missingRoots.insert(root) }
            }
        }

        /// Runs only once the thread has ended: the thread holds the watcher while it runs.
        deinit {
            Glibc.close(descriptor)
            Glibc.close(wakeRead)
            Glibc.close(wakeWrite)
        }

        func start(_ onChange: @escaping @Sendable (String) -> Void) {
            guard thread.begin() else { return }
            thread.run(name: "download-pages inotify") { [self] in loop(onChange) }
        }

        func stop() {
            thread.stop {
                var byte: UInt8 = 1
                _ = Glibc.write(wakeWrite, &byte, 1)
            }
        }

        private func loop(_ onChange: @escaping @Sendable (String) -> Void) {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                var descriptors = [
                    pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
                ]
                let ready = poll(&descriptors, 2, missingRoots.isEmpty ? -1 : 1000)
                if ready < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if descriptors[1].revents != 0 { return }
                if descriptors[0].revents & Int16(POLLIN) != 0 { readEvents(&buffer, onChange) }
                lookForMissingRoots(onChange)
            }
        }

        private func readEvents(_ buffer: inout [UInt8], _ onChange: @escaping @Sendable (String) -> Void) {
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return }
                var offset = 0
                let headerSize = MemoryLayout<inotify_event>.size
                while offset + headerSize <= count {
                    let (watch, mask, nameLength) = buffer.withUnsafeBytes { raw in
                        (
                            raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        )
                    }
                    let nameStart = offset + headerSize
                    let nameBytes = buffer[nameStart..<min(count, nameStart + nameLength)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    handle(watch: watch, mask: mask, name: name, onChange)
                    offset = nameStart + nameLength
                }
            }
        }

        private func handle(watch: Int32, mask: UInt32, name: String, _ onChange: @escaping @Sendable (String) -> Void) {
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

        /// Watches `path` and every folder under it (hidden folders aside); with `report`, also
        /// reports every file found, since they may have been written before the watch existed.
        private func watchTree(_ path: String, report: (@Sendable (String) -> Void)?) throws(WatcherUnavailable) {
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

        private func unwatchTree(_ path: String) {
            for (watch, folder) in folders where folder == path || folder.hasPrefix(path + "/") {
                inotify_rm_watch(descriptor, watch)
                folders[watch] = nil
            }
        }

        private func lookForMissingRoots(_ onChange: @escaping @Sendable (String) -> Void) {
            for root in missingRoots where SiteFolder.kind(root) == .folder {
                missingRoots.remove(root)
                // Files may have landed before the watch did: report them too.
                try? watchTree(root, report: onChange)
                onChange(root)
            }
        }
    }
#endif
