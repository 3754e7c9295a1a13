import DigitalDownloads
import Foundation
import SiteGenerator
import TemplateEngine

/// One order as every benchmark sees it: its JSON, the context the tool's page model builds from
/// it, that context in each engine's own form, and the page our engine renders.
///
/// A class holding plain values that are never mutated after `init`, so one instance can be shared
/// by the benchmark closures.
public final class BenchmarkPage: @unchecked Sendable {
    /// The fixture's name: `lines-5x2`, `medium`, `lines-50`, or an order id.
    public let name: String
    /// The order page's context, as `OrderPage` builds it for a build in English.
    public let context: TemplateValue
    /// The same context as JSON text: the input of the "JSON bytes to HTML bytes" benchmarks.
    public let contextJSON: Data
    /// The same context for swift-mustache (`[String: Any]`; see ``PeerContext``).
    public let mustacheContext: Any
    /// The same context for Stencil (nulls left out).
    public let stencilContext: [String: Any]
    /// The page our engine renders, as bytes.
    public let page: [UInt8]
    /// The page cut after each line feed: what the floor benchmark appends.
    public let pageLines: [[UInt8]]
    /// The order's v2 response body, as the API sends it: what a site build starts a page from.
    public let responseJSON: Data

    /// Reads the order response in `json` (a v2 body) and builds its page with `engines`.
    public init(name: String, json: Data, engines: Engines) throws {
        self.name = name
        responseJSON = json
        let response = try CustomerAccountOrderResponse.decode(from: json, orderID: name)
        let page = OrderPage(id: try OrderID(name), response: response, strings: engines.strings)
        context = page.context
        mustacheContext = PeerContext.mustache(context)
        stencilContext = PeerContext.stencil(context) as? [String: Any] ?? [:]
        contextJSON = try JSONSerialization.data(withJSONObject: mustacheContext, options: [.sortedKeys])
        self.page = Array(try engines.renderOurs(context).utf8)
        pageLines = self.page.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) + [10] }
    }

    /// The fixture orders of the engine benchmarks (see `Fixtures/`, written by
    /// `scripts/generate-orders.py --fixture NAME`).
    public static let fixtureNames = ["lines-5x2", "medium", "lines-50"]

    /// The folder holding the fixture orders.
    public static let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The sample orders that ship with the tool.
    public static let sampleOrdersFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/SampleOrders/orders").standardizedFileURL

    /// The fixture called `name`.
    public static func fixture(_ name: String, engines: Engines) throws -> BenchmarkPage {
        let url = fixturesFolder.appendingPathComponent(name + ".json")
        return try BenchmarkPage(name: name, json: try Data(contentsOf: url), engines: engines)
    }

    /// Appends the finished page's lines to one buffer: the floor a renderer is measured against
    /// (the least work that produces the page's bytes in one buffer).
    @inline(never)
    public static func appendLines(_ lines: [[UInt8]]) -> [UInt8] {
        var buffer: [UInt8] = []
        for line in lines {
            buffer.append(contentsOf: line)
        }
        return buffer
    }
}
