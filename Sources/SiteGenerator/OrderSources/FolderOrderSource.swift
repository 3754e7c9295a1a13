import DigitalDownloads
import Foundation
import SiteOutput

/// A folder of saved responses, `DIR/ID.json`: how themes are developed offline and how the
/// sample orders are built.
public struct FolderOrderSource: OrderCatalog {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public func response(for id: OrderID) async throws(OrderSourceError) -> SourcedResponse {
        // Joined as text: `URL`'s appending asks the file system whether the name is a folder.
        let file = URL(fileURLWithPath: folder.path + "/\(id.rawValue).json", isDirectory: false)
        let limit = CustomerAccountOrderResponse.maximumBodyBytes
        let data: Data
        do {
            data = try BoundedFile.read(file, limit: limit)
        } catch {
            switch error {
            case .notFound:
                throw .notFound("order not found: no file \(file.path)")
            case .tooLarge(let size):
                let megabytes = limit / 1_048_576
                throw .failed("\(file.path) is \(size) bytes, more than the \(limit) bytes (\(megabytes) MiB) a response may have")
            case .cannotRead(let reason):
                throw .failed("\(file.path): cannot read: \(reason)")
            }
        }
        return SourcedResponse(body: data, origin: .saved)
    }

    /// The `*.json` files in the folder whose names are not order ids (`a b.json`, `é.json`): they
    /// are not built, and a person should hear why.
    public func skippedFileNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && (try? OrderID(String($0.dropLast(5)))) == nil }.sorted()
    }

    /// Every order in the folder: the `*.json` files whose names are valid order ids, sorted.
    public func allOrderIDs() throws(OrderSourceError) -> [OrderID] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw .failed("\(folder.path): no such folder, or not readable")
        }
        return names.filter { $0.hasSuffix(".json") }.compactMap { try? OrderID(String($0.dropLast(5))) }.sorted()
    }
}
