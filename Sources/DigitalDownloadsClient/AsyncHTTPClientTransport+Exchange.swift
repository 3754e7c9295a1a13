import AsyncHTTPClient
import DigitalDownloads
import Foundation
import NIOCore
import NIOHTTP1

extension AsyncHTTPClientTransport {
    /// One exchange without redirects, head and body within `deadline`.
    ///
    /// AsyncHTTPClient's future-based `execute` is used rather than its async one: its deadline
    /// covers the whole exchange (the async API's stops at the head), and the body is collected
    /// on the connection's event loop, so a request costs one hand-off between threads rather
    /// than a task group, a timer task and a hop per body part. That was most of the client's CPU
    /// in an API build (issue 12).
    func fetch(url: URL, headers: HeaderFields, deadline: ContinuousClock.Instant, timeout: Duration)
        async throws(TransportError) -> HTTPResponseSpec
    {
        guard url.isHTTPAddress else { throw .invalidURL(url.absoluteString) }
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { throw .timeout(timeout) }
        let limit = configuration.maxBodyBytes

        do {
            var fields = HTTPHeaders()
            for (name, value) in headers { fields.add(name: name, value: value) }
            let request = try HTTPClient.Request(url: url.absoluteString, method: .GET, headers: fields)
            let task = client.execute(
                request: request, delegate: ResponseAccumulator(request: request, maxBodySize: limit),
                deadline: .now() + TimeAmount(remaining))
            let response = try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
            return HTTPResponseSpec(
                status: Int(response.status.code),
                headers: HeaderFields(response.headers.map { ($0.name, $0.value) }),
                body: response.body.map { Data($0.readableBytesView) } ?? Data(),
                url: url
            )
        } catch {
            throw Self.transportError(error, timeout: timeout, bodyLimit: limit)
        }
    }
}
