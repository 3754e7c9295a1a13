import PropertyBased
import Testing

@testable import TemplateEngine

/// `TemplateObject` replaced `[String: TemplateValue]` as an object's members: for any members,
/// small (scanned) or big (hashed), it must answer as the dictionary built from them would.
@Suite("TemplateObject")
struct TemplateObjectTests {
    /// Short keys that repeat often, long ones, empty, non-ASCII and a decomposed accent.
    static let key = Gen<String?>.element(of: [
        "", "a", "b", "c", "id", "name", "strings", "title", "é", "e\u{301}", "日本", "a.b", "x y",
        "a_rather_long_member_name_past_fifteen_bytes", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9",
    ]).map { $0 ?? "" }
    static let member = Gen.int(in: 0...1000).map { number -> TemplateValue in .int(number) }
    static let members = zip(Self.key, Self.member).array(of: 0...40).map { $0.map { ($0.0, $0.1) } }

    static func dictionary(_ members: [(String, TemplateValue)]) -> [String: TemplateValue] {
        Dictionary(members, uniquingKeysWith: { _, last in last })
    }

    @Test("lookups, count, keys and iteration match the dictionary of the same members (last repeat wins)")
    func behavesLikeTheDictionary() async {
        await propertyCheck(count: 300, input: Self.members, Self.key) { members, probe in
            let object = TemplateObject(members)
            let dictionary = Self.dictionary(members)
            #expect(object.count == dictionary.count)
            #expect(object.isEmpty == dictionary.isEmpty)
            #expect(Set(object.keys) == Set(dictionary.keys))
            #expect(object.keys.count == Set(object.keys).count)
            #expect(object[probe] == dictionary[probe])
            #expect(object[TemplateObjectKey(probe)] == dictionary[probe])
            for (key, value) in object {
                #expect(dictionary[key] == value)
                #expect(object[TemplateObjectKey(key)] == value)
            }
            #expect(object.dictionary == dictionary)
            #expect(TemplateObject(dictionary) == object)
            #expect(TemplateValue.object(object)[probe] == dictionary[probe])
        }
    }

    @Test("assigning through the subscript adds, replaces and removes as a dictionary's does")
    func assignmentMatchesTheDictionary() async {
        await propertyCheck(count: 200, input: Self.members, Self.key, Gen.int(in: -1...5)) { members, key, change in
            var object = TemplateObject(members)
            var dictionary = Self.dictionary(members)
            let value: TemplateValue? = change < 0 ? nil : .int(change)
            object[key] = value
            dictionary[key] = value
            #expect(object == TemplateObject(dictionary))
            #expect(object.dictionary == dictionary)
        }
    }

    @Test("equality ignores order and compares values, as for dictionaries")
    func equalityIsTheDictionarys() async {
        await propertyCheck(count: 200, input: Self.members, Self.members) { first, second in
            let reversed = TemplateObject(Self.dictionary(first).map { ($0.key, $0.value) }.reversed())
            #expect(TemplateObject(first) == reversed)
            #expect((TemplateObject(first) == TemplateObject(second)) == (Self.dictionary(first) == Self.dictionary(second)))
        }
    }

    @Test("literals: repeated keys keep the last value, at the first one's place")
    func literals() {
        let object: TemplateObject = ["a": 1, "b": 2, "a": 3]
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
        #expect(object["c"] == nil)
        #expect(TemplateObject().isEmpty)
        #expect(TemplateValue.object(["n": "x"])["n"] == "x")
        #expect(object.description == #"["a": int(3), "b": int(2)]"#)
    }

    @Test("canonically equivalent names find each other, as in a dictionary, small or big")
    func canonicalEquivalents() {
        for padding in [0, 20] {
            var members: [(String, TemplateValue)] = (0..<padding).map { ("pad\($0)", .int($0)) }
            members += [("é", 1), ("\u{212A}", 2)]
            let object = TemplateObject(members)
            #expect(object["e\u{301}"] == 1)
            #expect(object["K"] == 2)
            #expect(object[TemplateObjectKey("e\u{301}")] == 1)
        }
    }

    @Test("a render reads values in place: lists of fresh objects, big and small, nested, render as their copies would")
    func renderReadsValuesInPlace() throws {
        func context() -> TemplateValue {
            let big = TemplateObject((0..<20).map { ("k\($0)", TemplateValue.string("v\($0)")) })
            let items: [TemplateValue] = (0..<3).map { index in
                .object(["name": .string("item \(index)"), "big": .object(big), "tags": ["x", "y"]])
            }
            return .object(["items": .array(items), "k5": "root", "title": "T"])
        }
        let template = try Template(
            "{{#items}}[{{name}}:{{big.k19}}:{{#big}}{{k3}}{{/big}}:{{#tags}}{{.}}{{title}}{{/tags}}]{{/items}}{{k5}}")
        let expected = "[item 0:v19:v3:xTyT][item 1:v19:v3:xTyT][item 2:v19:v3:xTyT]root"
        // The same value twice: reading in place leaves it as it was.
        let value = context()
        #expect(try template.render(value).output == expected)
        #expect(try template.render(value).output == expected)
        #expect(value == context())
    }

