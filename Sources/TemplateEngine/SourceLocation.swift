/// A place in a template file, as a person counts it: lines and columns from 1, columns in characters.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as shown to the user, e.g. `partials/asset.mustache`.
    public var file: String
    /// The line, counted from 1.
    public var line: Int
    /// The column, counted from 1 in characters (not bytes), so it matches what an editor shows.
    public var column: Int

    /// A location to report, e.g. when a caller builds its own diagnostics.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into a link to the place.
    public var description: String { "\(file):\(line):\(column)" }
}
