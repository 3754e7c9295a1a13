import DigitalDownloads

/// An order source that can also list the orders it holds, so a build with no ids given builds
/// them all: a folder of saved responses, or responses held in memory.
public protocol OrderCatalog: OrderSource {
    /// Every order it holds, sorted.
    func allOrderIDs() throws(OrderSourceError) -> [OrderID]
}

extension OrderCatalog {
    /// Every order it holds, as a build's list.
    public func allOrderIDsList() throws(OrderSourceError) -> OrderIDList {
        var list = OrderIDList()
        for id in try allOrderIDs() { list.append(id) }
        return list
    }
}
