import Foundation

@testable import DigitalDownloads

/// The sample orders that ship with the tool, found from this file so tests run from any directory.
let sampleOrdersDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Sources/SampleOrders/orders", isDirectory: true)

enum SampleID {
    static let apiDocExample = "0c732eb6fd9802a0821a9d29888baee8"
    static let unicode = "b04079d63708f9f5641cf06864054ebf"
    static let nullsAndMissing = "c862c2a23454649ab83d4b2a519d7f46"
    static let limitsAndByteSizes = "0dbd0295a610d42a25378b130cad6642"
    static let noFiles = "056e91a7ab48dc2102f62e6cbd670344"
    static let markdown = "521f6d4365cfa3d32c4f54026b847183"
    static let limitsAndUnavailable = "b10cced0a7e5c3d1f9b2e4a6c8d0f1e2"
    static let orderFilesOnly = "f11e5f0a11d2b4c6e8f0a1b3c5d7e9f0"
    static let markdownTable = "7ab1e5c0d3e8a1f2b4c6d8e0f2a4b6c8"
    static let rightToLeft = "a7ab1cde0f2b4c6d8e1a3c5e7b9d1f3a"
    static let longNames = "b19f11e5a0c2e4f6a8b0d2f4a6c8e0a2"
    static let all = [
        apiDocExample, unicode, nullsAndMissing, limitsAndByteSizes, noFiles, markdown, limitsAndUnavailable, orderFilesOnly,
        markdownTable, rightToLeft, longNames,
    ]
}

func sampleData(_ id: String) throws -> Data {
    try Data(contentsOf: sampleOrdersDirectory.appendingPathComponent("\(id).json"))
}

func decodeSample(_ id: String) throws -> CustomerAccountOrderResponse {
    try CustomerAccountOrderResponse.decode(from: sampleData(id), orderID: id)
}

/// Decodes a JSON literal as a response for a made-up order id.
func decodeJSON(_ json: String, orderID: String = "test-order") throws(OrderDecodingError) -> CustomerAccountOrderResponse {
    try CustomerAccountOrderResponse.decode(from: Data(json.utf8), orderID: orderID)
}

/// The error thrown for `json`, or nil if it decoded.
func decodingError(_ json: String, orderID: String = "test-order") -> OrderDecodingError? {
    do {
        _ = try decodeJSON(json, orderID: orderID)
        return nil
    } catch {
        return error
    }
}

/// A minimal valid body with `line` as its only line, for poking at one field.
func bodyWithLine(_ line: String) -> String {
    #"{"order": {"order_number": 1, "lines": [\#(line)]}}"#
}

/// A minimal valid line with `asset` as its only asset.
func lineWithAsset(_ asset: String) -> String {
    #"{"product": {"name": "P"}, "assets": [\#(asset)]}"#
}
