/// Turns sizes into the short strings a download page shows.
///
/// Uses decimal SI units (1 kB = 1000 bytes) like the "10MB" strings the API sends and like
/// file browsers on macOS, with at most one decimal and no trailing ".0". The decimal mark and
/// the words for bytes come from a ``ByteSizeStyle``, never from the build machine's locale.
public enum ByteSizeFormatter {
    /// The units after plain bytes, each 1000 times the previous.
    static let units = ["kB", "MB", "GB", "TB", "PB", "EB"]

    /// "0 bytes", "1 byte", "512 bytes", "1 kB", "10 MB", "1.5 GB" (or "1,5 GB" with a "," mark).
    /// Rounds half up to one decimal, moving to the next unit when rounding reaches 1000.
    public static func string(fromByteCount count: Int64, style: ByteSizeStyle = .english) -> String {
        guard count >= 1000 else { return style.byteCount(count) }
        let value = UInt64(count)
        var unitIndex = 0
        var divisor: UInt64 = 1000
        while unitIndex < units.count - 1, value >= divisor * 1000 {
            divisor *= 1000
            unitIndex += 1
        }
        var tenths = roundedTenths(of: value, per: divisor)
        if tenths >= 10_000, unitIndex < units.count - 1 {
            divisor *= 1000
            unitIndex += 1
            tenths = roundedTenths(of: value, per: divisor)
        }
        let whole = tenths / 10
        let fraction = tenths % 10
        let number = fraction == 0 ? "\(whole)" : "\(whole)\(style.decimalMark)\(fraction)"
        return "\(number) \(units[unitIndex])"
    }

    /// Tidies a display string from the API: "10MB" → "10 MB", "1.5gb" → "1.5 GB" ("1,5 GB" with
    /// a "," mark), "512B" → "512 bytes". The digits are kept as written; only the decimal mark,
    /// spacing and the unit's spelling change. A mark followed by exactly three digits ("1,500 MB")
    /// may be a thousands separator, so it stays as sent. Text that isn't a number and a known
    /// unit is returned trimmed, as given.
    public static func normalized(_ text: String, style: ByteSizeStyle = .english) -> String {
        let trimmed = text.trimmingWhitespace
        guard let (number, unit) = splitNumberAndUnit(trimmed),
            let canonicalUnit = canonicalUnits[unit.lowercased()]
        else { return trimmed }
        if canonicalUnit == "bytes" {
            guard let count = Int64(number) else { return trimmed }
            return style.byteCount(count)
        }
        return "\(localized(number, decimalMark: style.decimalMark)) \(canonicalUnit)"
    }

    /// "1.5" → "1,5" for a "," mark; "1,500" (perhaps thousands) and whole numbers as written.
    private static func localized(_ number: String, decimalMark: String) -> String {
        guard let mark = number.firstIndex(where: { $0 == "." || $0 == "," }) else { return number }
        let fraction = number[number.index(after: mark)...]
        if fraction.count == 3 { return number }
        return "\(number[..<mark])\(decimalMark)\(fraction)"
    }

    /// Unit spellings seen in store-written sizes, lowercased, mapped to how the page shows them.
    static let canonicalUnits: [String: String] = [
        "b": "bytes", "byte": "bytes", "bytes": "bytes",
        "k": "kB", "kb": "kB",
        "m": "MB", "mb": "MB",
        "g": "GB", "gb": "GB",
        "t": "TB", "tb": "TB",
        "p": "PB", "pb": "PB",
        "kib": "KiB", "mib": "MiB", "gib": "GiB", "tib": "TiB",
    ]

    /// value / divisor in tenths, rounded half up, without floating point.
    /// `value % divisor * 10` stays below 10^19, inside UInt64.
    private static func roundedTenths(of value: UInt64, per divisor: UInt64) -> UInt64 {
        value / divisor * 10 + (value % divisor * 10 + divisor / 2) / divisor
    }

    /// Splits "10MB", "1.5 GB", "2,5 MB" into number and unit; nil unless the string is exactly
    /// digits with at most one "." or "," between digits, optional spaces, then letters.
    private static func splitNumberAndUnit(_ text: String) -> (number: String, unit: String)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var sawSeparator = false
        while index < scalars.count {
            let scalar = scalars[index]
            if ("0"..."9").contains(scalar) {
                index += 1
            } else if scalar == "." || scalar == ",", !sawSeparator, index > 0,
                index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1])
            {
                sawSeparator = true
                index += 1
            } else {
                break
            }
        }
        guard index > 0 else { return nil }
        let number = String(String.UnicodeScalarView(scalars[..<index]))
        var unitStart = index
        while unitStart < scalars.count, scalars[unitStart] == " " { unitStart += 1 }
        let unitScalars = scalars[unitStart...]
        guard !unitScalars.isEmpty,
            unitScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) })
        else { return nil }
        return (number, String(String.UnicodeScalarView(unitScalars)))
    }
}
