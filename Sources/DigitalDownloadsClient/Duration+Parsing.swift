import Foundation

extension Duration {
    /// Parses `90s`, `15m`, `6h`, `2d`, `1h30m`: one or more whole numbers each followed by a
    /// unit, units from largest to smallest and each at most once, so `30m1h` or `1h1h` (likely
    /// typos) are refused rather than guessed at. Surrounding spaces are ignored.
    public init(parsing text: String) throws(DurationParseError) {
        let input = text.trimmingCharacters(in: .whitespaces)
        func failure(_ reason: String) -> DurationParseError { DurationParseError(input: text, reason: reason) }
        guard !input.isEmpty else { throw failure("it is empty") }

        let units: [(name: Character, seconds: Int64)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]
        var total: Int64 = 0
        var digits = ""
        var nextUnit = 0
        for character in input {
            if ("0"..."9").contains(character) {
                digits.append(character)
                continue
            }
            guard let unit = units.firstIndex(where: { $0.name == character }) else {
                throw failure("\"\(character)\" is not a unit")
            }
            guard !digits.isEmpty else { throw failure("\"\(character)\" has no number before it") }
            guard unit >= nextUnit else { throw failure("units must go from largest to smallest, each once") }
            guard let value = Int64(digits) else { throw failure("the number is too large") }
            let (seconds, overflowed) = value.multipliedReportingOverflow(by: units[unit].seconds)
            let (sum, sumOverflowed) = total.addingReportingOverflow(seconds)
            guard !overflowed, !sumOverflowed else { throw failure("the number is too large") }
            total = sum
            digits = ""
            nextUnit = unit + 1
        }
        guard digits.isEmpty else {
            throw failure(
                nextUnit == 0 ? "the number has no unit (\(digits)s for seconds?)" : "\(digits) at the end has no unit")
        }
        self = .seconds(total)
    }
}
