// check-pages [FOLDER [LIMIT]]
//
// Checks, before anything is timed, that the engines being compared make the same page: for the
// benchmark fixtures, the sample orders and up to LIMIT (default 500) orders of FOLDER, our page
// must equal swift-mustache's, from a Swift context and from JSON text alike, and our JSON path's
// page must equal our page byte for byte. swift-mustache 2.1.1 indents some lines differently (a
// standalone partial in a section after its first item, a block's default content in a parent,
// a blank line inside a block: the spec re-indents them, it does not), so its page must have the
// same lines as ours with only their leading spaces allowed to differ; how many pages are
// byte-identical is printed. Stencil's page (another syntax) must match ours once blank lines and
// indentation are ignored. Exits 1 on any other difference, naming the order and the first line.
// The last line is `RESULT {json}`: orders checked and each fixture's page size, for bench-summary.py.
import Foundation
import PageFixtures

func firstDifference(_ ours: String, _ theirs: String) -> String {
    let left = ours.split(separator: "\n", omittingEmptySubsequences: false)
    let right = theirs.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
        let a = index < left.count ? String(left[index]) : "<end>"
        let b = index < right.count ? String(right[index]) : "<end>"
        if a != b { return "line \(index + 1):\n    ours:   \(a)\n    theirs: \(b)" }
    }
    return "no line differs"
}

/// The page with each line's leading spaces removed, and nothing else changed.
func unindented(_ page: String) -> String {
    page.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " } }.joined(separator: "\n")
}

func normalized(_ page: String) -> String {
    page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
}

let arguments = CommandLine.arguments.dropFirst()
let folder = arguments.first.map { URL(fileURLWithPath: $0) }
let limit = arguments.dropFirst().first.flatMap { Int($0) } ?? 500

let engines = try Engines()
var pages: [BenchmarkPage] = []
var sizes: [String: Int] = [:]
for name in BenchmarkPage.fixtureNames {
    let page = try BenchmarkPage.fixture(name, engines: engines)
    sizes[name] = page.page.count
    pages.append(page)
}
var files = try FileManager.default.contentsOfDirectory(at: BenchmarkPage.sampleOrdersFolder, includingPropertiesForKeys: nil)
if let folder {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    files += names.prefix(limit).map { folder.appendingPathComponent($0) }
}
for file in files where file.pathExtension == "json" {
    let name = file.deletingPathExtension().lastPathComponent
    pages.append(try BenchmarkPage(name: name, json: try Data(contentsOf: file), engines: engines))
}

var failures = 0
var indentationOnly = 0
var stencilDifferences = 0
for page in pages {
    let ours = String(decoding: page.page, as: UTF8.self)
    let candidates: [(String, String)] = [
        ("swift-mustache", engines.renderMustache(page.mustacheContext)),
        ("swift-mustache from JSON", try engines.renderMustache(json: page.contextJSON)),
        ("ours from JSON", try engines.renderOurs(json: page.contextJSON)),
    ]
    for (engine, theirs) in candidates where theirs != ours {
        if engine.hasPrefix("swift-mustache"), unindented(theirs) == unindented(ours) {
            indentationOnly += 1
            continue
        }
        failures += 1
        print("DIFFERENT: order \(page.name), ours vs \(engine), \(firstDifference(ours, theirs))")
        if let dump = ProcessInfo.processInfo.environment["CHECK_PAGES_DUMP"] {
            try? ours.write(toFile: "\(dump)/\(page.name).ours.html", atomically: true, encoding: .utf8)
            try? theirs.write(toFile: "\(dump)/\(page.name).theirs.html", atomically: true, encoding: .utf8)
        }
    }
    let stencil = try engines.renderStencil(page.stencilContext)
    if normalized(stencil) != normalized(ours) {
        stencilDifferences += 1
        if stencilDifferences <= 3 {
            print("STENCIL DIFFERENT: order \(page.name), \(firstDifference(normalized(ours), normalized(stencil)))")
        }
    }
}

let comparisons = pages.count * 3
print(
    "checked \(pages.count) orders: \(comparisons - failures) of \(comparisons) comparisons equal (swift-mustache from a context "
        + "and from JSON, our JSON path), \(comparisons - failures - indentationOnly) byte for byte, \(indentationOnly) "
        + "with swift-mustache's indentation only; Stencil's page matches ours (whitespace aside) for \(pages.count - stencilDifferences)")
for name in BenchmarkPage.fixtureNames {
    print("fixture \(name): page of \(sizes[name] ?? 0) bytes")
}
let result: [String: Any] = [
    "orders": pages.count, "failures": failures, "indentationOnly": indentationOnly, "stencilDifferences": stencilDifferences,
    "pageBytes": sizes,
]
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print("RESULT " + String(decoding: json, as: UTF8.self))
exit(failures == 0 ? 0 : 1)
