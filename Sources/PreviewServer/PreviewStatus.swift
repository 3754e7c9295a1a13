import SiteGenerator
import Synchronization

/// What the last build left behind that the server must know: whether the site could be built
/// at all (a theme error shows the error document in place of every page), which orders failed
/// (their page shows the error instead of a stale one), and which pages there are.
///
/// Written by the rebuilds and read by every request at once, so the state sits behind a `Mutex`.
final class PreviewStatus: Sendable {
    struct Snapshot: Sendable {
        var buildError: SiteBuildError?
        var orderFailures: [String: OrderFailure] = [:]
        /// Ids of the orders in the preview, sorted.
        var pages: [String] = []
    }

    private let state = Mutex(Snapshot())

    var snapshot: Snapshot { state.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) {
        state.withLock { change(&$0) }
    }
}
