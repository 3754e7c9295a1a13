/// Why a text is not an order id; the message quotes the text (shortened) so it can be found.
public enum OrderIDError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case tooLong(String)
    case invalidCharacters(String)

    public var description: String {
        switch self {
        case .empty:
            "an order id cannot be empty"
        case .tooLong(let text):
            "order id '\(text.prefix(40))…' is longer than \(OrderID.maximumLength) characters"
        case .invalidCharacters(let text):
            "order id '\(text.debugDescription.dropFirst().dropLast())' may contain only ASCII letters, digits, '-' and '_'"
        }
    }
}
