import Foundation

/// Where the v2 response bodies come from: the API, a cache in front of it, or a folder of
/// saved responses. Everything after the fetch is the same pipeline.
public protocol OrderSource: Sendable {
    /// The raw `GET /api/v2/customer-account-orders?id=ID` response body.
    func responseBody(for id: OrderID) async throws(OrderSourceError) -> Data
}

/// Why a source could not give an order's body.
public enum OrderSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case failed(String)

    public var description: String {
        switch self {
        case .notFound(let reason), .failed(let reason): reason
        }
    }
}

/// A folder of saved responses, `DIR/ID.json`: how themes are developed offline and how the
/// sample orders are built.
public struct FolderOrderSource: OrderSource {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func responseBody(for id: OrderID) async throws(OrderSourceError) -> Data {
        let file = directory.appendingPathComponent("\(id.rawValue).json")
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw .notFound("order not found: no file \(file.path)")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .failed("\(file.path): cannot read")
        }
        return data
    }

    /// Every order in the folder: the `*.json` files whose names are valid order ids, sorted.
    public func allOrderIDs() throws(OrderSourceError) -> [OrderID] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw .failed("\(directory.path): no such folder, or not readable")
        }
        return names.filter { $0.hasSuffix(".json") }.compactMap { try? OrderID(String($0.dropLast(5))) }.sorted()
    }

    /// Every order in the folder, as a build's list.
    public func allOrderIDsList() throws(OrderSourceError) -> OrderIDList {
        var list = OrderIDList()
        for id in try allOrderIDs() { list.append(id) }
        return list
    }
}
