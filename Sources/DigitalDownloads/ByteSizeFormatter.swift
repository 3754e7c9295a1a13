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
        var trimmed = text.trimmingWhitespace
        // Read on UTF-8 bytes: every byte the rule accepts is ASCII, so a non-ASCII one ends the
        // number or fails the unit as its scalar did, without building arrays of scalars.
        let normal: String? = trimmed.withUTF8 { bytes in
            guard let (number, unit) = splitNumberAndUnit(bytes), let canonicalUnit = canonicalUnit(bytes[unit]) else {
                return nil
            }
            let digits = bytes[number]
            if canonicalUnit == "bytes" {
                return Int64(String(decoding: digits, as: UTF8.self)).map(style.byteCount)
            }
            return localized(digits, decimalMark: style.decimalMark) + " " + canonicalUnit
        }
        return normal ?? trimmed
    }

    /// "1.5" → "1,5" for a "," mark; "1,500" (perhaps thousands) and whole numbers as written.
    private static func localized(_ number: Slice<UnsafeBufferPointer<UInt8>>, decimalMark: String) -> String {
        guard let mark = number.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
            number.endIndex - mark - 1 != 3
        else { return String(decoding: number, as: UTF8.self) }
        return String(decoding: number[..<mark], as: UTF8.self) + decimalMark
            + String(decoding: number[(mark + 1)...], as: UTF8.self)
    }

    /// The page's spelling of a unit as sent ("mb", "MB", "Mb" → "MB"), nil for an unknown one.
    private static func canonicalUnit(_ unit: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        // Letters only (checked by the split), so setting bit 5 lowercases them.
        canonicalUnits[String(decoding: unit.map { $0 | 0x20 }, as: UTF8.self)]
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

    /// Splits "10MB", "1.5 GB", "2,5 MB" into number and unit; nil unless the text is exactly
    /// digits with at most one "." or "," between digits, optional spaces, then ASCII letters.
    private static func splitNumberAndUnit(_ text: UnsafeBufferPointer<UInt8>) -> (number: Range<Int>, unit: Range<Int>)? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var index = 0
        var sawSeparator = false
        while index < text.count {
            let byte = text[index]
            if isDigit(byte) {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), !sawSeparator, index > 0,
                index + 1 < text.count, isDigit(text[index + 1])
            {
                sawSeparator = true
                index += 1
            } else {
                break
            }
        }
        guard index > 0 else { return nil }
        var unitStart = index
        while unitStart < text.count, text[unitStart] == UInt8(ascii: " ") { unitStart += 1 }
        guard unitStart < text.count,
            text[unitStart...].allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") })
        else { return nil }
        return (0..<index, unitStart..<text.count)
    }
}
