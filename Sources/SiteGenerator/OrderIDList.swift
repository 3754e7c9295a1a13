import DigitalDownloads
import Foundation

/// The orders to build: ids from the command line and from an ids file, each built once, in
/// the order first given.
public struct OrderIDList: Sendable {
    public private(set) var ids: [OrderID] = []
    private var seen: Set<OrderID> = []

    public init() {}

    /// Adds ids given as arguments; the first bad one is an error naming it.
    public mutating func add(arguments: [String]) throws(OrderIDListError) {
        for argument in arguments {
            do {
                append(try OrderID(argument))
            } catch {
                throw .invalidArgument(error)
            }
        }
    }

    /// Adds the ids in an ids file's text: one a line; blank lines and `#` comments are skipped.
    /// Every bad line is reported, with its number, not just the first.
    public mutating func add(idsFileText text: String, source: String) throws(OrderIDListError) {
        var problems: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let token = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else { continue }
            do {
                append(try OrderID(token))
            } catch {
                problems.append("\(source):\(index + 1): \(error)")
            }
        }
        if !problems.isEmpty { throw .invalidLines(problems) }
    }

    /// Adds the ids in the file at `path`, or in standard input when `path` is `-`.
    public mutating func add(idsFile path: String) throws(OrderIDListError) {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else { throw .unreadable(path) }
        try add(idsFileText: String(decoding: data, as: UTF8.self), source: path == "-" ? "standard input" : path)
    }

    public mutating func append(_ id: OrderID) {
        if seen.insert(id).inserted { ids.append(id) }
    }

    public var isEmpty: Bool { ids.isEmpty }
}
