import ArgumentParser
import DigitalDownloads
import Foundation

/// The API's address as given on the command line or in `DIGITAL_DOWNLOADS_API_URL`: an absolute
/// http(s) URL with a host, checked by the same test every request passes.
struct APIAddress: Sendable, ExpressibleByArgument {
    let url: URL

    init?(argument: String) {
        guard let url = URL(string: argument), url.isHTTPAddress else { return nil }
        self.url = url
    }
}
