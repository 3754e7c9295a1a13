import Foundation
import Testing

@testable import DigitalDownloadsClient

@Suite struct APITokenTests {
    func file(_ contents: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)")
        try Data(contents.utf8).write(to: url)
        return url
    }

    @Test func aTokenFileLosesItsTrailingNewline() throws {
        let url = try file("1|abcDEF123\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let token = try APIToken.resolve(tokenFile: url.path, environment: [:])
        #expect(token.authorizationHeader == ("Authorization", "Bearer 1|abcDEF123"))
        let crlf = try file("tok\r\n")
        defer { try? FileManager.default.removeItem(at: crlf) }
        #expect(try APIToken(contentsOfFile: crlf.path).authorizationHeader.1 == "Bearer tok")
    }

    @Test func theFileWinsOverTheEnvironmentWhichIsTheFallback() throws {
        let url = try file("from-file")
        defer { try? FileManager.default.removeItem(at: url) }
        let environment = [APIToken.environmentVariable: "from-env\n"]
        #expect(try APIToken.resolve(tokenFile: url.path, environment: environment).authorizationHeader.1 == "Bearer from-file")
        #expect(try APIToken.resolve(tokenFile: nil, environment: environment).authorizationHeader.1 == "Bearer from-env")
    }

    @Test func missingEmptyAndBadTokensAreClearErrorsThatNeverQuoteTheToken() throws {
        #expect(throws: APITokenError.missing) { try APIToken.resolve(tokenFile: nil, environment: [:]) }
        #expect(!APITokenError.missing.description.contains("--"), "the command line adds its own flag hint")
        #expect(APITokenError.missing.description.contains("DIGITAL_DOWNLOADS_API_TOKEN"))
        #expect(throws: APITokenError.unreadableFile(path: "/no/such/token", reason: "no such file")) {
            try APIToken.resolve(tokenFile: "/no/such/token", environment: [:])
        }
        let empty = try file("\n\n")
        let twoLines = try file("secret-one\nsecret-two\n")
        defer {
            try? FileManager.default.removeItem(at: empty)
            try? FileManager.default.removeItem(at: twoLines)
        }
        #expect(throws: APITokenError.empty(source: "token file \(empty.path)")) { try APIToken(contentsOfFile: empty.path) }
        do {
            _ = try APIToken(contentsOfFile: twoLines.path)
            Issue.record("two lines accepted")
        } catch {
            #expect(!error.description.contains("secret"))
            #expect(error == .invalidCharacters(source: "token file \(twoLines.path)"))
        }
        #expect(throws: APITokenError.empty(source: "$DIGITAL_DOWNLOADS_API_TOKEN")) {
            try APIToken.resolve(tokenFile: nil, environment: [APIToken.environmentVariable: " "])
        }
    }

    @Test func everyPrintedFormIsRedacted() throws {
        let token = try APIToken("s3cr3t-token")
        var dumped = ""
        dump(token, to: &dumped)
        for text in ["\(token)", String(describing: token), String(reflecting: token), dumped] {
            #expect(!text.contains("s3cr3t"))
        }
        #expect(token.redact("a s3cr3t-token b") == "a [redacted] b")
    }
}
