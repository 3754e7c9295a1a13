import Foundation
import TestSupport
import Testing

/// `download-pages orders list|show`, the built executable, against the v1 orders test server
/// on 127.0.0.1 (23 orders, Laravel pagination, Bearer token "good-token").
@Suite("End to end: download-pages orders")
struct OrdersCommandTests {
    typealias Run = CommandRun

    /// Runs the executable (or the `shell` pipeline, which finds it as `$DOWNLOAD_PAGES`) with a
    /// clean environment: no inherited token or API address, only what the test gives.
    func run(_ arguments: [String], environment: [String: String] = [:], shell: String? = nil) async throws -> Run {
        try await CommandRun.run(
            arguments, environment: environment, shell: shell,
            removing: ["DIGITAL_DOWNLOADS_API_TOKEN", "DIGITAL_DOWNLOADS_API_URL"])
    }

    func environment(_ server: OrdersTestServer, token: String? = "good-token") -> [String: String] {
        var environment = ["DIGITAL_DOWNLOADS_API_URL": server.baseURL.absoluteString]
        environment["DIGITAL_DOWNLOADS_API_TOKEN"] = token
        return environment
    }

    func tokenFile(_ contents: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)")
        try Data(contents.utf8).write(to: url)
        return url
    }

    @Test("list --all --json prints every order exactly once, one JSON object a line")
    func listAllJSONLines() async throws {
        let served = TestOrder.sample(count: 23)
        try await withOrdersTestServer(OrdersServerOptions(orders: served)) { server in
            let result = try await run(["orders", "list", "--all", "--json", "--limit", "5"], environment: environment(server))
            #expect(result.status == 0, "\(result.error)")
            let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == served.count)
            let objects = try lines.map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
            #expect(objects.compactMap { $0["order_number"] as? Int } == served.map(\.orderNumber))
            #expect(objects.compactMap { $0["id"] as? String } == served.map(\.id))
            #expect(objects[0]["ordered_at"] as? Int == 1_673_214_646)
            #expect(objects[3]["email_sent_at"] is NSNull)
            #expect(result.error.isEmpty, "no progress line when standard error is not a terminal: \(result.error)")
            let entries = await server.log.entries
            #expect(entries.count == 5)
            #expect(entries.allSatisfy { $0.authorization == "Bearer good-token" })
            #expect(!result.output.contains("good-token") && !result.error.contains("good-token"))
        }
    }

    @Test("orders list --all --json | wc -l equals the orders served; | jq .order_number reads every line")
    func pipelines() async throws {
        try await withOrdersTestServer(OrdersServerOptions(orders: TestOrder.sample(count: 23), defaultPerPage: 5)) { server in
            let count = try await run(
                [], environment: environment(server),
                shell: #""$DOWNLOAD_PAGES" orders list --all --json | wc -l"#)
            let pages = await server.log.entries.count
            print("$ download-pages orders list --all --json | wc -l   (23 orders served, 5 a page: \(pages) requests)\n\(count.output)")
            #expect(count.output.trimmingCharacters(in: .whitespacesAndNewlines) == "23")
            #expect(pages == 5)

            let small = try await run(
                [], environment: environment(server),
                shell: #""$DOWNLOAD_PAGES" orders list --all --json --limit 4 | wc -l"#)
            #expect(small.output.trimmingCharacters(in: .whitespacesAndNewlines) == "23", "the same across 6 pages")

            if FileManager.default.isExecutableFile(atPath: "/usr/bin/jq") {
                let numbers = try await run(
                    [], environment: environment(server),
                    shell: #""$DOWNLOAD_PAGES" orders list --all --json --limit 10 | /usr/bin/jq .order_number"#)
                #expect(numbers.status == 0, "\(numbers.error)")
                let printed: [String] = numbers.output.split(separator: "\n").map { String($0) }
                let expected: [String] = (1001...1023).map { String($0) }
                #expect(printed == expected)
            }
        }
    }

    @Test("a refused token: the 401 message, a non-zero exit, and the token nowhere in the output")
    func wrongToken() async throws {
        let secret = "not-the-t0ken-value"
        let file = try tokenFile(secret + "\n")
        defer { try? FileManager.default.removeItem(at: file) }
        try await withOrdersTestServer { server in
            let result = try await run(
                ["orders", "list", "--all", "--token-file", file.path], environment: environment(server, token: nil))
            print("$ download-pages orders list --all --token-file WRONG   (exit \(result.status))\n\(result.error)")
            #expect(result.status != 0)
            #expect(
                result.error
                    == "error: the API refused the access token (HTTP 401 unauthorized): the API key is invalid or has been revoked; "
                    + "check the key given with --token-file or DIGITAL_DOWNLOADS_API_TOKEN\n"
            )
            #expect(await server.log.entries.map(\.authorization) == ["Bearer \(secret)"], "sent once, newline trimmed")
            #expect(!result.output.contains(secret) && !result.error.contains(secret))
            #expect(result.output.isEmpty, "no table header before the error: \(result.output)")
            let onePage = try await run(["orders", "list", "--token-file", file.path], environment: environment(server, token: nil))
            #expect(onePage.status != 0)
            #expect(onePage.output.isEmpty, "no table header before the error: \(onePage.output)")
        }
    }

    @Test("a token file's trailing newline is trimmed, and the file wins over the environment")
    func tokenFileWorks() async throws {
        let file = try tokenFile("good-token\n")
        defer { try? FileManager.default.removeItem(at: file) }
        try await withOrdersTestServer { server in
            let result = try await run(
                ["orders", "list", "--token-file", file.path], environment: environment(server, token: "env-token"))
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.split(separator: "\n").count == 24, "a header and 23 rows")
        }
    }

    @Test("no token, a bad limit, --page with --all and a bad id are refused before any request")
    func refusedBeforeAnyRequest() async throws {
        try await withOrdersTestServer { server in
            let missing = try await run(["orders", "list"], environment: environment(server, token: nil))
            #expect(missing.status != 0)
            #expect(
                missing.error
                    == "error: no API token: put the token in a file and pass --token-file FILE, or set DIGITAL_DOWNLOADS_API_TOKEN "
                    + "(a token is never taken as a command-line argument)\n"
            )
            let unreadable = try await run(["orders", "show", "abc", "--token-file", "/no/such/file"], environment: environment(server))
            #expect(unreadable.error.contains("cannot read the token file /no/such/file: no such file"))

            for limit in ["0", "1001"] {
                let result = try await run(["orders", "list", "--limit", limit], environment: environment(server))
                #expect(result.status != 0)
                #expect(result.error.contains("invalid limit \(limit): the API returns 1 to 1000 orders a page"))
            }
            let both = try await run(["orders", "list", "--all", "--page", "2"], environment: environment(server))
            #expect(both.error.contains("give either --page or --all, not both"))
            let badID = try await run(["orders", "show", "../etc"], environment: environment(server))
            #expect(badID.status != 0)
            #expect(badID.error.contains("order id '../etc' may contain only ASCII letters, digits, '-' and '_'"))
            let noToken = try await run(["orders", "list", "--token", "good-token"], environment: environment(server))
            #expect(noToken.status != 0, "there is no --token option")
            #expect(!noToken.error.contains("good-token") || noToken.error.contains("Unknown option"))

            #expect(await server.log.entries.isEmpty)
        }
    }

    @Test("list: filters reach the query string; a table with ISO-8601 UTC times; a note about more pages")
    func listTable() async throws {
        try await withOrdersTestServer { server in
            let result = try await run(
                ["orders", "list", "--page", "2", "--limit", "5", "--with-assets"], environment: environment(server))
            #expect(result.status == 0, "\(result.error)")
            let lines = result.output.split(separator: "\n").map(String.init)
            try #require(lines.count == 6)
            #expect(lines[0].hasPrefix("ID") && lines[0].contains("NUMBER") && lines[0].contains("EMAIL SENT AT"))
            #expect(lines[1].hasPrefix("82664d96-6dfd-4343-aaaa-000000000005  1006      2023-01-09T02:50:46Z  2023-01-09T02:50:47Z  2"))
            #expect(lines[3].hasPrefix("82664d96-6dfd-4343-aaaa-000000000007  1008      2023-01-09T04:50:46Z  -                     1"))
            #expect(result.error == "page 2 of 5 (orders 6–10 of 23): --page 3 for the next, --all for every page\n")

            let one = try await run(["orders", "list", "--order-number", "1010", "--json"], environment: environment(server))
            #expect(one.status == 0, "\(one.error)")
            #expect(one.output.hasPrefix(#"{"email_sent_at":1673247047,"id":"82664d96-6dfd-4343-aaaa-000000000009""#))
            #expect(one.output.split(separator: "\n").count == 1)

            let none = try await run(["orders", "list", "--order-number", "999"], environment: environment(server))
            #expect(none.status == 0)
            #expect(none.error == "no orders found\n")

            let queries = await server.log.entries.map(\.rawQuery)
            #expect(queries == ["page=2&limit=5&with_assets=1", "order_number=1010", "order_number=999"])
        }
    }

    @Test("show: the order and its assets, as text and as JSON")
    func show() async throws {
        let served = TestOrder.sample(count: 23)
        try await withOrdersTestServer(OrdersServerOptions(orders: served)) { server in
            let text = try await run(["orders", "show", served[2].id, "--with-assets"], environment: environment(server))
            #expect(text.status == 0, "\(text.error)")
            #expect(
                text.output == """
                    order 1003
                      id             82664d96-6dfd-4343-aaaa-000000000002
                      ordered at     -
                      email sent at  -
                      assets         2
                        Book 1003 part 1  (link, 10 MB)  https://www.my-website.com/download/1003-1.pdf
                        Book 1003 part 2  (file, 20 MB)  https://www.my-website.com/download/1003-2.pdf

                    """)
            let json = try await run(["orders", "show", served[2].id, "--with-assets", "--json"], environment: environment(server))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
            #expect((object["assets"] as? [[String: Any]])?.count == 2)
            #expect(object["order_number"] as? Int == 1003)

            let missing = try await run(["orders", "show", "no-such-order"], environment: environment(server))
            #expect(missing.status != 0)
            #expect(missing.error == "error: not found (HTTP 404): no order with id no-such-order\n")
            #expect(await server.log.entries.map(\.rawQuery) == ["with_assets=1", "with_assets=1", ""])
        }
    }

    @Test("a 422 prints each field's messages; a malformed page names the JSON path after the pages before it")
    func errors() async throws {
        let options = OrdersServerOptions(override: { request in
            switch request.query["page"] {
            case nil where request.query["order_number"] == "4242":
                .json(
                    #"{"message":"The given data was invalid.","errors":{"order_number":["The selected order number is "#
                        + #"invalid."],"limit":["The limit must be at least 1."]}}"#,
                    status: 422)
            case "2": .json(#"{"data": [{"id": "x", "order_number": 1, "ordered_at": "soon"}]}"#)
            default: nil
            }
        })
        try await withOrdersTestServer(options) { server in
            let invalid = try await run(["orders", "list", "--order-number", "4242"], environment: environment(server))
            #expect(invalid.status != 0)
            #expect(
                invalid.error == """
                    error: the API rejected the request (HTTP 422): The given data was invalid.
                      limit: The limit must be at least 1.
                      order_number: The selected order number is invalid.

                    """)
            let broken = try await run(["orders", "list", "--all", "--json", "--limit", "5"], environment: environment(server))
            #expect(broken.status != 0)
            #expect(broken.output.split(separator: "\n").count == 5, "the first page was printed before the failure")
            #expect(
                broken.error
                    == #"error: orders page 2: unexpected answer: data[0].ordered_at: expected a Unix timestamp in seconds, found "soon""#
                    + "\n")
        }
    }
}

