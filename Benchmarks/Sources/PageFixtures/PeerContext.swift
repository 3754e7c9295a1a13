import Foundation
import TemplateEngine

/// The page context in the form the peer engines take: `Any` trees of dictionaries, arrays,
/// strings, numbers and booleans.
public enum PeerContext {
    /// For swift-mustache. `null` becomes `NSNull`, which swift-mustache renders as nothing and
    /// treats as false. The empty string becomes `NSNull` too: in our engine (and most Mustache
    /// implementations) `""` hides a section, while swift-mustache shows it; as a value both
    /// render nothing, so the page is the same. That is the one documented difference of semantics.
    public static func mustache(_ value: TemplateValue) -> Any {
        switch value {
        case .null, .lambda: NSNull()
        case .bool(let bool): bool
        case .int(let int): int
        case .double(let double): double
        case .string(let string): string.isEmpty ? NSNull() : string
        case .array(let array): array.map(mustache)
        case .object(let object): members(of: object, mustache)
        }
    }

    /// For Stencil: members that are null (or `""`) are left out, which Stencil treats as false.
    public static func stencil(_ value: TemplateValue) -> Any? {
        switch value {
        case .null, .lambda: nil
        case .bool(let bool): bool
        case .int(let int): int
        case .double(let double): double
        case .string(let string): string.isEmpty ? nil : string
        case .array(let array): array.compactMap(stencil)
        case .object(let object): members(of: object, stencil)
        }
    }

    /// An object's members, converted, nil ones left out. Written over any sequence of key-value
    /// pairs, so it reads both a dictionary and the engine's own object type.
    private static func members<Object: Sequence>(
        of object: Object, _ convert: (TemplateValue) -> Any?
    ) -> [String: Any] where Object.Element == (key: String, value: TemplateValue) {
        var result: [String: Any] = [:]
        for (key, value) in object {
            result[key] = convert(value)
        }
        return result
    }
}
