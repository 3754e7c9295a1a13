import PropertyBased
import Testing

@testable import SiteGenerator

/// Strings are split into text and placeholders once per theme load; filling them must give
/// exactly what the one-pass substitution over the text gave, for any text.
@Suite("Placeholder texts")
struct PlaceholderTextTests {
    /// The one-pass substitution that splitting once replaced, kept as the oracle.
    static func reference(_ template: String, _ arguments: [String: String]) -> String {
        ThemeStrings.substitute(template, arguments)
    }

    static let arguments = ["n": "1", "count": "{n}", "name": "Ada", "": "empty"]

    static let texts = Gen<String?>.element(of: ["{", "}", "n", "name", "count", "x", " ", "é", "{\u{301}", "{n}", "{}", "🎉"])
        .map { $0 ?? "" }.array(of: 0...16).map { $0.joined() }

    @Test("filling a split text equals substituting into it, for any text")
    func matchesReference() async {
        await propertyCheck(count: 500, input: Self.texts) { text in
            let filled = PlaceholderText(text).filled { Self.arguments[$0] }
            #expect(filled == Self.reference(text, Self.arguments), "\(text.debugDescription)")
        }
    }

    @Test(
        "known cases",
        arguments: [
            ("{n} of {name}", "1 of Ada"), ("{missing} {n}", "{missing} 1"), ("{{n}}", "{1}"), ("{n", "{n"), ("}{n}{", "}1{"),
            ("{}", "empty"), ("{a{n}}", "{a1}"), ("{count}", "{n}"), ("plain", "plain"), ("", ""),
        ])
    func knownCases(text: String, expected: String) {
        #expect(PlaceholderText(text).filled { Self.arguments[$0] } == expected)
        #expect(Self.reference(text, Self.arguments) == expected)
    }

    @Test("format with a name holding a brace still matches it, as substitution did")
    func braceNames() {
        let strings = ThemeStrings(locale: "en", entries: ["k": .text("<{a{b}>"), "p": .plural(one: "{a{b} one", other: "{count}")])
        #expect(strings.format("k", ["a{b": "X"]) == "<X>")
        #expect(strings.format("p", count: 1, ["a{b": "X"]) == "X one")
        #expect(strings.format("p", count: 2, ["a{b": "X"]) == "2")
        #expect(strings.format("k", ["a": "X"]) == "<{a{b}>")
        #expect(strings.format("missing {n}", ["n": "1"]) == "missing 1", "a missing key is itself the text, as before")
        #expect(strings.format("missing", count: 3) == "missing")
    }
}
