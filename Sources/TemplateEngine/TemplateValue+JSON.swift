#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension TemplateValue: Decodable {
    /// Decodes any JSON value; whole numbers become `.int` so they render as `10`, never `10.0`.
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

    /// Parses JSON text of any kind (object, array, string, number, …) into a context value.
    public init(json data: Data) throws(TemplateError) {
        do {
            self = try JSONDecoder().decode(TemplateValue.self, from: data)
        } catch {
            throw .invalidData(reason: Self.describe(error, in: data))
        }
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

    /// The decoder's words say neither where the text breaks nor that it is only nested too deep:
    /// `JSONTextCheck` finds both.
    private static func describe(_ error: any Error, in data: Data) -> String {
        guard let decodingError = error as? DecodingError else { return "\(error)" }
        switch decodingError {
        case .dataCorrupted(let context):
            let bytes = [UInt8](data)
            if let problem = JSONTextCheck.problem(in: bytes) {
                switch problem {
                case .tooDeep: return JSONTextCheck.describe(problem, in: bytes)
                case .syntax: return "not valid JSON: " + JSONTextCheck.describe(problem, in: bytes)
                }
            }
            #if canImport(FoundationEssentials)
                let underlying = context.underlyingError.map { "\($0)" }
            #else
                let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            #endif
            return "not valid JSON" + (underlying.map { ": \($0)" } ?? "")
        default:
            return "not valid JSON: \(decodingError)"
        }
    }
}
