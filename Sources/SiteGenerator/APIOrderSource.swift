import DigitalDownloads
import DigitalDownloadsClient
import Foundation

/// Orders fetched from the API, with an optional response cache in front: a cached body
/// younger than `maxAge` is used without a request, because a big store cannot refetch every
/// order on every build at 60 requests a minute.
public struct APIOrderSource: OrderSource {
    public let client: DigitalDownloadsAPIClient
    public let cache: ResponseCache?
    public let maxAge: Duration?
    let timeSource: any TimeSource

    public init(
        client: DigitalDownloadsAPIClient, cache: ResponseCache? = nil, maxAge: Duration? = nil,
        timeSource: any TimeSource = SystemTimeSource()
    ) {
        self.client = client
        self.cache = cache
        self.maxAge = maxAge
        self.timeSource = timeSource
    }

    public func responseBody(for id: OrderID) async throws(OrderSourceError) -> Data {
        if let cache, let maxAge, let body = cache.body(forOrder: id, maxAge: maxAge, now: timeSource.now()) {
            return body
        }
        let body: Data
        do {
            body = try await client.customerAccountOrder(id: id.rawValue)
        } catch {
            if case .notFound = error { throw .notFound(error.description) }
            throw .failed(error.description)
        }
        // Only JSON is kept, so a proxy's error page is never served from the cache later.
        if let cache, (try? JSONSerialization.jsonObject(with: body)) != nil {
            try? cache.store(body, forOrder: id, fetchedAt: timeSource.now())
        }
        return body
    }
}
