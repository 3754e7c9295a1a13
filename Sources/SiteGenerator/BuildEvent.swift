import DigitalDownloads

/// What a build tells its caller as it goes, so a terminal can show progress and a CI log the problems.
public enum BuildEvent: Sendable {
    /// Before the first page: the order pages are built in, and how many requests that takes.
    case planned(FetchPlan)
    case pageWritten(OrderID, changed: Bool, origin: ResponseOrigin, done: Int, total: Int)
    case orderFailed(OrderFailure, done: Int, total: Int)
    /// The budget left this order for a later run, and the cache has no response for it.
    case orderDeferred(OrderID, done: Int, total: Int)
    case warning(String)
    /// Every page is written; the file system is being flushed (``SiteBuildConfiguration/flushesToDisk``),
    /// which can take a while on a slow disk.
    case flushing
}
