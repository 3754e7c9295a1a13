/// A pair of tag delimiters, `{{` and `}}` unless a template changes them.
struct Delimiters: Sendable, Hashable {
    let open: [UInt8]
    let close: [UInt8]
    static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
}
