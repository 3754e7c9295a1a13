#if os(Linux)
    import Foundation
    import Glibc
    import Synchronization

    /// Watches folders with Linux inotify: one watch per folder, added for new folders as they
    /// appear (their contents are reported too, since files may land before the watch does).
    ///
    /// Events are read on a thread of its own, blocked in `poll` on the inotify descriptor and a
    /// wake-up pipe, so watching costs nothing while nothing changes and stopping is immediate.
    /// A watched root that is deleted is looked for again every second and watched once it is back.
    final class InotifyWatcher: FileWatcher {
        let mode = WatchMode.events
        private let descriptor: Int32
        private let wakeRead: Int32
        private let wakeWrite: Int32
        private let thread = WatcherThread()
        /// The watches made at init, handed over to the watcher thread when it starts: from then on
        /// the thread alone owns them, as a value of its own, and this is empty.
        private let unstarted = Mutex<Watches?>(nil)

        /// Fails when inotify is not available or the system's watch limit is reached.
        init(roots: [String]) throws(WatcherUnavailable) {
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
            var watches = Watches(descriptor: descriptor, roots: roots)
            try watches.watchRoots()  // on failure, deinit closes the descriptors
            unstarted.withLock { $0 = watches }
        }

        /// Runs only once the thread has ended: the thread holds the watcher while it runs.
        deinit {
            Glibc.close(descriptor)
            Glibc.close(wakeRead)
            Glibc.close(wakeWrite)
        }

        func start(_ onChange: @escaping @Sendable (String) -> Void) {
            guard thread.begin(), let watches = unstarted.withLock({ $0.take() }) else { return }
            thread.run(name: "download-pages inotify") { [self] in
                var watches = watches
                loop(&watches, onChange)
            }
        }

        func stop() {
            thread.stop {
                var byte: UInt8 = 1
                _ = Glibc.write(wakeWrite, &byte, 1)
            }
        }

        private func loop(_ watches: inout Watches, _ onChange: @escaping @Sendable (String) -> Void) {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                var descriptors = [
                    pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
                ]
                let ready = poll(&descriptors, 2, watches.hasMissingRoots ? 1000 : -1)
                if ready < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if descriptors[1].revents != 0 { return }
                if descriptors[0].revents & Int16(POLLIN) != 0 { readEvents(&buffer, into: &watches, onChange) }
                watches.lookForMissingRoots(onChange)
            }
        }

        /// Reads every pending event and hands each to `watches`.
        private func readEvents(_ buffer: inout [UInt8], into watches: inout Watches, _ onChange: @escaping @Sendable (String) -> Void) {
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
                    watches.handle(watch: watch, mask: mask, name: name, onChange)
                    offset = nameStart + nameLength
                }
            }
        }
    }
#endif
