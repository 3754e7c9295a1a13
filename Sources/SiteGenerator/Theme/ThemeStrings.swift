import Foundation
import TemplateEngine

/// Every fixed word the default theme shows, in one place, so that translations and a
/// merchant's own wording replace them without touching a template.
public struct ThemeStrings: Sendable, Equatable {
    public let values: [String: String]
    /// The strings as every page's `strings` context, built once rather than for each page.
    public let templateValue: TemplateValue

    public init(values: [String: String]) {
        self.values = values
        templateValue = .object(values.mapValues(TemplateValue.string))
    }

    public static func == (lhs: ThemeStrings, rhs: ThemeStrings) -> Bool { lhs.values == rhs.values }

    public static let english = ThemeStrings(values: [
        "default_title": "Your downloads",
        "items_heading": "Items",
        "order_files_heading": "Files for the whole order",
        "line_no_assets": "No files for this item.",
        "order_no_assets": "There are no files to download for this order.",
        "variant": "Variant",
        "vendor": "Vendor",
        "sku": "SKU",
        "tags": "Tags",
        "size": "Size",
        "type": "Type",
        "usage": "Downloads",
        "skip_to_content": "Skip to content",
        "footer": "Keep this page private: anyone with its address can download your files.",
        "order_number": "Order #{number}",
        "kind_file": "File",
        "kind_link": "Link",
        "action_file": "Download",
        "action_link": "Open link",
        "usage_limited": "{downloaded} of {limit} downloads used, {remaining} left",
        "usage_limited_one": "{downloaded} of {limit} download used, {remaining} left",
        "usage_unlimited": "Unlimited downloads, {downloaded} used",
        "usage_reached": "Download limit reached: {downloaded} of {limit} used",
        "unavailable_limit": "This download is no longer available: its limit has been reached.",
        "unavailable_url": "This download cannot be offered here. Please contact the store.",
    ])

    public subscript(key: String) -> String { values[key] ?? key }

    /// The string `key` with each `{name}` replaced.
    public func format(_ key: String, _ arguments: [String: String]) -> String {
        var text = self[key]
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
