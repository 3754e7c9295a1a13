import DigitalDownloads

/// Why ids given by the user were refused; an ids file's problems are all listed, with line numbers.
public enum OrderIDListError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidArgument(OrderIDError)
    case invalidLines([String])
    case unreadable(String)

    public var description: String {
        switch self {
        case .invalidArgument(let error): "\(error)"
        case .invalidLines(let problems): problems.joined(separator: "\n")
        case .unreadable(let path): "\(path): cannot read the ids file"
        }
    }
}
