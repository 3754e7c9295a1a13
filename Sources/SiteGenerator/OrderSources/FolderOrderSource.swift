import DigitalDownloads
import Foundation
import SiteOutput

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of saved responses, `DIR/ID.json`: how themes are developed offline and how the
/// sample orders are built.
public struct FolderOrderSource: OrderCatalog {
    public let folder: URL
    /// `folder.path`, worked out once: `URL.path` builds a new string each time it is asked.
    private let folderPath: String

    public init(folder: URL) {
        self.folder = folder
        folderPath = folder.path
    }

    public func response(for id: OrderID) async throws(OrderSourceError) -> SourcedResponse {
        // Joined as text: `URL`'s appending asks the file system whether the name is a folder.
        let file = folderPath + "/\(id.rawValue).json"
        let limit = CustomerAccountOrderResponse.maximumBodyBytes
        let data: Data
        do {
            data = try BoundedFile.read(atPath: file, limit: limit)
        } catch {
            switch error {
            case .notFound:
                throw .notFound("order not found: no file \(file)")
            case .tooLarge(let size):
                let megabytes = limit / 1_048_576
                throw .failed("\(file) is \(size) bytes, more than the \(limit) bytes (\(megabytes) MiB) a response may have")
            case .cannotRead(let reason):
                throw .failed("\(file): cannot read: \(reason)")
            }
        }
        return SourcedResponse(body: data, origin: .saved)
    }

    /// What the folder holds, read once: the orders to build and the files that are skipped.
    public struct Listing: Sendable, Equatable {
        /// The `*.json` files whose names are valid order ids, sorted.
        public var ids: [OrderID]
        /// The `*.json` files whose names are not order ids (`a b.json`, `é.json`), sorted: they
        /// are not built, and a person should hear why. Hidden files are left out.
        public var skippedFileNames: [String]
    }

    /// Reads the folder once (`readdir`; `FileManager` took 45 ms for 15,608 names, and a build
    /// used to list the folder twice).
    public func listing() throws(OrderSourceError) -> Listing {
        guard let names = Self.fileNames(in: folderPath) else {
            throw .failed("\(folderPath): no such folder, or not readable")
        }
        var ids: [OrderID] = []
        var skipped: [String] = []
        for name in names where name.hasSuffix(".json") {
            if let id = try? OrderID(String(name.dropLast(5))) {
                ids.append(id)
            } else if !name.hasPrefix(".") {
                skipped.append(name)
            }
        }
        return Listing(ids: ids.sorted(), skippedFileNames: skipped.sorted())
    }

    /// Why a build given only this folder has nothing to build, for its error line: the folder
    /// by name, what an order file is called, and how many `.json` files were passed over.
    public static func nothingToBuild(in folderPath: String, listing: Listing) -> String {
        let skipped = listing.skippedFileNames.count
        let passedOver =
            skipped == 0
            ? "" : " (\(skipped) .json \(skipped == 1 ? "file is" : "files are") skipped: \(skipped == 1 ? "its name is" : "their names are") not an order id)"
        return "no orders to build: \(folderPath) has no order files, ID.json with ID an order id\(passedOver)"
    }

    /// ``Listing/skippedFileNames``, or none when the folder cannot be read.
    public func skippedFileNames() -> [String] {
        (try? listing())?.skippedFileNames ?? []
    }

    /// Every order in the folder: the `*.json` files whose names are valid order ids, sorted.
    public func allOrderIDs() throws(OrderSourceError) -> [OrderID] {
        try listing().ids
    }

    /// The names in the folder (not `.` and `..`), or nil when it cannot be read.
    private static func fileNames(in path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            // `readdir` answers nil both at the end and on an error, which only `errno` tells apart:
            // a folder that cannot be read whole is not read at all.
            errno = 0
            guard let entry = readdir(directory) else { return errno == 0 ? names : nil }
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }
}
