/// A place in a template file, as a person counts it: lines and columns from 1, columns in characters.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as shown to the user, e.g. `partials/asset.mustache`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
