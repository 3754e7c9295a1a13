import JSONParsing

/// The fields of one JSON object of a response, found by name in the parsed document.
///
/// A field is read by one of three policies:
///
/// - **required** (`JSONFields+Required.swift`): a page or a listing cannot do without it;
///   it must be present, non-null and of the right type, else a `DecodingFailure` names its
///   JSON path;
/// - **typed** (`JSONFields+Typed.swift`): missing or `null` reads as absent, but a value of
///   the wrong kind is an error, because silently dropping it would misreport the order (a
///   download count, an array of downloads, every field of the v1 orders API);
/// - **lenient** (`JSONFields+Lenient.swift`): the field only decorates a page, so an
///   unusable value reads as absent. Each lenient reader is its typed reader with the error
///   dropped, so both coerce the same unambiguous variants (a numeric id, a digit string,
///   `0`/`1` for a boolean).
///
/// Of a repeated name the first member wins, and a JSON path is worked out only for an error,
/// from the document itself.
struct JSONFields {
    let document: JSONDocument
    /// The object's node in `document`.
    let node: Int

    /// The object at `node`, or a failure naming its path when the value is not one.
    init(_ document: JSONDocument, object node: Int) throws(DecodingFailure) {
        switch document.kind(of: node) {
        case .object:
            self.document = document
            self.node = node
        case .null:
            throw DecodingFailure(path: JSONPath.render(document.path(to: node)), problem: .null(expected: "an object"))
        default:
            throw DecodingFailure(
                path: JSONPath.render(document.path(to: node)),
                problem: .wrongType(expected: "an object", found: JSONValue(document, node: node).kindDescription))
        }
    }

    /// The node of the field's value, or nil when the key is absent.
    func valueNode<Key: CodingKey>(_ key: Key) -> Int? {
        document.member(named: key.stringValue, in: node)
    }

    func contains<Key: CodingKey>(_ key: Key) -> Bool {
        valueNode(key) != nil
    }

    /// The value's kind, or nil when the key is absent.
    func probe<Key: CodingKey>(_ key: Key) -> JSONValue? {
        guard let node = valueNode(key) else { return nil }
        return JSONValue(document, node: node)
    }

    /// The field's JSON path, e.g. `order.lines[1].assets[0].data.url`.
    func path<Key: CodingKey>(_ key: Key) -> String {
        JSONPath.render(document.path(to: node) + [.key(key.stringValue)])
    }

    /// A failure at the field's path.
    func failure<Key: CodingKey>(_ key: Key, _ problem: DecodingFailure.Problem) -> DecodingFailure {
        DecodingFailure(path: path(key), problem: problem)
    }

    /// Reads each element of the array at `arrayNode` as an object, in order; the first that
    /// fails stops the reading with its path (`lines[2].product`).
    func objects<Element>(
        in arrayNode: Int, _ read: (JSONFields) throws(DecodingFailure) -> Element
    ) throws(DecodingFailure) -> [Element] {
        var elements: [Element] = []
        elements.reserveCapacity(document.count(of: arrayNode))
        for element in document.elements(of: arrayNode) {
            elements.append(try read(JSONFields(document, object: element)))
        }
        return elements
    }
}
