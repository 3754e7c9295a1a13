import Foundation
import PropertyBased
import TestRandom
import Testing

@testable import DigitalDownloads

/// The one-pass reader accepts and rejects exactly what the Codable decoding did (kept as
/// `ReferenceDecoding`): the same models, or the same errors with the same JSON paths.
///
/// One difference is by design: the old `JSONDecoder` checked numbers and strings only when a
/// field was read, so a malformed one (`01`, `1e400`, `"\ud83d"`, bytes that are not UTF-8, a raw
/// tab in a string) passed unnoticed in a field nobody read and read as "an object" in one that
/// was. The reader refuses such a body as not valid JSON, with its line and column, as
/// `JSONSerialization` (which the old decoder used to locate syntax errors) does. So: for a body
/// `JSONSerialization` accepts, the outcomes must be identical; for one it refuses, the reader must
/// say "not valid JSON", in the old words and at the old position wherever the old decoder said so
/// (but for the two positions `isBetterPosition` names). Where the old decoder gave no position
/// (the body ends too soon, a number too large, a lone surrogate), the reader now gives one.
@Suite struct DifferentialDecodingTests {
    static let orderID = "differential"

    enum Outcome: Equatable, CustomStringConvertible {
        case decoded(CustomerAccountOrderResponse)
        case failed(OrderDecodingError)

        var description: String {
            switch self {
            case .decoded(let response): "decoded \(response)"
            case .failed(let error): "failed: \(error)"
            }
        }
    }

    static func fast(_ data: Data) -> Outcome {
        do {
            return .decoded(try CustomerAccountOrderResponse.decode(from: data, orderID: orderID))
        } catch {
            return .failed(error)
        }
    }

    static func reference(_ data: Data) -> Outcome {
        do {
            return .decoded(try ReferenceDecoding.decodeOrder(data, orderID: orderID))
        } catch {
            return .failed(error)
        }
    }

    static func isJSON(_ data: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
    }

    /// Checks one body; returns false (after recording the issue) when the reader disagrees.
    @discardableResult
    static func check(_ data: Data, _ label: @autoclosure () -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let fast = fast(data)
        let reference = reference(data)
        if case .failed(.emptyBody) = reference {
            #expect(fast == reference, "\(label())", sourceLocation: sourceLocation)
            return fast == reference
        }
        if isJSON(data) {
            #expect(fast == reference, "\(label())", sourceLocation: sourceLocation)
            return fast == reference
        }
        guard case .failed(.invalidJSON(_, let detail)) = fast else {
            Issue.record("not JSON, yet the reader says \(fast): \(label())", sourceLocation: sourceLocation)
            return false
        }
        if case .failed(.invalidJSON(_, let old)) = reference, old.hasPrefix("line ") {
            let same = detail == old || isBetterPosition(detail, than: old)
            #expect(same, "\(detail) (was \(old)): \(label())", sourceLocation: sourceLocation)
            return same
        }
        return true
    }

    /// The two places the reader's position is better than the old one, which is otherwise kept:
    /// nesting too deep is located at the bracket (`JSONSerialization` said the byte after it), and
    /// bytes that are not UTF-8 at the first byte that breaks it (`JSONSerialization` said where
    /// the run of non-ASCII bytes around it starts).
    static func isBetterPosition(_ detail: String, than old: String) -> Bool {
        let reasons = ["too many nested arrays or dictionaries", "invalid UTF-8 sequence"]
        return reasons.contains { reason in detail.contains("): \(reason)") && old.contains("): \(reason)") }
    }

    static let samples: [(String, Data)] = SampleID.all.map { ($0, (try? sampleData($0)) ?? Data()) }

    static func sampleTree(_ id: String) throws -> TestJSON {
        try JSONDecoder().decode(TestJSON.self, from: sampleData(id))
    }

    @Test(arguments: SampleID.all)
    func sampleOrdersDecodeToTheSameModels(id: String) throws {
        let data = try sampleData(id)
        guard case .decoded = Self.fast(data) else {
            Issue.record("sample \(id) did not decode: \(Self.fast(data))")
            return
        }
        Self.check(data, id)
        // The same order with every non-ASCII character escaped, and with no whitespace at all.
        let tree = try Self.sampleTree(id)
        Self.check(Data(tree.text(escapeAll: true).utf8), "\(id) escaped")
        #expect(Self.fast(Data(tree.text(escapeAll: true).utf8)) == Self.fast(data))
    }

