import Foundation
import PropertyBased
import Testing

@testable import TemplateEngine

/// `TemplateValue(json:)` reads the same values, and words the same errors, as the decoding it
/// replaced (`ReferenceTemplateJSON`: `JSONDecoder` and `JSONTextCheck`).
///
/// One difference is by design: `JSONDecoder` checked a number or a string only when decoding
/// it, so text the old scanner passed but the decoder refused (`1e400`, `"\ud83d"`, bytes that
/// are not UTF-8) got the bare "not valid JSON"; the one-pass parser says where and why. And text
/// that starts with a byte order mark, which the decoder skipped but the old scanner did not (it
/// blamed the mark for any error), now gets the error's real position.
@Suite("TemplateValue(json:) equivalence")
struct JSONEquivalenceTests {
    static func both(_ data: Data) -> (new: Result<TemplateValue, TemplateError>, old: Result<TemplateValue, TemplateError>) {
        (
            Result { () throws(TemplateError) in try TemplateValue(json: data) },
            Result { () throws(TemplateError) in try ReferenceTemplateJSON.value(data) }
        )
    }

    static func check(_ data: Data, _ label: @autoclosure () -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (new, old) = both(data)
        switch (new, old) {
        case (.success(let a), .success(let b)):
            #expect(a == b, "\(label())", sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)):
            if case .invalidData(let reason) = b,
                reason == "not valid JSON" || reason.hasPrefix("not valid JSON: DecodingError")
                    || data.starts(with: [0xEF, 0xBB, 0xBF])
            {
                #expect(a.description.contains("line "), "\(label()): \(a)", sourceLocation: sourceLocation)
            } else {
                #expect(a == b, "\(label())", sourceLocation: sourceLocation)
            }
        default:
            Issue.record("\(label()): new \(new), old \(old)", sourceLocation: sourceLocation)
        }
    }

    @Test(
        "the Mustache spec's files read the same",
        arguments: [
            "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~dynamic-names", "~inheritance", "~lambdas",
        ])
    func specFiles(module: String) throws {
        guard let directory = SpecFiles.directory else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, SpecFiles.absenceMessage)
            return
        }
        let data = try Data(contentsOf: directory.appendingPathComponent("\(module).json"))
        Self.check(data, module)
        #expect(throws: Never.self) { try TemplateValue(json: data) }
    }

    static let scalars: [String] = [
        "null", "true", "false", "0", "-0", "1", "-7", "1.0", "1.5", "-2.25", "1e3", "1E-2", "2.5e10", "9223372036854775807",
        "-9223372036854775808", "9223372036854775808", "1e300", "12345678901234567890123", "0.1", #""""#, #""a""#,
        #""\u00e9\n\t\"\\\/""#, #""\ud83d\ude00""#, #""日本""#, #""\u0000""#, "[]", "{}",
    ]

    /// Random JSON text: nested arrays and objects of the scalars above, repeated names, spacing.
    static func randomText(_ random: inout SeededRandom, depth: Int = 0) -> String {
        switch random.next(5) {
        case 0 where depth < 6:
            let count = random.next(4)
            return "["
                + (0..<count).map { _ in randomText(&random, depth: depth + 1) }.joined(separator: random.next(2) == 0 ? "," : " ,\n ")
                + "]"
        case 1 where depth < 6:
            let names = ["a", "b", "name", "é", "a\\u0062", "", "K"]
            let count = random.next(4)
            return "{"
                + (0..<count).map { _ in "\"\(names[random.next(names.count)])\": " + randomText(&random, depth: depth + 1) }.joined(
                    separator: ",")
                + "}"
        default:
            return scalars[random.next(scalars.count)]
        }
    }

    @Test("random JSON values read the same")
    func randomValues() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int.max)) { seed in
            var random = SeededRandom(seed: UInt64(seed))
            let text = Self.randomText(&random)
            Self.check(Data(text.utf8), "seed \(seed): \(text)")
        }
    }

    @Test(
        "broken JSON is reported in the same words",
        arguments: [
            "", " ", "{nope", "{\"a\": 1,\n \"b\": x}", "{\"a\": ", "[1 2]", "[01]", "\"tab\there\"", "[1,,2]", "[,]", "{,}",
            #"{"a" 1}"#, "[1] x", "[tru]", "[trux]", "[1.]", "[-]", "\"\\x\"", "\"\\u12G4\"", "\"abc", "{\"a\":1}}", "+1", "[1e]",
            "\u{FEFF}", "{\"é\": \"ü\" \"x\"}", "1e400", #""\ud83d""#, #"["\ude00"]"#,
            "\n" + String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
            String(repeating: "{\"a\":", count: 600),
        ])
    func brokenText(text: String) {
        Self.check(Data(text.utf8), text.prefix(80).debugDescription)
    }

    @Test("bytes that are not UTF-8 are located")
    func invalidUTF8() {
        let data = Data([0x5B, 0x22, 0xFF, 0x22, 0x5D])
        Self.check(data, "ff")
        #expect(throws: TemplateError.invalidData(reason: "not valid JSON: line 1, column 3: byte 0xff is not UTF-8")) {
            try TemplateValue(json: data)
        }
    }
}

/// A small seeded generator, so a failing case is reproduced from its seed.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
    }
}
