import DigitalDownloads
import Foundation
import HTTPTypes
import Hummingbird
import SiteGenerator

/// Answers every request of the preview: the live-reload endpoints under `/_preview/`, and the
/// output folder's files, with HTML rewritten for live reload on the way out.
///
/// Only `GET` and `HEAD` are answered (`405` otherwise). Files get a `Content-Type` from their
/// extension, an `ETag` and a `Last-Modified`, and `Cache-Control: no-cache`, so the browser asks
/// again every time and a `304` makes that cheap.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let folder: SiteFolder
    let status: PreviewStatus
    let hub: LiveReloadHub
    let templatesFolder: String
    /// The 404 document lists the order pages only when the preview is reachable from this machine
    /// alone: their addresses are the secrets that unlock the downloads.
    var listsPagesWhenNotFound = true
    /// While the preview listens on loopback, a request naming another host is refused (421):
    /// see `LoopbackHost`.
    var acceptsOnlyLoopbackHosts = true
    /// How often the hub pings the streams; sets the `Retry-After` of a refused stream.
    var heartbeatInterval: Duration = .seconds(15)

    func respond(to request: Request, context: Context) async throws -> Response {
        if acceptsOnlyLoopbackHosts && !LoopbackHost.isAllowed(request.head.authority) {
            return Response(
                status: .misdirectedRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "This preview answers only at 127.0.0.1 or localhost.\n")))
        }
        let isHead = request.method == .head
        guard request.method == .get || isHead else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        switch request.uri.path {
        case LiveReloadHub.eventsPath:
            return eventStream(head: isHead)
        case LiveReloadInjection.scriptPath:
            return asset(ReloadScript.source, type: ContentType.forFile(named: "reload.js"), head: isHead)
        case PreviewStyles.path:
            return asset(PreviewStyles.source, type: ContentType.forFile(named: "preview.css"), head: isHead)
        default:
            let response = siteResponse(request)
            return isHead ? response.createHeadResponse() : response
        }
    }

    /// What a page shows instead of itself while the theme is broken, or while its order fails.
    private func problemPage(_ segments: [String]?, snapshot: PreviewStatus.Snapshot, generation: Int) -> Response? {
        if let error = snapshot.buildError {
            return document(
                PreviewDocuments.buildError(error, templatesFolder: templatesFolder, generation: generation), status: .internalServerError)
        }
        if let id = Self.orderID(segments), let failure = snapshot.orderFailures[id] {
            return document(PreviewDocuments.orderFailed(failure, generation: generation), status: .internalServerError)
        }
        return nil
    }

    private func notFound(_ path: String, snapshot: PreviewStatus.Snapshot, generation: Int) -> Response {
        document(
            PreviewDocuments.notFound(path: path, pages: listsPagesWhenNotFound ? snapshot.pages : nil, generation: generation),
            status: .notFound)
    }

    private func siteResponse(_ request: Request) -> Response {
        let path = request.uri.path
        let snapshot = status.snapshot
        let generation = hub.currentGeneration
        switch folder.resolve(rawPath: path, query: request.uri.query) {
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache"])
        case .notFound(let segments):
            // A preview started on a broken theme has written no page yet: a page asked for
            // shows why, as it does once a page exists.
            let isPage = Self.orderID(segments) != nil || path.hasSuffix("/") || path.hasSuffix(".html")
            if isPage, let problem = problemPage(segments, snapshot: snapshot, generation: generation) { return problem }
            return notFound(path, snapshot: snapshot, generation: generation)
        case .file(let filePath, let segments):
            let type = ContentType.forFile(named: segments.last ?? "index.html")
            let isHTML = ContentType.isHTML(type)
            if isHTML, let problem = problemPage(segments, snapshot: snapshot, generation: generation) { return problem }
            guard let file = SiteFile(path: filePath) else { return notFound(path, snapshot: snapshot, generation: generation) }
            let validators = file.validators(variant: isHTML ? "live\(generation)" : nil)
            var headers: HTTPFields = [
                .contentType: type, .eTag: validators.etag, .lastModified: validators.lastModifiedHeader,
                .cacheControl: "no-cache", Self.contentTypeOptions: "nosniff",
            ]
            let ifNoneMatch = request.headers[values: .ifNoneMatch]
            if validators.isNotModified(
                ifNoneMatch: ifNoneMatch.isEmpty ? nil : ifNoneMatch.joined(separator: ", "),
                ifModifiedSince: request.headers[.ifModifiedSince])
            {
                headers[.contentType] = nil
                var response = Response(status: .notModified, headers: headers)
                response.headers[.contentLength] = nil
                return response
            }
            let body: ByteBuffer
            if isHTML {
                let html = LiveReloadInjection.inject(into: String(decoding: file.bytes, as: UTF8.self), generation: generation)
                body = ByteBuffer(string: html)
            } else {
                body = ByteBuffer(bytes: file.bytes)
            }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
        }
    }

    /// The order id when the segments name an order's page (`orders/ID`, `orders/ID/index.html`).
    static func orderID(_ segments: [String]?) -> String? {
        guard let segments, segments.count == 2 || (segments.count == 3 && segments[2] == "index.html"),
            segments[0] == "orders", (try? OrderID(segments[1])) != nil
        else { return nil }
        return segments[1]
    }

    private func document(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: ContentType.html, .cacheControl: "no-store", Self.contentTypeOptions: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    private func asset(_ text: String, type: String, head: Bool) -> Response {
        let response = Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-cache", Self.contentTypeOptions: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        return head ? response.createHeadResponse() : response
    }

    /// `text/event-stream`: a `hello` naming the current generation, then a `reload` after each
    /// rebuild and a `: ping` comment at each heartbeat, until the client goes away (the next
    /// write fails) or the preview stops.
    ///
    /// Beyond the hub's bound a new stream is refused (`503`, `Retry-After`) rather than the
    /// oldest closed: closing the oldest would let one misbehaving client evict live pages, and
    /// with more live pages than the bound their `EventSource`s, reconnecting after `retry`,
    /// would evict one another forever. Refused, the extra page only misses live reload, and the
    /// streams of pages that went away are released within two heartbeats, making room again.
    private func eventStream(head: Bool) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        if head { return Response(status: .ok, headers: headers) }
        let messages: AsyncStream<LiveReloadHub.Message>
        do {
            messages = try hub.subscribe()
        } catch {
            return Response(
                status: .serviceUnavailable,
                headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: retryAfter, .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "\(error); try again later.\n")))
        }
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await message in messages {
                    try await writer.write(ByteBuffer(string: message.text))
                }
                try await writer.finish(nil)
            })
    }

    /// Seconds after which a refused stream may find room: by then, two heartbeats have
    /// released the streams of pages that went away.
    var retryAfter: String {
        let seconds = heartbeatInterval.components.seconds * 2 + (heartbeatInterval.components.attoseconds > 0 ? 1 : 0)
        return String(max(1, seconds))
    }

    private static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
