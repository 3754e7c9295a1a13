import DigitalDownloads

/// Lets tests write an order id as a literal (`"abc_1-2"`); a literal that is not a valid id is
/// a mistake in the test itself and stops it at once.
extension OrderID: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        do {
            try self.init(text)
        } catch {
            preconditionFailure("invalid order id literal in a test: \(error)")
        }
    }
}