    /// An object made from a shape is the object made from the same names and values.
    @Test(arguments: [3, 8, 9, 15, 40])
    func shapedObjectsMatchBuiltOnes(count: Int) throws {
        let names = (0..<count).map { "member_\($0)" }
        let shape = TemplateObjectShape(names)
        #expect(shape.count == count)
        for round in 0..<3 {
            let values = names.indices.map { TemplateValue.string("value \(round) \($0)") }
            let shaped = TemplateObject(shape, values)
            let built = TemplateObject(Array(zip(names, values)))
            #expect(shaped == built)
            #expect(shaped.keys == names)
            for (name, value) in zip(names, values) { #expect(shaped[name] == value) }
            #expect(shaped["member_\(count)"] == nil)
            let template = try Template(names.map { "{{\($0)}}" }.joined(separator: ","))
            #expect(try template.render(.object(shaped)).output == names.indices.map { "value \(round) \($0)" }.joined(separator: ","))
            #expect(values == names.indices.map { TemplateValue.string("value \(round) \($0)") }, "the caller's array is left as it was")
        }
    }

    /// Values are moved out of an array that only the object's maker holds: the object keeps
    /// them whole (strings on the heap, lists, nested objects) once the array is gone.
    @Test(arguments: [2, 15])
    func shapedObjectsKeepMovedValues(count: Int) throws {
        let names = (0..<count).map { "member_\($0)" }
        let shape = TemplateObjectShape(names)
        func make(_ round: Int) -> TemplateObject {
            TemplateObject(
                shape,
                names.indices.map { index -> TemplateValue in
                    switch index % 3 {
                    case 0: .string(String(repeating: "long text \(round) ", count: 4) + "\(index)")
                    case 1: .array([.int(round), .string("item \(index) of round \(round), on the heap")])
                    default: .object(TemplateObject(["inner": .string("inner \(index) of round \(round), on the heap")]))
                    }
                })
        }
        let objects = (0..<4).map(make)
        for (round, object) in objects.enumerated() {
            for index in names.indices {
                let expected: TemplateValue =
                    switch index % 3 {
                    case 0: .string(String(repeating: "long text \(round) ", count: 4) + "\(index)")
                    case 1: .array([.int(round), .string("item \(index) of round \(round), on the heap")])
                    default: .object(TemplateObject(["inner": .string("inner \(index) of round \(round), on the heap")]))
                    }
                #expect(object[names[index]] == expected)
            }
        }
    }

    /// Every object of a shape refers to the shape's one layout (its names, hashes and table),
    /// not to copies: making or freeing an object then counts one reference, not three arrays.
    /// The layout lives as long as an object of the shape does, and no longer.
    @Test(arguments: [2, 15])
    func shapedObjectsShareTheShapesLayout(count: Int) throws {
        let names = (0..<count).map { "member_\($0)" }
        weak var layout: TemplateObjectLayout?
        var objects: [TemplateObject] = []
        do {
            let shape = TemplateObjectShape(names)
            layout = shape.layout
            objects = (0..<3).map { round in TemplateObject(shape, names.map { .string("\($0) \(round)") }) }
            for object in objects { #expect(object.storage.layout === shape.layout) }
        }
        #expect(layout != nil, "the objects keep the layout once the shape is gone")
        let template = try Template("{{member_1}}|{{missing}}")
        #expect(try objects.map { try template.render(.object($0)).output } == ["member_1 0|", "member_1 1|", "member_1 2|"])
        objects = []
        #expect(layout == nil, "the layout goes with the last object")
        // Objects built from members have a layout of their own.
        let built = TemplateObject(names.map { ($0, TemplateValue.int(1)) })
        let other = TemplateObject(names.map { ($0, TemplateValue.int(2)) })
        #expect(built.storage.layout !== other.storage.layout)
    }

    /// The layout's filter only ever says "not a member" of names that are not: every member is
    /// found at its place, and every other name is a miss, whether its bit is set or clear.
    @Test(arguments: [1, 5, 8, 9, 40])
    func theMemberFilterNeverHidesAMember(count: Int) {
        let names = (0..<count).map { "member_\($0)" }
        let layout = TemplateObjectShape(names).layout
        #expect(layout.filter == names.reduce(0) { $0 | TemplateObjectLayout.filterBit(of: TemplateObjectKey.hash(of: $1)) })
        for (index, name) in names.enumerated() {
            #expect(layout.index(of: name, hash: TemplateObjectKey.hash(of: name)) == index)
        }
        var passed = 0
        var filtered = 0
        for other in (0..<2_000).map({ "other_\($0)" }) {
            let hash = TemplateObjectKey.hash(of: other)
            #expect(layout.index(of: other, hash: hash) == nil)
            if layout.filter & TemplateObjectLayout.filterBit(of: hash) == 0 { filtered += 1 } else { passed += 1 }
        }
        // Both paths are taken: misses the filter ends, and misses that reach the scan or table.
        #expect(filtered > 0)
        #expect(passed > 0)
    }
}
