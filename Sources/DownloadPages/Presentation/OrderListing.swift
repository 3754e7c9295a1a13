import DigitalDownloads
import Foundation

/// How `orders list` and `orders show` print orders, page by page, so a listing of any length
/// can be streamed: nothing here needs more than the orders being printed.
///
/// - `.table`: a header, then one aligned row an order: id, order number, ordered at and email
///   sent at (ISO-8601, UTC; `-` when absent) and the number of assets (`-` when they were not
///   asked for). Columns have fixed widths so rows printed pages apart still line up.
/// - `.jsonLines`: each order as one JSON object a line, with the API's own field names and
///   values (timestamps in Unix seconds), ready for `jq`.
struct OrderListing: Sendable {
    enum Format: Sendable, Equatable {
        case table
        case jsonLines
    }

    let format: Format

    init(format: Format) {
        self.format = format
    }

    /// The table's column headings (with a final newline); nothing for JSON Lines.
    var header: String {
        switch format {
        case .table: Self.row(["ID", "NUMBER", "ORDERED AT", "EMAIL SENT AT", "ASSETS"])
        case .jsonLines: ""
        }
    }

    /// One line for each order, each ending in a newline.
    func lines(_ orders: [V1Order]) -> String {
        orders.map(line).joined()
    }

    /// One order's line, ending in a newline.
    func line(_ order: V1Order) -> String {
        switch format {
        case .table: Self.tableRow(order)
        case .jsonLines: Self.jsonLine(order) + "\n"
        }
    }

    /// The order as one line of JSON (no newline), keys sorted, slashes unescaped.
    static func jsonLine(_ order: V1Order) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(order)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func tableRow(_ order: V1Order) -> String {
        row([
            TerminalText.safe(order.id),
            String(order.orderNumber),
            order.orderedAt?.iso8601 ?? "-",
            order.emailSentAt?.iso8601 ?? "-",
            order.assets.map { String($0.count) } ?? "-",
        ])
    }

    /// Widths fit a UUID id, a six-digit order number and a `2023-01-08T21:50:46Z` timestamp;
    /// a longer value pushes its row out rather than being cut.
    static let widths = [36, 8, 20, 20]

    static func row(_ cells: [String]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            if index < widths.count {
                text += cell + String(repeating: " ", count: max(0, widths[index] - cell.count) + 2)
            } else {
                text += cell
            }
        }
        return text + "\n"
    }
}