    /// A small valid order, every field present, to poke at one field at a time.
    static let base = TestJSON.object([
        (
            "order",
            .object([
                ("order_number", .number("1050")),
                (
                    "lines",
                    .array([
                        .object([
                            (
                                "product",
                                .object([
                                    ("id", .string("p1")), ("name", .string("Book")), ("variant_name", .string("Blue")),
                                    ("sku", .string("S")), ("product_id", .number("7")), ("variant_id", .string("8")),
                                    ("vendor", .string("V")), ("tags", .array([.string("a"), .string("b")])),
                                ])
                            ),
                            ("assets", .array([asset])),
                        ])
                    ])
                ),
                ("assets", .array([asset])),
            ])
        ),
        ("text", .object([("title", .string("T")), ("text", .string("Body"))])),
    ])

    static let asset = TestJSON.object([
        ("limits", .object([("downloaded", .number("1")), ("limit", .number("3"))])),
        (
            "data",
            .object([
                ("id", .string("a1")), ("filename", .string("f.pdf")), ("size", .string("10MB")), ("is_file", .bool(true)),
                ("is_link", .bool(false)), ("url", .string("https://x.example/f.pdf")),
            ])
        ),
    ])

    /// Values of every kind and of every troublesome spelling.
    static let oddValues: [TestJSON] = [
        .null, .bool(true), .bool(false), .number("0"), .number("1"), .number("-1"), .number("2"), .number("1.5"),
        .number("1.0"), .number("1e3"), .number("-0"), .number("1E2"), .number("2.5e-3"), .number("9223372036854775807"),
        .number("9223372036854775808"), .number("-9223372036854775809"), .number("1e300"), .number("123456789012345678901234567890"),
        .string(""), .string("  "), .string("x"), .string("12"), .string(" 12 "), .string("#12"), .string("-3"), .string("1.5"),
        .string("true"), .string("TRUE"), .string("0"), .string("1"), .string("a, b,,c"), .string("10MB"), .string(" 2 GB "),
        .string("é\u{0}😀\u{1F}"), .string("\u{2003}"), .array([]),
        .array([.number("1"), .string(" a "), .null, .bool(true), .number("2.5")]),
        .object([]), .object([("x", .number("1"))]),
    ]

    @Test func everyFieldWithEveryKindOfValue() throws {
        var failures = 0
        for path in Self.base.paths {
            for value in Self.oddValues {
                let edited = Self.base.editing(path[...], .replace(value))
                if !Self.check(Data(edited.text().utf8), "\(path) = \(value.text())") { failures += 1 }
            }
            if !path.isEmpty {
                let removed = Self.base.editing(path[...], .remove)
                if !Self.check(Data(removed.text().utf8), "\(path) removed") { failures += 1 }
            }
            guard failures < 20 else { return }
        }
    }

