import Foundation

@testable import TemplateEngine

/// `TemplateValue(json:)` as it was before `JSONDocument`: Foundation's `JSONDecoder` through
/// `TemplateValue`'s `Decodable` conformance, with `JSONTextCheck` to say where text breaks.
enum ReferenceTemplateJSON {
    static func value(_ data: Data) throws(TemplateError) -> TemplateValue {
        do {
            return try JSONDecoder().decode(TemplateValue.self, from: data)
        } catch {
            throw .invalidData(reason: describe(error, in: data))
        }
    }

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
            let underlying = context.underlyingError.map { "\($0)" }
            return "not valid JSON" + (underlying.map { ": \($0)" } ?? "")
        default:
            return "not valid JSON: \(decodingError)"
        }
    }
}
