import Foundation
import Testing

@testable import SiteGenerator

/// Only a JSON object or array from the API is cached, so that a proxy's error page or a cut-off
/// body never stands in for an order later.
@Suite struct APIOrderSourceJSONTests {
    @Test(arguments: [#"{}"#, #"[]"#, #"{"order": {"lines": []}}"#, " \n{\"a\": [1, 2.5, null, true]}\n"])
    func acceptsObjectsAndArrays(body: String) {
        #expect(APIOrderSource.isJSONContainer(Data(body.utf8)))
    }

    @Test(arguments: [
        "", "123", #""text""#, "null", "<html><body>Bad gateway</body></html>", #"{"order": {"lines": [}"#, #"{"a": 1"#,
        #"{"a": 1} trailing"#, "{\"a\": \"\u{1}\"}",
    ])
    func refusesEverythingElse(body: String) {
        #expect(!APIOrderSource.isJSONContainer(Data(body.utf8)))
    }
}
