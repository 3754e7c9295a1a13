/// One step from the root of a document to one of its values: a member's name or an element's
/// position, so a reader can say where a value it cannot use is (`lines[2].assets[0].size`).
public enum JSONPathComponent: Sendable, Equatable {
    case key(String)
    case index(Int)
}
