import DigitalDownloads

/// `orders show`: one order as a short readable block, its assets listed with their kind,
/// size and address.
///
/// ```text
/// order 1050
///   id             82664d96-6dfd-4343-aaaa-05c46f412a5b
///   ordered at     2023-01-08T21:50:46Z
///   email sent at  2023-01-08T21:50:47Z
///   assets         1
///     My new book  (link, 10 MB)  https://www.my-website.com/download/my-book.pdf
/// ```
enum OrderDetail {
    static func text(_ order: V1Order) -> String {
        var lines = ["order \(order.orderNumber)"]
        lines.append(field("id", TerminalText.safe(order.id)))
        lines.append(field("ordered at", order.orderedAt?.iso8601 ?? "-"))
        lines.append(field("email sent at", order.emailSentAt?.iso8601 ?? "-"))
        if let assets = order.assets {
            lines.append(field("assets", String(assets.count)))
            lines += assets.map(assetLine)
        } else {
            lines.append(field("assets", "not included (ask for them with --with-assets)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func field(_ name: String, _ value: String) -> String {
        "  " + name + String(repeating: " ", count: max(1, 15 - name.count)) + value
    }

    static func assetLine(_ asset: AssetData) -> String {
        let name = asset.filename.map { TerminalText.safe($0) } ?? asset.id.map { "asset \(TerminalText.safe($0))" } ?? "(unnamed asset)"
        let facts = [asset.kind, asset.size?.formatted].compactMap { $0 }
        var line = "    " + name
        if !facts.isEmpty { line += "  (" + facts.joined(separator: ", ") + ")" }
        if let url = asset.url { line += "  " + TerminalText.safe(url) }
        return line
    }
}
