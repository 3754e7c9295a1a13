import Foundation
import PropertyBased
import TestRandom
import Testing

@testable import DigitalDownloads

/// The v1 orders answers too are read as the Codable decoding read them (`ReferenceDecoding`),
/// by the same rule as `DifferentialDecodingTests`: identical outcomes for a body
/// `JSONSerialization` accepts, "not valid JSON" for one it refuses.
@Suite struct DifferentialV1DecodingTests {
    enum Outcome: Equatable {
        case decoded(V1OrderResultPage)
        case failed(V1DecodingError)
    }

    static func check(_ data: Data, _ label: @autoclosure () -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let fast: Outcome
        let reference: Outcome
        do { fast = .decoded(try V1OrderResultPage.decode(from: data, context: "v1")) } catch { fast = .failed(error) }
        do { reference = .decoded(try ReferenceDecoding.decodeV1Page(data, context: "v1")) } catch { reference = .failed(error) }
        if case .failed(.emptyBody) = reference {
            #expect(fast == reference, "\(label())", sourceLocation: sourceLocation)
        } else if DifferentialDecodingTests.isJSON(data) {
            #expect(fast == reference, "\(label())", sourceLocation: sourceLocation)
        } else {
            guard case .failed(.invalidJSON) = fast else {
                Issue.record("not JSON, yet the reader says \(fast): \(label())", sourceLocation: sourceLocation)
                return
            }
        }
    }

    static let examples = [V1OrderDecodingTests.searchExample, V1OrderDecodingTests.viewExample]

    @Test func theDocumentedExamplesWithEveryFieldOfEveryKind() throws {
        for example in Self.examples {
            let tree = try JSONDecoder().decode(TestJSON.self, from: Data(example.utf8))
            Self.check(Data(example.utf8), "example")
            for path in tree.paths {
                for value in DifferentialDecodingTests.oddValues {
                    Self.check(Data(tree.editing(path[...], .replace(value)).text().utf8), "\(path) = \(value.text())")
                }
                Self.check(Data(tree.editing(path[...], .remove).text().utf8), "\(path) removed")
            }
        }
    }

    @Test func randomMutationsOfTheExamples() async throws {
        let trees = try Self.examples.map { try JSONDecoder().decode(TestJSON.self, from: Data($0.utf8)) }
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max)) { seed in
            var random = SplitMix(seed: UInt64(seed))
            var tree = trees[Int(random.next() % UInt64(trees.count))]
            for _ in 0...Int(random.next() % 3) {
                let paths = tree.paths
                let path = paths[Int(random.next() % UInt64(paths.count))]
                let value = DifferentialDecodingTests.oddValues[Int(random.next() % UInt64(DifferentialDecodingTests.oddValues.count))]
                if random.next() % 3 == 0, case .key(let name)? = path.last {
                    tree = tree.editing(path[...], .addMember(name, value))
                } else {
                    tree = tree.editing(path[...], random.next() % 4 == 0 ? .remove : .replace(value))
                }
            }
            var bytes = Array(tree.text().utf8)
            if random.next() % 4 == 0, !bytes.isEmpty { bytes.removeSubrange(Int(random.next() % UInt64(bytes.count))...) }
            Self.check(Data(bytes), "seed \(seed): \(String(decoding: bytes, as: UTF8.self).prefix(300).debugDescription)")
        }
    }
}
