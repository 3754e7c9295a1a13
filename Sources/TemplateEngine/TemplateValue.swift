/// A value a template can render: what JSON can express, plus lambdas.
///
/// Rendering walks this tree directly, so building it once and rendering many
/// templates from it costs no conversion per render.
public enum TemplateValue: Sendable {
    /// JSON's `null`: renders as nothing and hides a section.
    case null
    /// Renders as `true` or `false`; `false` hides a section.
    case bool(Bool)
    /// Renders as digits, never with a fraction.
    case int(Int)
    /// Renders a whole number without a fraction (`10`), others in their shortest form (`1.21`).
    case double(Double)
    /// Renders as is, HTML-escaped by `{{name}}`; the empty string hides a section.
    case string(String)
    /// A section repeats once for each element; the empty list hides it. Renders as nothing when interpolated.
    case array([TemplateValue])
    /// Members are found by name, and dotted names reach inside; a section makes it the current context.
    case object(TemplateObject)
    /// A Swift closure called at render time, as the Mustache spec's lambdas module describes.
    case lambda(Lambda)
}

extension TemplateValue {
    /// Mustache truthiness: `false`, `null`, `""` and `[]` hide a section; everything else shows it.
    ///
    /// Numbers (including `0`) are truthy, as in the reference implementation, so
    /// "0 downloads left" can still be shown by a section.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .string(let value): !value.isEmpty
        case .array(let values): !values.isEmpty
        case .int, .double, .object, .lambda: true
        }
    }

    /// The member named `key`, when this is an object that has one.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// Where the member named by `key` lives, when this is an object that has one (see
    /// ``TemplateObject/address(of:)``).
    @inline(__always)
    func memberAddress(_ key: TemplateObjectKey) -> UnsafePointer<TemplateValue>? {
        guard case .object(let members) = self else { return nil }
        return members.address(of: key)
    }
}

extension TemplateValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `nil` in a context literal is ``null``, e.g. `["variant": nil]`.
    public init(nilLiteral: ()) { self = .null }
    /// `true` and `false` in a context literal are ``bool(_:)``.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer literal is ``int(_:)``, so it renders without a fraction.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A floating-point literal is ``double(_:)``.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A string literal is ``string(_:)``, so contexts can be written as literals in tests and examples.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An array literal is ``array(_:)``.
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
    /// A dictionary literal is ``object(_:)``; of repeated keys the last wins.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}

extension TemplateValue: Equatable {
    /// Structural equality; two lambdas are never equal, since closures cannot be compared.
    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default: false
        }
    }
}
