import Foundation
import Testing

@testable import PreviewServer

extension PreviewServerTests {
    /// No request can reach a file outside the output folder: each attempt is answered 404, with
    /// the preview's own page, never the file.
    @Suite("Preview: no path escapes the output folder")
    struct PathEscapeTests {
        static let attempts = [
            "/../Package.swift",
            "/../secret.txt",
            "/orders/../../secret.txt",
            "/%2e%2e/Package.swift",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/%2e./secret.txt",
            "/orders/%2e%2e/%2e%2e/x",
            "/orders/%2e%2e/%2e%2e/secret.txt",
            "/%2e%2e%2fsecret.txt",
            "/..%2fsecret.txt",
            "/orders%2f..%2f..%2fsecret.txt",
            "/orders%2F%2E%2E%2F%2E%2E%2Fsecret.txt",
            "/%5c..%5csecret.txt",
            "/..%5csecret.txt",
            "/%00",
            "/style.css%00",
            "/style.css%00.txt",
            "/%2e%2e%00/secret.txt",
            "//secret.txt",
            "/%2fsecret.txt",
            "/%",
            "/%2",
            "/%zz",
            "/%c0%ae%c0%ae/secret.txt",
            "/.download-pages-manifest.json",
            "/leak.txt",
            "/leak-folder/secret.txt",
            "/leak-folder/Package.swift",
            "/orders/leak/index.html",
            "/orders/leak/",
        ]

        @Test("'..', %2e%2e, encoded slashes and backslashes, NUL, bad encodings, hidden files and symlinks out: all 404")
        func escapesAreNotFound() async throws {
            let fixture = try PreviewFixture()
            try await withPreview(fixture.configuration()) { preview in
                // Symbolic links placed in the served folder, pointing outside it.
                let files = FileManager.default
                try files.createSymbolicLink(
                    at: fixture.output.appendingPathComponent("leak.txt"),
                    withDestinationURL: fixture.root.appendingPathComponent("secret.txt"))
                try files.createSymbolicLink(at: fixture.output.appendingPathComponent("leak-folder"), withDestinationURL: fixture.root)
                let leakPage = fixture.output.appendingPathComponent("orders/leak")
                try files.createDirectory(at: leakPage, withIntermediateDirectories: true)
                try files.createSymbolicLink(
                    at: leakPage.appendingPathComponent("index.html"), withDestinationURL: fixture.root.appendingPathComponent("secret.txt")
                )
                // A link that stays inside the folder is fine.
                try files.createSymbolicLink(
                    at: fixture.output.appendingPathComponent("inside.css"),
                    withDestinationURL: fixture.output.appendingPathComponent("style.css"))

                for target in Self.attempts {
                    let response = try await preview.get(target)
                    #expect(response.status == 404 || response.status == 400, "\(target) → \(response.status)")
                    #expect(!response.text.contains(PreviewFixture.secret), "\(target) leaked the file")
                    let head = try await preview.head(target)
                    #expect(head.status == 404 || head.status == 400, "HEAD \(target) → \(head.status)")
                }
                // The ones the brief names must be a plain 404 (the server's parser does not refuse them first).
                for target in [
                    "/../Package.swift", "/%2e%2e/Package.swift", "/orders/%2e%2e/%2e%2e/x", "/leak.txt", "/%00", "/..%2fsecret.txt",
                ] {
                    #expect(try await preview.get(target).status == 404, "\(target)")
                }
                let inside = try await preview.get("/inside.css")
                #expect(inside.status == 200)
                #expect(inside.header("Content-Type") == "text/css; charset=utf-8")
            }
        }

        @Test("path segments: decoded strictly, anything that could climb out refused")
        func segments() {
            #expect(SiteFolder.segments(ofRawPath: "/") == [])
            #expect(SiteFolder.segments(ofRawPath: "/orders/abc/") == ["orders", "abc"])
            #expect(SiteFolder.segments(ofRawPath: "/caf%C3%A9.txt") == ["café.txt"])
            #expect(SiteFolder.segments(ofRawPath: "/a+b%20c") == ["a+b c"])
            for refused in [
                "", "x", "/..", "/a/../b", "/%2e%2e", "/%2E.", "/a%2fb", "/a%2Fb", "/a%5cb", "/a%00", "/a%0a", "//a", "/a//b", "/%", "/%g0",
                "/%ff", "/.hidden",
            ] {
                #expect(SiteFolder.segments(ofRawPath: refused) == nil, "\(refused)")
            }
        }

        @Test("resolution follows symbolic links and refuses those that lead out")
        func resolution() throws {
            let fixture = try PreviewFixture()
            let files = FileManager.default
            try files.createDirectory(at: fixture.output.appendingPathComponent("orders/a"), withIntermediateDirectories: true)
            try fixture.write("page", to: fixture.output.appendingPathComponent("orders/a/index.html"))
            try files.createSymbolicLink(at: fixture.output.appendingPathComponent("out"), withDestinationURL: fixture.root)
            let folder = try #require(SiteFolder(fixture.output))
            guard case .file(let path, let segments) = folder.resolve(rawPath: "/orders/a/") else {
                Issue.record("expected a file")
                return
            }
            #expect(path.hasSuffix("/orders/a/index.html"))
            #expect(segments == ["orders", "a", "index.html"])
            #expect(folder.resolve(rawPath: "/orders/a", query: "x=1") == .redirect(location: "/orders/a/?x=1"))
            #expect(folder.resolve(rawPath: "/out/secret.txt") == .notFound(segments: ["out", "secret.txt"]))
            #expect(folder.resolve(rawPath: "/out/") == .notFound(segments: ["out"]))
            #expect(folder.resolve(rawPath: "/%2e%2e/secret.txt") == .notFound(segments: nil))
        }
    }
}
