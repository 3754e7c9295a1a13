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
    public static let all = [apiDocExample, unicode, nullsAndMissing, limits, noFiles, markdown]
}
