/// The name of a partial or parent: fixed, or read from the context (`{{>*name}}`).
enum TemplateReference: Sendable, Hashable {
    case fixed(String)
    case dynamic(VariableName)
}
