import AsyncHTTPClient
import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension AsyncHTTPClientTransport {
    /// Maps AsyncHTTPClient and NIO errors to ours. AsyncHTTPClient's errors are reduced to
    /// their `shortDescription`, which never carries header values.
    static func transportError(_ error: any Error, timeout: Duration, bodyLimit: Int) -> TransportError {
        switch error {
        case let error as TransportError:
            return error
        case is CancellationError:
            return Task.isCancelled ? .cancelled : .timeout(timeout)
        case is NIOTooManyBytesError, is ResponseAccumulator.ResponseTooBigError:
            return .bodyTooLarge(limit: bodyLimit)
        case let error as HTTPClientError:
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
                .getConnectionFromPoolTimeout:
                return .timeout(timeout)
            case .remoteConnectionClosed:
                return .connectionDropped(reason: "the server closed the connection")
            case .invalidURL, .emptyHost, .emptyScheme:
                return .invalidURL(error.shortDescription)
            case .cancelled:
                return Task.isCancelled ? .cancelled : .timeout(timeout)
            default:
                if error.shortDescription == HTTPClientError.unsupportedScheme("").shortDescription {
                    return .invalidURL(error.shortDescription)
                }
                return .connectionFailed(reason: error.shortDescription)
            }
        case let error as ChannelError:
            switch error {
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed:
                return .connectionDropped(reason: "the connection closed")
            default:
                return .connectionFailed(reason: String(describing: error))
            }
        case let error as IOError:
            return isReset(error) ? .connectionDropped(reason: text(of: error)) : .connectionFailed(reason: text(of: error))
        default:
            return .connectionFailed(reason: String(describing: error))
        }
    }

    /// "connection refused (errno 111)": NIO's own description is written for its developers
    /// ("connection reset (error set): Connection refused) (errno: 111)", brackets unbalanced).
    static func text(of error: IOError) -> String {
        let code = error.errnoCode
        guard let message = strerror(code).map({ String(cString: $0) }), let first = message.first else {
            return "system error \(code)"
        }
        return first.lowercased() + message.dropFirst() + " (errno \(code))"
    }

    private static func isReset(_ error: IOError) -> Bool {
        error.errnoCode == ECONNRESET || error.errnoCode == EPIPE
    }
}
