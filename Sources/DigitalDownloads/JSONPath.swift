/// Renders a coding path the way a person reads JSON, e.g. `order.lines[1].assets[0].data.url`,
/// so an error points at the exact field to look at in the response body.
enum JSONPath {
    /// The name used when the problem is the response body itself (an empty path).
    static let root = "response body"

    static func render(_ path: [any CodingKey]) -> String {
        var rendered = ""
        for key in path {
            if let index = key.intValue {
                rendered += "[\(index)]"
            } else {
                if !rendered.isEmpty { rendered += "." }
                rendered += key.stringValue
            }
        }
        return rendered.isEmpty ? root : rendered
    }
}
