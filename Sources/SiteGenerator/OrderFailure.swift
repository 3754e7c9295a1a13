import DigitalDownloads
import SiteOutput
import TemplateEngine

/// Why one order's page was not built. The order's last good page, if any, stays in place.
public struct OrderFailure: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable {
        case fetch(OrderSourceError)
        case decode(OrderDecodingError)
        case render(TemplateError)
        case write(String)
    }

    public let id: OrderID
    public let reason: Reason

    public var description: String {
        switch reason {
        case .fetch(let error): "order \(id): \(error)"
        case .decode(let error): "\(error)"
        case .render(let error): "order \(id): rendering failed: \(error)"
        case .write(let error): "order \(id): \(error)"
        }
    }
}
