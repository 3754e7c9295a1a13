/// Reason phrases for the statuses a user is likely to see.
enum HTTPStatusText {
    static func suffix(_ code: Int) -> String {
        let text: String? =
            switch code {
            case 400: "bad request"
            case 401: "unauthorized"
            case 402: "payment required"
            case 403: "forbidden"
            case 404: "not found"
            case 408: "request timeout"
            case 422: "unprocessable content"
            case 429: "too many requests"
            case 500: "internal server error"
            case 502: "bad gateway"
            case 503: "service unavailable"
            case 504: "gateway timeout"
            default: nil
            }
        return text.map { " (\($0))" } ?? ""
    }
}
