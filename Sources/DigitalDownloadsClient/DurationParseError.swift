import Foundation

/// Why a duration text ("90s", "1h30m") was refused, with an example of what works.
public struct DurationParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var input: String
    public var reason: String

    public var description: String {
        "invalid duration \"\(input)\": \(reason); write whole numbers with units d, h, m, s from largest to smallest, e.g. 90s, 15m, "
            + "6h, 2d or 1h30m"
    }
}
