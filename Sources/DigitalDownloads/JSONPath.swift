import JSONParsing

/// Renders a path the way a person reads JSON, e.g. `order.lines[1].assets[0].data.url`,
/// so an error points at the exact field to look at in the response body.
enum JSONPath {
    /// The name used when the problem is the response body itself (an empty path).
    static let root = "response body"

    static func render(_ path: [JSONPathComponent]) -> String {
        var rendered = ""
        for component in path {
            switch component {
            case .index(let index):
                rendered += "[\(index)]"
            case .key(let name):
                if !rendered.isEmpty { rendered += "." }
                rendered += name
            }
        }
        return rendered.isEmpty ? root : rendered
    }
}
