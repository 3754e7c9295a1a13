import Foundation

/// Realistic v2 customer-account-order responses that ship with the tool, compiled into it by the
/// `EmbedFilesPlugin`, so that a site can be built and a theme developed with no store, no network
/// and no file beside the binary.
public enum SampleOrders {
    /// Response bodies by order id (the file names of `Sources/SampleOrders/orders/ID.json`).
    public static let responses: [String: Data] = {
        var responses: [String: Data] = [:]
        for (path, base64) in embeddedFiles where path.hasPrefix("orders/") && path.hasSuffix(".json") {
            let id = String(path.dropFirst("orders/".count).dropLast(".json".count))
            // The plugin wrote this base64 itself; it always decodes.
            responses[id] = Data(base64Encoded: base64)
        }
        return responses
    }()
}