@Suite("End to end: output into a closed pipe")
struct ClosedPipeTests {
    /// The tool's own status comes from bash's `PIPESTATUS` (`$?` would be `head`'s, 0 whatever the
    /// tool did); with one order a page, the requests the server saw show that fetching stopped.
    @Test("a reader that stops early (| head -1) ends the listing quietly with status 141, and fetching stops")
    func headStopsTheListing() async throws {
        let pages = 300
        try await withOrdersTestServer(OrdersServerOptions(orders: TestOrder.sample(count: pages))) { server in
            let run = try await CommandRun.run(
                environment: ["DIGITAL_DOWNLOADS_API_URL": server.baseURL.absoluteString, "DIGITAL_DOWNLOADS_API_TOKEN": "good-token"],
                shell: #"exec bash -c '"$DOWNLOAD_PAGES" orders list --all --json --limit 1 | head -1; echo "status=${PIPESTATUS[0]}"'"#)
            let lines = run.output.split(separator: "\n")
            #expect(lines.count == 2, "one order, then the status line: \(run.output)")
            #expect(lines.last == "status=141", "the tool ends as a command killed by SIGPIPE does: \(run.output) \(run.error)")
            #expect(run.error.isEmpty, "nothing on standard error: \(run.error)")
            let requests = await server.log.entries.count
            #expect(requests < pages / 2, "fetching stopped once the reader was gone: \(requests) of \(pages) pages fetched")
        }
    }
}
