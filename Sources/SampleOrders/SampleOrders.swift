import Foundation

/// Realistic v2 customer-account-order responses that ship with the tool, so that a site can be
/// built (the build command's sample-orders option) and a theme developed with no store and no network.
public enum SampleOrders {
    /// The folder of `ID.json` response bodies, or nil when the resources were not installed
    /// beside the executable.
    public static var folder: URL? {
        Bundle.module.url(forResource: "orders", withExtension: nil)
    }
}
