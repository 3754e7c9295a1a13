import DigitalDownloads
import Foundation

/// Response bodies held in memory, by order id: how the sample orders compiled into the tool are
/// built, with nothing read from disk.
public struct InMemoryOrderSource: OrderCatalog {
    public let bodies: [OrderID: Data]

    public init(bodies: [OrderID: Data]) {
        self.bodies = bodies
    }

    /// The bodies whose keys are valid order ids; any other key is left out.
    public init(bodiesByID: [String: Data]) {
        var bodies: [OrderID: Data] = [:]
        for (key, body) in bodiesByID {
            if let id = try? OrderID(key) { bodies[id] = body }
        }
        self.init(bodies: bodies)
    }

    public func response(for id: OrderID) async throws(OrderSourceError) -> SourcedResponse {
        guard let body = bodies[id] else { throw .notFound("order not found: \(id) is not among the sample orders") }
        return SourcedResponse(body: body, origin: .saved)
    }

    public func allOrderIDs() throws(OrderSourceError) -> [OrderID] {
        bodies.keys.sorted()
    }
}
