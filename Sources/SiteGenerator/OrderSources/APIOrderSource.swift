import DigitalDownloads
import DigitalDownloadsClient
import Foundation
import JSONParsing

/// Orders fetched from the API, with the response cache as the source of truth behind it.
///
/// - A cached body younger than `maxAge` is used without a request.
/// - Within a `FetchBudget`, the orders never fetched go first, then those whose cached response
///   is oldest; orders the budget does not reach are built from the cache, whatever its age, or
///   deferred when there is none.
/// - When a fetch fails after its retries (5xx, timeout, a refused or dropped connection, a body
///   that is not JSON) and the cache holds a response, the page is built from it (`stale`),
///   unless `allowsStale` is off. A 404 or a 402 is an answer, never papered over.
public struct APIOrderSource: OrderSource {
    public let client: DigitalDownloadsAPIClient
    public let cache: ResponseCache?
    public let maxAge: Duration?
    public let budget: FetchBudget
    public let allowsStale: Bool
    let timeSource: any TimeSource
    let requests: RequestCounter

    public init(
        client: DigitalDownloadsAPIClient, cache: ResponseCache? = nil, maxAge: Duration? = nil,
        budget: FetchBudget = .unlimited, allowsStale: Bool = true, timeSource: any TimeSource = SystemTimeSource()
    ) {
        self.client = client
        self.cache = cache
        self.maxAge = maxAge
        self.budget = budget
        self.allowsStale = allowsStale
        self.timeSource = timeSource
        requests = RequestCounter(limit: budget.maxRequests)
    }

    public func plan(_ ids: [OrderID]) async -> FetchPlan {
        cache?.sweepTemporaryFiles()
        let now = timeSource.now()
        var neverFetched: [OrderID] = []
        var due: [(OrderID, Date)] = []
        var fresh: [OrderID] = []
        for id in ids {
            guard let fetchedAt = cache?.fetchedAt(forOrder: id) else {
                neverFetched.append(id)
                continue
            }
            if let maxAge, isYoungEnough(fetchedAt, maxAge: maxAge, now: now) {
                fresh.append(id)
            } else {
                due.append((id, fetchedAt))
            }
        }
        // Oldest first; ties keep the order given, so runs are repeatable.
        let oldestFirst = due.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
        let wanted = neverFetched + oldestFirst
        let fetches = min(wanted.count, budget.maxRequests ?? wanted.count)
        await requests.allow(Set(wanted.prefix(fetches)))
        // Beyond the budget, what was never fetched has no page this run: the rest come from the cache.
        let deferred = max(0, neverFetched.count - fetches)
        let beyond = wanted.count - fetches
        return FetchPlan(
            order: wanted + fresh, fetches: fetches, fromCache: fresh.count + beyond - deferred, deferred: deferred)
    }

    public func response(for id: OrderID) async throws(OrderSourceError) -> SourcedResponse {
        let now = timeSource.now()
        let entry = cache?.entry(forOrder: id)
        func cached() -> SourcedResponse? {
            entry.map { SourcedResponse(body: $0.body, origin: .cached(age: age(of: $0, now: now))) }
        }
        if let entry, let maxAge, isYoungEnough(entry.fetchedAt, maxAge: maxAge, now: now), let cached = cached() {
            return cached
        }
        guard await requests.claim(id) else {
            if let cached = cached() { return cached }
            throw .deferred("order \(id): not fetched (this run's request budget is spent) and not in the cache")
        }
        let body: Data
        do {
            body = try await client.customerAccountOrder(id: id.rawValue, startBy: budget.requestDeadline)
        } catch {
            switch error {
            case .notFound:
                throw .notFound(error.description)
            case .planRefused, .cancelled:
                throw .failed(error.description)
            case .deadlineReached:
                if let cached = cached() { return cached }
                throw .deferred("order \(id): not fetched (this run's time budget is spent) and not in the cache")
            default:
                if let stale = stale(entry, reason: error.description, now: now) { return stale }
                throw .failed(error.description)
            }
        }
        // Without a cache there is nothing to keep and no stale copy to fall back on: the body
        // goes to the decoder as it is, parsed once rather than twice.
        guard let cache else { return SourcedResponse(body: body, origin: .fetched) }
        // Only JSON is kept, so a proxy's error page is never served from the cache later.
        guard Self.isJSONContainer(body) else {
            if let stale = stale(entry, reason: "the API's answer is not valid JSON", now: now) { return stale }
            return SourcedResponse(body: body, origin: .fetched)
        }
        try? cache.store(body, forOrder: id, fetchedAt: timeSource.now())
        return SourcedResponse(body: body, origin: .fetched)
    }

    /// Whether `body` is a JSON object or array, read with the same parser that decodes it.
    static func isJSONContainer(_ body: Data) -> Bool {
        guard let document = try? JSONDocument(parsing: body) else { return false }
        let kind = document.kind(of: document.root)
        return kind == .object || kind == .array
    }

    public func finish(requested ids: [OrderID], prune: Bool) async -> SourceReport {
        var report = SourceReport()
        if let rate = client.configuration.maxRequestsPerMinute, rate > 0 {
            report.fullRefresh = .seconds(Double(ids.count) * 60 / Double(rate))
        }
        guard let cache else { return report }
        if prune {
            let requested = Set(ids)
            for id in cache.orderIDs() where !requested.contains(id) { cache.remove(id) }
        }
        let size = cache.size()
        report.cache = BuildSummary.CacheSize(responses: size.responses, bytes: size.bytes)
        return report
    }

    private func stale(_ entry: ResponseCache.Entry?, reason: String, now: Date) -> SourcedResponse? {
        guard allowsStale, let entry else { return nil }
        return SourcedResponse(body: entry.body, origin: .stale(age: age(of: entry, now: now), reason: reason))
    }

    private func age(of entry: ResponseCache.Entry, now: Date) -> Duration {
        .seconds(max(0, now.timeIntervalSince(entry.fetchedAt)))
    }

    /// An entry dated more than a minute in the future (a clock that went back) is not young.
    private func isYoungEnough(_ fetchedAt: Date, maxAge: Duration, now: Date) -> Bool {
        let age = now.timeIntervalSince(fetchedAt)
        return age >= -60 && age <= maxAge / .seconds(1)
    }
}

/// Which orders a run may fetch, and how many requests are left: shared by every copy of the
/// source, so concurrent fetches draw from one budget.
actor RequestCounter {
    private var remaining: Int?
    /// The orders planned for a request; nil before any plan (every order may be fetched).
    private var allowed: Set<OrderID>?

    init(limit: Int?) {
        remaining = limit
    }

    func allow(_ ids: Set<OrderID>) {
        allowed = ids
    }

    /// Whether `id` may be fetched now; if so, one request is spent on it.
    func claim(_ id: OrderID) -> Bool {
        if let allowed, !allowed.contains(id) { return false }
        if let remaining {
            guard remaining > 0 else { return false }
            self.remaining = remaining - 1
        }
        return true
    }
}
