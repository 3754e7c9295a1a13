import Foundation
import Stencil

/// The default theme's order page for Stencil, which has no Mustache syntax: the same markup,
/// written with `extends`/`block` for the layout and `include` for the two partials. Stencil does
/// not escape HTML by itself, so every value goes through the `e` filter registered here, which
/// escapes the five characters our engine escapes.
struct StencilPage {
    let template: Stencil.Template

    init() throws {
        let filters = Extension()
        filters.registerFilter("e") { (value: Any?) -> Any? in
            guard let value else { return "" }
            return escapeHTML(String(describing: value))
        }
        let environment = Environment(
            loader: DictionaryLoader(templates: StencilTheme.templates),
            extensions: [filters],
            trimBehaviour: .smart
        )
        template = try environment.loadTemplate(name: "order.html")
    }

    func render(_ context: [String: Any]) throws -> String {
        try template.render(context)
    }
}

private func escapeHTML(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
        switch character {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        case "\"": output += "&quot;"
        case "'": output += "&#39;"
        default: output.unicodeScalars.append(character)
        }
    }
    return output
}
