import DigitalDownloads
import TemplateEngine

/// What one order's page shows, as the template context the theme documents: the API's
/// values made ready to display (sizes in units, usage in words, links only when safe).
public struct OrderPage: Sendable {
    public let id: OrderID
    public let context: TemplateValue
    /// Problems the page works around, e.g. an asset whose URL is not http(s) and so has no link.
    public let warnings: [String]

    /// Pages sit at `orders/ID/index.html`, two folders below the site root.
    public static let rootFromPage = "../../"

    /// The page in the language of `strings`, which is also its `page.lang`.
    public init(id: OrderID, response: CustomerAccountOrderResponse, strings: ThemeStrings) {
        var warnings: [String] = []
        let sizeStyle = strings.byteSizeStyle
        let labels = strings.assetLabels
        let order = response.order

        func assetContext(_ asset: Asset) -> TemplateValue {
            let data = asset.data
            let limits = asset.limits
            let isLink = data.isLink ?? !(data.isFile ?? false)
            // The customer-account policy guarantees both; "" only satisfies the optional type.
            let filename = data.filename ?? ""
            let link = data.link
            if link == nil {
                let url = data.url ?? ""
                warnings.append("order \(id): asset '\(filename)' has no usable link: '\(url.prefix(80))' is not an http(s) URL")
            }
            let href = limits.isLimitReached ? nil : link?.href
            let unavailable: String? =
                limits.isLimitReached ? labels.unavailableLimit : (link == nil ? labels.unavailableURL : nil)
            // In the order of `assetShape`.
            return .object(
                TemplateObject(
                    Self.assetShape,
                    [
                        data.id.templateValue,
                        .string(filename),
                        (data.size?.formatted(style: sizeStyle)).templateValue,
                        .bool(!isLink),
                        .bool(isLink),
                        .string(isLink ? labels.kindLink : labels.kindFile),
                        .string(isLink ? labels.actionLink : labels.actionFile),
                        href.templateValue,
                        .int(limits.downloaded),
                        limits.limit.templateValue,
                        limits.remaining.templateValue,
                        .bool(limits.isUnlimited),
                        .bool(limits.isLimitReached),
                        .string(strings.usageMemo.phrase(for: limits) { Self.usage($0, strings: strings) }),
                        unavailable.templateValue,
                    ]))
        }

        let lines: [TemplateValue] = order.lines.map { line in
            let product = line.product
            // In the order of `lineShape`.
            return .object(
                TemplateObject(
                    Self.lineShape,
                    [
                        .string(product.name),
                        product.displayVariantName.templateValue,
                        product.vendor.templateValue,
                        product.sku.templateValue,
                        product.tags.templateValue,
                        .bool(!product.tags.isEmpty),
                        .array(line.assets.map(assetContext)),
                        .bool(!line.assets.isEmpty),
                    ]))
        }
        let orderAssets = order.assets.map(assetContext)
        let title = response.text?.title
        let textHTML = response.text?.text.map { text in
            MarkdownMemo.shared.html(from: Self.boundedMarkdown(text, id: id, warnings: &warnings), headingLevelOffset: 1)
        }.flatMap { $0.isEmpty ? nil : $0 }

        self.id = id
        self.warnings = warnings
        // Each in the order of its shape.
        let page = TemplateObject(
            Self.pageShape, [.string(title ?? strings["default_title"]), .string(Self.rootFromPage), .string(strings.locale)])
        let text = TemplateObject(Self.textShape, [title.templateValue, textHTML.templateValue])
        let orderObject = TemplateObject(
            Self.orderShape,
            [
                .string(id.rawValue),
                .int(order.orderNumber),
                .string(strings.format("order_number", ["number": String(order.orderNumber)])),
                .bool(order.hasAssets),
                .array(lines),
                .array(orderAssets),
                .bool(!orderAssets.isEmpty),
            ])
        self.context = .object(
            TemplateObject(Self.contextShape, [.object(page), .object(text), strings.templateValue, .object(orderObject)]))
    }

    /// The members of the page's context, and of its `page`, `text` and `order` objects.
    static let contextShape = TemplateObjectShape(["page", "text", "strings", "order"])
    static let pageShape = TemplateObjectShape(["title", "root", "lang"])
    static let textShape = TemplateObjectShape(["title", "html"])
    static let orderShape = TemplateObjectShape([
        "id", "number", "number_label", "has_assets", "lines", "assets", "has_order_assets",
    ])

    /// The members of each asset's context (the theme's documented names), hashed once for all pages.
    static let assetShape = TemplateObjectShape([
        "id", "filename", "size", "is_file", "is_link", "kind_label", "action_label", "href", "downloaded", "limit", "remaining",
        "unlimited", "limit_reached", "usage", "unavailable",
    ])

    /// The members of each line's context.
    static let lineShape = TemplateObjectShape(["name", "variant", "vendor", "sku", "tags", "has_tags", "assets", "has_assets"])

    /// The most Markdown a page renders: far above any real order text, and small enough that
    /// libcmark's quadratic cases (`![[]()` repeated) stay well under a second.
    public static let maximumMarkdownBytes = 64 * 1024

    /// `text` cut to `maximumMarkdownBytes` at the last line break before it (a warning names the
    /// order), so any accepted order renders quickly.
    static func boundedMarkdown(_ text: String, id: OrderID, warnings: inout [String]) -> String {
        let bytes = text.utf8
        guard bytes.count > maximumMarkdownBytes else { return text }
        var kept = 0
        var end = text.unicodeScalars.startIndex
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            guard kept + length <= maximumMarkdownBytes else { break }
            kept += length
            end = text.unicodeScalars.index(after: end)
        }
        let prefix = String(text.unicodeScalars[..<end])
        let cut = prefix.lastIndex(of: "\n").map { String(prefix[..<$0]) } ?? prefix
        warnings.append(
            "order \(id): text.text is \(ByteSizeFormatter.string(fromByteCount: Int64(bytes.count))) of Markdown; "
                + "only its first \(ByteSizeFormatter.string(fromByteCount: Int64(cut.utf8.count))) are shown")
        return cut + "\n\n…"
    }

    /// "5 of 10 downloads used, 5 left", "Unlimited downloads, 3 used", "Download limit reached: 10 of 10 used".
    ///
    /// Each phrase takes its plural form from the number it counts: `usage_limited` and
    /// `usage_reached` the limit ("1 of 1 download"), `usage_left` what remains ("ne resta 1"),
    /// `usage_unlimited` the downloads made. `usage_left` fills `{left}` in `usage_limited`.
    static func usage(_ limits: DownloadLimits, strings: ThemeStrings) -> String {
        let downloaded = String(limits.downloaded)
        guard let limit = limits.limit else {
            return strings.format("usage_unlimited", count: limits.downloaded) { $0 == "downloaded" ? downloaded : nil }
        }
        let remaining = limits.remaining ?? 0
        let limitText = String(limit)
        let remainingText = String(remaining)
        func value(_ name: String) -> String? {
            switch name {
            case "downloaded": downloaded
            case "limit": limitText
            case "remaining": remainingText
            default: nil
            }
        }
        if limits.isLimitReached { return strings.format("usage_reached", count: limit, values: value) }
        let left = strings.format("usage_left", count: remaining, values: value)
        return strings.format("usage_limited", count: limit) { $0 == "left" ? left : value($0) }
    }
}
