/// A Swift value that can stand in a template's context.
///
/// Conform your own types to hand them to a template without going through JSON.
public protocol TemplateValueConvertible {
    /// This value as the engine renders it.
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueConvertible {
    /// The value itself, so code written for convertible values accepts ready-made ones too.
    @inlinable public var templateValue: TemplateValue { self }
}

extension String: TemplateValueConvertible {
    /// The string as ``TemplateValue/string(_:)``.
    @inlinable public var templateValue: TemplateValue { .string(self) }
}

extension Substring: TemplateValueConvertible {
    /// The substring as ``TemplateValue/string(_:)``.
    @inlinable public var templateValue: TemplateValue { .string(String(self)) }
}

extension Bool: TemplateValueConvertible {
    /// The boolean as ``TemplateValue/bool(_:)``.
    @inlinable public var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateValueConvertible {
    /// The integer as ``TemplateValue/int(_:)``.
    @inlinable public var templateValue: TemplateValue { .int(self) }
}

extension Int64: TemplateValueConvertible {
    /// The integer as ``TemplateValue/int(_:)``, for ids and sizes that APIs type as `Int64`.
    @inlinable public var templateValue: TemplateValue { .int(Int(self)) }
}

extension Double: TemplateValueConvertible {
    /// The number as ``TemplateValue/double(_:)``.
    @inlinable public var templateValue: TemplateValue { .double(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    /// The wrapped value, or ``TemplateValue/null`` for `nil`, which hides a section.
    @inlinable public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    /// The elements as ``TemplateValue/array(_:)``, for a section to repeat over.
    @inlinable public var templateValue: TemplateValue { .array(map { $0.templateValue }) }
}

extension Dictionary: TemplateValueConvertible where Key == String, Value: TemplateValueConvertible {
    /// The members as ``TemplateValue/object(_:)``.
    @inlinable public var templateValue: TemplateValue { .object(TemplateObject(mapValues(\.templateValue))) }
}

extension Lambda: TemplateValueConvertible {
    /// The lambda as ``TemplateValue/lambda(_:)``.
    @inlinable public var templateValue: TemplateValue { .lambda(self) }
}
