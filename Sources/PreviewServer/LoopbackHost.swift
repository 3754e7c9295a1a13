/// The `Host` a request to a preview bound to loopback may carry: a loopback name or address,
/// with any port.
///
/// A page of a hostile site can reach `127.0.0.1` through DNS rebinding (its own name, resolved to
/// this machine), but its requests still carry its own name as the `Host`: refusing those keeps it
/// from reading pages whose links download real files.
enum LoopbackHost {
    static func isAllowed(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return false }
        let name: Substring
        if host.hasPrefix("[") {
            // "[::1]" or "[::1]:8080"
            guard let close = host.firstIndex(of: "]") else { return false }
            name = host[host.index(after: host.startIndex)..<close]
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || isPort(rest.dropFirst()) && rest.first == ":" else { return false }
            return name == "::1"
        }
        let parts = host.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.count == 1 || isPort(parts[1]) else { return false }
        name = parts[0]
        if name.lowercased() == "localhost" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    private static func isPort(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 5 && text.allSatisfy(\.isASCII) && UInt16(text) != nil
    }
}
