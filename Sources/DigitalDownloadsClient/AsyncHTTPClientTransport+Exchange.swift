import AsyncHTTPClient
import DigitalDownloads
import Foundation
import NIOCore

extension AsyncHTTPClientTransport {
    /// One exchange without redirects, raced against the deadline.
    func fetch(url: URL, headers: HeaderFields, deadline: ContinuousClock.Instant, timeout: Duration)
        async throws(TransportError) -> HTTPResponseSpec
    {
        guard url.isHTTPAddress else { throw .invalidURL(url.absoluteString) }
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { throw .timeout(timeout) }

        var outgoing = HTTPClientRequest(url: url.absoluteString)
        outgoing.method = .GET
        for (name, value) in headers { outgoing.headers.add(name: name, value: value) }
        let request = outgoing
        let limit = configuration.maxBodyBytes
        let client = client

        do {
            return try await withThrowingTaskGroup(of: HTTPResponseSpec?.self) { group in
                group.addTask {
                    let response = try await client.execute(
                        request, deadline: .now() + TimeAmount(remaining))
                    if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                        throw TransportError.bodyTooLarge(limit: limit)
                    }
                    let body = try await response.body.collect(upTo: limit)
                    return HTTPResponseSpec(
                        status: Int(response.status.code),
                        headers: HeaderFields(response.headers.map { ($0.name, $0.value) }),
                        body: Data(body.readableBytesView),
                        url: url
                    )
                }
                group.addTask {
                    try await Task.sleep(until: deadline, clock: .continuous)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    throw TransportError.timeout(timeout)
                }
                return response
            }
        } catch {
            throw Self.transportError(error, timeout: timeout, bodyLimit: limit)
        }
    }
}
