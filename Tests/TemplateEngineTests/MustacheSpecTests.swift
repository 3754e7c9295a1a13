import Foundation
import Synchronization
import Testing

@testable import TemplateEngine

/// Runs every case of the official Mustache spec's required modules and of the optional
/// inheritance, dynamic-names and lambdas modules, from `../shared/mustache-spec/`.
@Suite("Mustache spec")
struct MustacheSpecTests {
    static let modules = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections",
        "~inheritance", "~dynamic-names", "~lambdas",
    ]

    @Test(
        "every case of the module renders exactly as expected",
        .enabled(if: SpecFiles.directory != nil, SpecFiles.absenceMessage),
        arguments: modules)
    func module(_ module: String) throws {
        let cases = try SpecFiles.cases(of: module)
        var failures: [String] = []
        for specCase in cases {
            let data = SpecLambdas.substitute(in: specCase.data, forCase: specCase.name, module: module)
            let library = TemplateLibrary(sources: specCase.partials)
            do {
                let template = try Template(specCase.template, name: "spec")
                let output = try template.render(data, library: library).output
                if output != specCase.expected {
                    failures.append("\(specCase.name): expected \(specCase.expected.debugDescription), got \(output.debugDescription)")
                }
            } catch {
                failures.append("\(specCase.name): threw \(error)")
            }
        }
        print("Mustache spec \(module): \(cases.count) cases run, \(failures.count) failed")
        #expect(!cases.isEmpty, "the spec file for \(module) has no cases")
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) \(module) cases failed:\n\(failures.joined(separator: "\n"))")
    }

    /// The spec files are the release of the spec these modules were checked against: a file
    /// cut short or swapped for another version shows up here, not as fewer cases passing.
    @Test("the spec holds 194 cases in all", .enabled(if: SpecFiles.directory != nil, SpecFiles.absenceMessage))
    func caseCount() throws {
        let total = try Self.modules.reduce(0) { $0 + (try SpecFiles.cases(of: $1)).count }
        #expect(total == 194)
    }

    /// Skipping is for a developer's machine: on CI (`CI` set) a missing spec must fail the run,
    /// or the engine's conformance would go unchecked without anyone noticing.
    @Test("on CI the spec must be present")
    func presentOnCI() {
        guard ProcessInfo.processInfo.environment["CI"] != nil else { return }
        #expect(SpecFiles.directory != nil, SpecFiles.absenceMessage)
    }
}

/// One case of a spec file.
struct SpecCase: Decodable {
    let name: String
    let template: String
    let expected: String
    let data: TemplateValue
    let partials: [String: String]

    enum CodingKeys: String, CodingKey { case name, template, expected, data, partials }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        template = try container.decode(String.self, forKey: .template)
        expected = try container.decode(String.self, forKey: .expected)
        data = try container.decode(TemplateValue.self, forKey: .data)
        partials = try container.decodeIfPresent([String: String].self, forKey: .partials) ?? [:]
    }
}

enum SpecFiles {
    /// `MUSTACHE_SPEC_DIR`, or `../shared/mustache-spec` beside the repository.
    static let directory: URL? = {
        let environment = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"].map { URL(fileURLWithPath: $0) }
        let beside = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")
        return [environment, beside].compactMap { $0 }.first { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("sections.json").path)
        }
    }()

    static let absenceMessage: Comment =
        "Mustache spec not found: put the spec's JSON files in ../shared/mustache-spec or set MUSTACHE_SPEC_DIR"

    static func cases(of module: String) throws -> [SpecCase] {
        struct File: Decodable { let tests: [SpecCase] }
        let directory = try #require(directory)
        let data = try Data(contentsOf: directory.appendingPathComponent("\(module).json"))
        return try JSONDecoder().decode(File.self, from: data).tests
    }
}

/// Swift equivalents of the spec's lambdas, which the spec gives as code in other languages.
enum SpecLambdas {
    static func substitute(in data: TemplateValue, forCase name: String, module: String) -> TemplateValue {
        guard module == "~lambdas", case .object(var members) = data, members["lambda"] != nil else { return data }
        members["lambda"] = .lambda(lambda(forCase: name))
        return .object(members)
    }

    static func lambda(forCase name: String) -> Lambda {
        switch name {
        case "Interpolation": Lambda { "world" }
        case "Interpolation - Expansion": Lambda { "{{planet}}" }
        case "Interpolation - Alternate Delimiters": Lambda { "|planet| => {{planet}}" }
        case "Interpolation - Multiple Calls":
            {
                let calls = CallCounter()
                return Lambda { String(calls.next()) }
            }()
        case "Escaping": Lambda { ">" }
        case "Section": Lambda { text in text == "{{x}}" ? "yes" : "no" }
        case "Section - Expansion": Lambda { text in text + "{{planet}}" + text }
        case "Section - Alternate Delimiters": Lambda { text in text + "{{planet}} => |planet|" + text }
        case "Section - Multiple Calls": Lambda { text in "__" + text + "__" }
        case "Inverted Section": Lambda { _ in "" }
        default: Lambda { _ in "<no Swift lambda for spec case '\(name)'>" }
        }
    }
}

/// Counts calls from any thread, for lambdas that must not be cached.
final class CallCounter: Sendable {
    private let count = Mutex(0)

    func next() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
