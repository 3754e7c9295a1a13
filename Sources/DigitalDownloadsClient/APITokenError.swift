/// Why no usable token was found. The messages never quote what was read.
public enum APITokenError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing
    case unreadableFile(path: String, reason: String)
    case empty(source: String)
    case invalidCharacters(source: String)

    public var description: String {
        switch self {
        case .missing:
            "no API token: put the token in a file, or set \(APIToken.environmentVariable)"
        case .unreadableFile(let path, let reason):
            "cannot read the token file \(path): \(reason)"
        case .empty(let source):
            "\(source) is empty: it must hold the API token"
        case .invalidCharacters(let source):
            "\(source) holds spaces, several lines or characters a token cannot have: it must hold only the API token"
        }
    }
}
