extension JSONParser {
    /// A number, its first byte at `index`, checked against RFC 8259's grammar and read at once
    /// into a `JSONNumber`, so that reading it later is free.
    mutating func parseNumber() throws(JSONSyntaxError) {
        let start = index
        let isNegative = bytes[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
        var magnitude: UInt64 = 0
        var digitCount = 0
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, Self.isDigit(bytes[index]) { throw error(.leadingZero(bytes[index]), at: index) }
            digitCount = 1
        } else {
            guard Self.isDigit(bytes[index]) else { throw error(.unexpectedByte(bytes[index]), at: index) }
            while index < bytes.count, Self.isDigit(bytes[index]) {
                // 18 digits always fit; longer integers are read again below, with overflow checks.
                if digitCount < 18 { magnitude = magnitude &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0")) }
                digitCount += 1
                index += 1
            }
        }
        var isIntegerSyntax = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isIntegerSyntax = false
            index += 1
            try skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isIntegerSyntax = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            try skipDigits()
        }
        let number: JSONNumber
        if isIntegerSyntax, digitCount <= 18 {
            number = .integer(isNegative ? -Int64(magnitude) : Int64(magnitude))
        } else {
            number = try slowNumber(from: start, isIntegerSyntax: isIntegerSyntax)
        }
        switch number {
        case .integer(let value):
            nodes.append(
                JSONNode(
                    kind: .number, flags: JSONNode.isInteger, start: start, end: index, next: nodes.count + 1,
                    payload: UInt64(bitPattern: value)))
        case .double(let value):
            nodes.append(JSONNode(kind: .number, start: start, end: index, next: nodes.count + 1, payload: value.bitPattern))
        }
    }

    /// One digit or more at `index`.
    private mutating func skipDigits() throws(JSONSyntaxError) {
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
        guard Self.isDigit(bytes[index]) else { throw error(.unexpectedByte(bytes[index]), at: index) }
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// A long integer, or a number with a fraction or an exponent, read as `JSONDecoder` reads
    /// it: an integer when it is a whole number an `Int64` holds (`1.0`, `1e3`), else a `Double`.
    private func slowNumber(from start: Int, isIntegerSyntax: Bool) throws(JSONSyntaxError) -> JSONNumber {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isIntegerSyntax, let value = Int64(text) { return .integer(value) }
        guard let value = Double(text), value.isFinite else { throw error(.numberOutOfRange(text), at: start) }
        // 2^53: below it a whole Double is exactly the number written; above it only the digits say.
        let exactLimit = 9_007_199_254_740_992.0
        if !isIntegerSyntax, value.rounded(.towardZero) == value {
            if Swift.abs(value) < exactLimit { return .integer(Int64(value)) }
            if let exact = Self.exactInteger(text) { return .integer(exact) }
        }
        return .double(value)
    }

    /// The value of a decimal number written with a fraction or an exponent, when it is exactly
    /// a whole number an `Int64` holds (`9007199254740993.0`, `12345678901234567e2`).
    static func exactInteger(_ text: String) -> Int64? {
        var utf8 = Array(text.utf8)[...]
        let isNegative = utf8.first == UInt8(ascii: "-")
        if isNegative { utf8 = utf8.dropFirst() }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var inFraction = false
        var exponent = 0
        for (offset, byte) in zip(utf8.indices, utf8) {
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                let exponentText = String(decoding: utf8[(offset + 1)...], as: UTF8.self)
                guard let parsed = Int(exponentText), Swift.abs(parsed) < 100_000 else { return nil }
                exponent = parsed
                break
            } else {
                digits.append(byte - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            }
        }
        exponent -= fractionDigits
        while let first = digits.first, first == 0, digits.count > 1 { digits.removeFirst() }
        while exponent < 0, let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        guard exponent >= 0, digits.count + exponent <= 19 else { return nil }
        var magnitude: UInt64 = 0
        for digit in digits + [UInt8](repeating: 0, count: exponent) {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflow1, !overflow2 else { return nil }
            magnitude = sum
        }
        if isNegative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }
}
