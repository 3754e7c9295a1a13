/// The field readers every model uses, in one place. A field is read by one of three policies:
///
/// - **required** (`FieldDecoding+Required.swift`): a page or a listing cannot do without it;
///   it must be present, non-null and of the right type, else a `DecodingFailure` names its
///   JSON path;
/// - **typed** (`FieldDecoding+Typed.swift`): missing or `null` reads as absent, but a value of
///   the wrong kind is an error, because silently dropping it would misreport the order (a
///   download count, an array of downloads, every field of the v1 orders API);
/// - **lenient** (`FieldDecoding+Lenient.swift`): the field only decorates a page, so an
///   unusable value reads as absent. Each lenient reader is its typed reader with the error
///   dropped, so both coerce the same unambiguous variants (a numeric id, a digit string,
///   `0`/`1` for a boolean).

extension Decoder {
    /// The keyed container of a JSON object, or a path-naming failure when the value is not one.
    func objectContainer<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let value = try JSONValue(from: self)
        switch value {
        case .object:
            return try container(keyedBy: type)
        case .null:
            throw DecodingFailure(codingPath: codingPath, problem: .null(expected: "an object"))
        default:
            throw DecodingFailure(
                codingPath: codingPath,
                problem: .wrongType(expected: "an object", found: value.kindDescription)
            )
        }
    }
}

extension KeyedDecodingContainer {
    /// The value's kind, or nil when the key is absent.
    func probe(_ key: Key) throws -> JSONValue? {
        guard contains(key) else { return nil }
        return try decode(JSONValue.self, forKey: key)
    }

    func failure(_ key: Key, _ problem: DecodingFailure.Problem) -> DecodingFailure {
        DecodingFailure(codingPath: codingPath + [key], problem: problem)
    }
}
