import Foundation
import SiteGenerator

/// What the last build left behind that the server must know: whether the site could be built
/// at all (a theme error shows the error page in place of every page), which orders failed
/// (their page shows the error instead of a stale one), and which pages there are.
final class PreviewStatus: @unchecked Sendable {
    struct Snapshot: Sendable {
        var buildError: SiteBuildError?
        var orderFailures: [String: OrderFailure] = [:]
        /// Ids of the orders in the preview, sorted.
        var pages: [String] = []
    }

    private let lock = NSLock()
    private var state = Snapshot()

    var snapshot: Snapshot { lock.withLock { state } }

    func update(_ change: (inout Snapshot) -> Void) {
        lock.withLock { change(&state) }
    }
}
