import Foundation

/// A strings file's bytes with the name errors give it (a path, or "built-in it.json").
public struct ThemeStringsFile: Sendable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
