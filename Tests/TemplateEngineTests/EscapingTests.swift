import Foundation
import Testing

@testable import TemplateEngine

@Suite("Escaping and values")
struct EscapingTests {
    @Test("{{name}} escapes & < > \" ' so a value is safe in text and in either kind of quoted attribute")
    func escapesAllFiveCharacters() throws {
        let template = try Template(#"<a title="{{v}}" data-x='{{v}}'>{{v}}</a>"#)
        let output = try template.render(["v": #"<script>alert("x" & 'y')</script>"#]).output
        #expect(
            output
                == #"<a title="&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;" "#
                + #"data-x='&lt;script&gt;alert(&quot;x&quot; &amp; "#
                + #"&#39;y&#39;)&lt;/script&gt;'>&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;</a>"#
        )
    }

    @Test("{{{name}}} and {{& name}} do not escape")
    func tripleAndAmpersandDoNotEscape() throws {
        let template = try Template("{{{v}}}|{{& v}}")
        #expect(try template.render(["v": "<b>'&'</b>"]).output == "<b>'&'</b>|<b>'&'</b>")
    }

    @Test("escaping keeps multi-byte text intact around the replaced characters")
    func escapingKeepsUnicode() {
        #expect(escapeHTML("città <è> 日本 🎉 & ok") == "città &lt;è&gt; 日本 🎉 &amp; ok")
        #expect(escapeHTML("") == "")
        #expect(escapeHTML("plain") == "plain")
    }

    @Test("integers render as integers, whole doubles without a fraction, others in shortest form")
    func numbers() throws {
        let template = try Template("{{a}} {{b}} {{c}} {{d}} {{e}}")
        let json = #"{"a": 10, "b": 10.0, "c": 1.21, "d": -3, "e": 12345678901234}"#
        let output = try template.render(TemplateValue(json: Data(json.utf8))).output
        #expect(output == "10 10 1.21 -3 12345678901234")
    }

    @Test("null, missing names, lists and objects render as nothing; booleans as words")
    func emptyValues() throws {
        let template = try Template("[{{n}}][{{missing}}][{{list}}][{{object}}][{{t}}][{{f}}]")
        let context: TemplateValue = ["n": nil, "list": [1, 2], "object": ["k": "v"], "t": true, "f": false]
        #expect(try template.render(context).output == "[][][][][true][false]")
    }

    @Test("names may hold any Unicode letter and punctuation except whitespace and the closing delimiter")
    func unicodeNames() throws {
        let template = try Template("{{città}} {{prezzo:totale}} {{日本}} {{a-b_c}} {{#città}}{{.}}{{/città}}")
        let context: TemplateValue = ["città": "Roma", "prezzo:totale": "10 €", "日本": "東京", "a-b_c": "ok"]
        #expect(try template.render(context).output == "Roma 10 € 東京 ok Roma")
    }

    @Test("empty string is falsy, zero is truthy")
    func truthiness() throws {
        let template = try Template("{{#s}}S{{/s}}{{^s}}no-s{{/s}} {{#z}}zero:{{z}}{{/z}}")
        #expect(try template.render(["s": "", "z": 0]).output == "no-s zero:0")
    }
}

@Suite("NUL in output")
struct NULEscapingTests {
    @Test("{{name}} replaces NUL, a parse error in HTML, with U+FFFD")
    func escapedNUL() throws {
        let output = try Template("<p title=\"{{v}}\">{{v}}</p>").render(["v": "a\u{0}b"]).output
        #expect(output == "<p title=\"a\u{FFFD}b\">a\u{FFFD}b</p>")
        #expect(escapeHTML("\u{0}<\u{0}") == "\u{FFFD}&lt;\u{FFFD}")
    }

    @Test("{{{name}}} and {{& name}} are raw by definition and keep NUL as it is")
    func rawKeepsNUL() throws {
        let output = try Template("{{{v}}}|{{&v}}").render(["v": "a\u{0}b"]).output
        #expect(output == "a\u{0}b|a\u{0}b")
    }
}
