/// The bytes a render writes: one allocation, grown by doubling when a page outruns its
/// reserved size, written with `memcpy`. `Array.append(contentsOf:)` costs about a hundred
/// instructions a call in checks before it copies, and a page is hundreds of short appends.
///
/// The only pointer code of the renderer: `count <= capacity` always holds, and every write
/// first makes room for itself (``reserve(_:)``), so nothing is written past the allocation.
struct OutputBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The last byte written, if any.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends `length` bytes that `fill` writes, in place.
    mutating func append(length: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        reserve(length)
        fill(UnsafeMutableBufferPointer(start: base + count, count: length))
        count += length
    }

    /// Appends `text` with `indentation` before each line that starts in it: the first if
    /// `startsLine`, and each one after a line end (`lineEnds`, offsets just past each "\n")
    /// that has text after it. Room for all of it is made once, so a text of many short lines
    /// costs one check rather than two appends a line.
    mutating func appendIndented(
        _ text: UnsafeBufferPointer<UInt8>, lineEnds: UnsafeBufferPointer<Int>, indentation: UnsafeBufferPointer<UInt8>,
        startsLine: Bool
    ) {
        guard let source = text.baseAddress else { return }
        guard let indent = indentation.baseAddress else { return append(text) }
        let width = indentation.count
        reserve(text.count + (lineEnds.count + 1) * width)
        var target = base + count
        var segmentStart = 0
        var atLineStart = startsLine
        for end in lineEnds {
            if atLineStart {
                target.initialize(from: indent, count: width)
                target += width
            }
            target.initialize(from: source + segmentStart, count: end - segmentStart)
            target += end - segmentStart
            atLineStart = true
            segmentStart = end
        }
        if segmentStart < text.count {
            if atLineStart {
                target.initialize(from: indent, count: width)
                target += width
            }
            target.initialize(from: source + segmentStart, count: text.count - segmentStart)
            target += text.count - segmentStart
        }
        count = target - base
    }

    /// The bytes from `start` on, in place: valid until this buffer is next written to or
    /// dropped. For the renderer's indentation, read while the page (another buffer) is written.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(start >= 0 && start <= count)
        return UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Drops the bytes past the first `newCount`.
    mutating func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count)
        count = newCount
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(capacity * 2, count + extra)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
