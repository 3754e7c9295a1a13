/// The seam between the API client and the network, so retries, rate limiting and error
/// mapping can be tested against scripted transports as well as a real server.
public protocol HTTPTransport: Sendable {
    /// Sends one GET request and returns the complete response, whatever its status.
    /// Only failures to get a response at all are thrown.
    func send(_ request: HTTPRequestSpec) async throws(TransportError) -> HTTPResponseSpec
}
