// render-loop WHAT FIXTURE COUNT
//
// Renders one fixture's page COUNT times with one engine, for instruction counts under
// `valgrind --tool=callgrind` (stable where wall time is not; these machines have no hardware
// counters). WHAT: ours, swift-mustache, stencil, floor, json-ours, json-swift-mustache, order-ours
// (a build's work for a page short of the disk: the order's response decoded, its page model
// built, the page rendered), decode-ours and model-ours (its first stage, and first two),
// or none (set-up only, to subtract).
import DigitalDownloads
import Foundation
import PageFixtures

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
    print("usage: render-loop WHAT FIXTURE COUNT")
    exit(2)
}
let engines = try Engines()
let page = try BenchmarkPage.fixture(arguments[2], engines: engines)
let orderID = try OrderID(page.name)
var bytes = 0
for _ in 0..<count {
    switch arguments[1] {
    case "ours": bytes += try engines.renderOursBytes(page.context).count
    case "swift-mustache": bytes += engines.renderMustache(page.mustacheContext).utf8.count
    case "stencil": bytes += try engines.renderStencil(page.stencilContext).utf8.count
    case "floor": bytes += BenchmarkPage.appendLines(page.pageLines).count
    case "json-ours": bytes += try engines.renderOursBytes(json: page.contextJSON).count
    case "json-swift-mustache": bytes += try engines.renderMustache(json: page.contextJSON).utf8.count
    case "order-ours": bytes += try engines.buildPageBytes(response: page.responseJSON, id: orderID).count
    case "decode-ours": bytes += try engines.decodeOrder(response: page.responseJSON, id: orderID)
    case "model-ours": bytes += try engines.buildPageModel(response: page.responseJSON, id: orderID).id.rawValue.utf8.count
    case "none": break
    default:
        print("unknown engine \(arguments[1])")
        exit(2)
    }
}
print("\(arguments[1]) \(arguments[2]) \(count) renders, \(bytes) bytes")
