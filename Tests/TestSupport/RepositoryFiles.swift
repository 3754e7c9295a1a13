import Foundation

/// The repository's own default theme and sample orders, found from this file, so tests run the
/// real theme on the real samples from any working directory.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let templates = root.appendingPathComponent("Templates")
    public static let publicFolder = root.appendingPathComponent("Public")
    public static let sampleOrders = root.appendingPathComponent("Sources/SampleOrders/orders")

    /// A sample order's response body.
    public static func sample(_ id: String) throws -> Data {
        try Data(contentsOf: sampleOrders.appendingPathComponent("\(id).json"))
    }
}

/// The ids of the sample orders, named for what each shows.
public enum SampleID {
    public static let apiDocExample = "0c732eb6fd9802a0821a9d29888baee8"
    public static let unicode = "b04079d63708f9f5641cf06864054ebf"
    public static let nullsAndMissing = "c862c2a23454649ab83d4b2a519d7f46"
    public static let limits = "0dbd0295a610d42a25378b130cad6642"
    public static let noFiles = "056e91a7ab48dc2102f62e6cbd670344"
    public static let markdown = "521f6d4365cfa3d32c4f54026b847183"
    /// One left, the limit reached, unlimited, a limit of one, and a URL that is not http(s).
    public static let limitsAndUnavailable = "b10cced0a7e5c3d1f9b2e4a6c8d0f1e2"
    /// Lines without assets, files for the whole order only, and no `text` key at all.
    public static let orderFilesOnly = "f11e5f0a11d2b4c6e8f0a1b3c5d7e9f0"
    /// Markdown with headings, lists, links, code and a long (pipe) table.
    public static let markdownTable = "7ab1e5c0d3e8a1f2b4c6d8e0f2a4b6c8"
    /// Arabic and Hebrew names, file names and Markdown.
    public static let rightToLeft = "a7ab1cde0f2b4c6d8e1a3c5e7b9d1f3a"
    /// Very long names, a 300-character file name without a space.
    public static let longNames = "b19f11e5a0c2e4f6a8b0d2f4a6c8e0a2"
    public static let all = [
        apiDocExample, unicode, nullsAndMissing, limits, noFiles, markdown, limitsAndUnavailable, orderFilesOnly, markdownTable,
        rightToLeft, longNames,
    ]
}