    @Test func repeatedEscapedAndExtraNames() throws {
        for path in Self.base.paths where !path.isEmpty {
            guard case .key(let name)? = path.last else { continue }
            for value in [TestJSON.null, .number("5"), .string("other"), .array([])] {
                // A repeated name: the first wins, whatever the second holds.
                Self.check(Data(Self.base.editing(path[...], .addMember(name, value)).text().utf8), "\(path) repeated as \(value.text())")
                Self.check(Data(Self.base.editing(path[...], .addMember("extra_" + name, value)).text().utf8), "\(path) extra")
            }
        }
        // A name written with escapes is the same name.
        let escaped = Self.base.text().replacingOccurrences(of: "\"order_number\"", with: #""order_\u006eumber""#)
        Self.check(Data(escaped.utf8), "escaped name")
        // The API's error bodies.
        for body in [#"{"message": "Order not found"}"#, #"{"error": "Nope"}"#, #"{"message": "  ", "error": 404}"#, "{}"] {
            Self.check(Data(body.utf8), body)
        }
    }

    /// Bodies that are not JSON, or only just are.
    static let malformed: [String] = [
        "", "   \n", "null", "[]", "\"order\"", "42", "true", "{nope", "{\"order\": {\n  \"order_number\": 1050,\n  \"lines\": [1, }\n}",
        "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "  <html>", #"{"order": {"order_number": 10"#,
        #"{"order": {"order_number": 01, "lines": []}}"#, #"{"order": {"order_number": 1, "lines": []}, "x": 01}"#,
        #"{"order": {"order_number": 1e400, "lines": []}}"#, #"{"order": {"order_number": 1, "lines": [], "assets": null}, "x": -1e400}"#,
        #"{"order": {"order_number": 1, "lines": []}, "text": {"title": "\ud83d"}}"#,
        #"{"order": {"order_number": 1, "lines": []}, "text": {"title": "\ude00 x"}}"#,
        #"{"order": {"order_number": 1, "lines": []}, "text": {"title": "\x"}}"#,
        #"{"order": {"order_number": 1, "lines": []}, "text": {"title": "\u12G4"}}"#,
        "{\"order\": {\"order_number\": 1, \"lines\": []}, \"text\": {\"title\": \"a\tb\"}}",
        #"{"order": {"order_number": 1, "lines": [],}, "text": {"title": "t",},}"#, #"{"order": {"order_number": 1, "lines": [,]}}"#,
        #"{"order": {"order_number": 1, "lines": [] "assets": []}}"#, #"{"order": {"order_number": 1, "lines": []}} x"#,
        #"{"order": {"order_number": 1, "lines": []}}]"#, "{\"order\": {\"order_number\": 1, \"lines\": []}}\u{0}",
        "\u{FEFF}{\"order\": {\"order_number\": 1, \"lines\": []}}", #"{"order": {"order_number": tru, "lines": []}}"#,
        #"{"order": {"order_number": 1., "lines": []}}"#, #"{"order": {"order_number": -, "lines": []}}"#,
        #"{'order': 1}"#, #"{order: 1}"#, "{\"order\": {\"order_number\": 1, \"lines\": []}} // done",
        "[" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "]",
        #"{"order": {"order_number": 1, "lines": [{"product": "#, #"{"order": {"order_number": 1, "lines": [{"product": {"name": "a"#,
    ]

    @Test func malformedBodies() {
        for body in Self.malformed {
            Self.check(Data(body.utf8), body.prefix(120).debugDescription)
        }
        for bytes: [UInt8] in [
            Array(#"{"order": {"order_number": 1, "lines": []}, "text": {"title": ""#.utf8) + [0xFF, 0x22, 0x7D, 0x7D],
            Array(#"{"order": {"order_number": 1, "lines": [{"product": {"name": ""#.utf8) + [
                0xC3, 0x28, 0x22, 0x7D, 0x7D, 0x5D, 0x7D, 0x7D,
            ],
            Array(#"{"x": ""#.utf8) + [0xED, 0xA0, 0x80, 0x22, 0x7D],
        ] {
            Self.check(Data(bytes), "\(bytes)")
        }
    }

    @Test func everyTruncationOfASample() throws {
        let data = try sampleData(SampleID.limitsAndByteSizes)
        var failures = 0
        for length in 0..<data.count where !Self.check(data.prefix(length), "first \(length) bytes") {
            failures += 1
            if failures > 10 { return }
        }
    }

    /// Random edits of the sample orders: values replaced by odd ones, members removed or
    /// repeated, bytes cut, inserted, removed or changed.
    @Test func randomMutationsOfTheSamples() async throws {
        let trees = try SampleID.all.map(Self.sampleTree)
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int.max)) { seed in
            var random = SplitMix(seed: UInt64(seed))
            var tree = trees[Int(random.next() % UInt64(trees.count))]
            for _ in 0...Int(random.next() % 3) {
                let paths = tree.paths
                let path = paths[Int(random.next() % UInt64(paths.count))]
                let value = Self.oddValues[Int(random.next() % UInt64(Self.oddValues.count))]
                switch random.next() % 4 {
                case 0: tree = tree.editing(path[...], .remove)
                case 1:
                    if case .key(let name)? = path.last { tree = tree.editing(path[...], .addMember(name, value)) }
                default: tree = tree.editing(path[...], .replace(value))
                }
            }
            var bytes = Array(tree.text(escapeAll: random.next() % 4 == 0).utf8)
            if random.next() % 3 == 0, !bytes.isEmpty {
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 4 {
                case 0: bytes.removeSubrange(position...)
                case 1: bytes.insert(Self.troubleBytes[Int(random.next() % UInt64(Self.troubleBytes.count))], at: position)
                case 2: bytes.remove(at: position)
                default: bytes[position] = Self.troubleBytes[Int(random.next() % UInt64(Self.troubleBytes.count))]
                }
            }
            Self.check(Data(bytes), "seed \(seed): \(String(decoding: bytes, as: UTF8.self).prefix(300).debugDescription)")
        }
    }

    static let troubleBytes: [UInt8] = Array("{}[],:\"\\ 0123456789.eE+-tfnux".utf8) + [0x00, 0x09, 0x0A, 0x80, 0xC3, 0xED, 0xFF]
}
