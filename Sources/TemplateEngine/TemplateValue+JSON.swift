import JSONParsing

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension TemplateValue: Decodable {
    /// Decodes any JSON value; whole numbers become `.int` so they render as `10`, never `10.0`.
    /// For a `TemplateValue` inside a caller's own `Decodable` model; JSON text itself is read
    /// faster by `init(json:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([TemplateValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: TemplateValue].self) {
            self = .object(TemplateObject(value))
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    /// Parses JSON text of any kind (object, array, string, number, …) into a context value, in
    /// one pass over the bytes (`JSONDocument`). Whole numbers that fit an `Int` (`10`, `10.0`,
    /// `1e3`) become `.int`; of a repeated member name the first wins, as with `JSONDecoder`.
    public init(json data: Data) throws(TemplateError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: data)
        } catch {
            if case .tooDeep = error.reason { throw .invalidData(reason: error.description) }
            throw .invalidData(reason: "not valid JSON: \(error.description)")
        }
        self.init(document, node: document.root)
    }

    /// Converts any `Encodable` Swift value by way of its JSON form.
    public init(encoding value: some Encodable) throws(TemplateError) {
        let data: Data
        do {
            data = try JSONEncoder().encode(value)
        } catch {
            throw .invalidData(reason: "cannot encode \(type(of: value)): \(error)")
        }
        try self.init(json: data)
    }

    /// The value of `node` and everything inside it.
    private init(_ document: JSONDocument, node: Int) {
        switch document.kind(of: node) {
        case .null:
            self = .null
        case .bool:
            self = .bool(document.bool(at: node))
        case .number:
            switch document.number(at: node) {
            case .integer(let value)?:
                self = Int(exactly: value).map { .int($0) } ?? .double(Double(value))
            case .double(let value)?:
                self = .double(value)
            case nil:
                self = .null
            }
        case .string:
            self = .string(document.string(at: node))
        case .array:
            var elements: [TemplateValue] = []
            elements.reserveCapacity(document.count(of: node))
            for element in document.elements(of: node) {
                elements.append(TemplateValue(document, node: element))
            }
            self = .array(elements)
        case .object:
            var members: [(String, TemplateValue)] = []
            members.reserveCapacity(document.count(of: node))
            for (key, value) in document.members(of: node) {
                members.append((document.string(at: key), TemplateValue(document, node: value)))
            }
            var object = TemplateObject(members)
            if object.count < members.count {
                // A name repeats: the first one wins, as with `JSONDecoder` (rare, so done again).
                var seen = Set<String>()
                object = TemplateObject(members.filter { seen.insert($0.0).inserted })
            }
            self = .object(object)
        }
    }
}
