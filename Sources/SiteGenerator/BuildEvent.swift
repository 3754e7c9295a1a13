import DigitalDownloads

/// What a build tells its caller as it goes, so a terminal can show progress and a CI log the problems.
public enum BuildEvent: Sendable {
    case pageWritten(OrderID, changed: Bool, done: Int, total: Int)
    case orderFailed(OrderFailure, done: Int, total: Int)
    case warning(String)
}
