// JSON read and written on bytes: a strict reader that finds values without building them,
// and a writer that escapes what it writes. Shared by payload scanning and the command line.

/// A strict RFC 8259 reader over bytes that are already valid UTF-8.
package struct JSONReader {
    package let bytes: UnsafeBufferPointer<UInt8>
    package var position = 0
    /// Containers nested deeper than this make the text invalid, so hostile input cannot
    /// exhaust the stack.
    package static let maxDepth = 512

    package init(bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    package func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    package mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    package mutating func skipValue(depth: Int) -> Bool {
        guard depth < Self.maxDepth, let byte = peek() else { return false }
        switch byte {
        case UInt8(ascii: "\""): return scanString() != nil
        case UInt8(ascii: "{"): return skipContainer(close: UInt8(ascii: "}"), keyed: true, depth: depth)
        case UInt8(ascii: "["): return skipContainer(close: UInt8(ascii: "]"), keyed: false, depth: depth)
        case UInt8(ascii: "t"): return skipLiteral("true")
        case UInt8(ascii: "f"): return skipLiteral("false")
        case UInt8(ascii: "n"): return skipLiteral("null")
        default: return skipNumber()
        }
    }

    private mutating func skipContainer(close: UInt8, keyed: Bool, depth: Int) -> Bool {
        position += 1
        skipWhitespace()
        if peek() == close { position += 1; return true }
        while true {
            skipWhitespace()
            if keyed {
                guard scanString() != nil else { return false }
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { return false }
                position += 1
                skipWhitespace()
            }
            guard skipValue(depth: depth + 1) else { return false }
            skipWhitespace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            guard peek() == close else { return false }
            position += 1
            return true
        }
    }

    private mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for index in 0..<count where bytes[position + index] != literal.utf8Start[index] { return false }
        position += count
        return true
    }

    private mutating func skipNumber() -> Bool {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), ASCII.isDigit(first) else { return false }
        position += 1
        if first != UInt8(ascii: "0") { while let byte = peek(), ASCII.isDigit(byte) { position += 1 } }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let byte = peek(), ASCII.isDigit(byte) else { return false }
            while let byte = peek(), ASCII.isDigit(byte) { position += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let byte = peek(), ASCII.isDigit(byte) else { return false }
            while let byte = peek(), ASCII.isDigit(byte) { position += 1 }
        }
        return position > start
    }


    /// Checks the string at the current position and moves past it. Returns the range of its
    /// content and whether it has escapes, or nil when it is not a valid string.
    package mutating func scanString() -> (content: Range<Int>, hasEscapes: Bool)? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        var index = start
        var hasEscapes = false
        while index < bytes.count {
            index = JSONWriter.skipPlainBytes(in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return (start..<index, hasEscapes)
            }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                guard index + 1 < bytes.count else { return nil }
                switch bytes[index + 1] {
                case UInt8(ascii: "u"):
                    guard index + 6 <= bytes.count, bytes[index + 2..<index + 6].allSatisfy(\.isHexDigit) else { return nil }
                    index += 6
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                default:
                    return nil
                }
                continue
            }
            index += 1
        }
        return nil
    }

    /// Reads a string at the current position and returns its decoded value.
    package mutating func readString() -> String? {
        let start = position
        guard let scanned = scanString() else { return nil }
        if !scanned.hasEscapes { return String(decoding: bytes[scanned.content], as: UTF8.self) }
        position = start + 1
        var decoded: [UInt8] = []
        var pendingHighSurrogate: UInt32?
        while let byte = peek() {
            position += 1
            if byte == UInt8(ascii: "\"") {
                if pendingHighSurrogate != nil { decoded.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                if pendingHighSurrogate != nil { decoded.append(contentsOf: [0xEF, 0xBF, 0xBD]); pendingHighSurrogate = nil }
                decoded.append(byte)
                continue
            }
            guard let escaped = peek() else { return nil }
            position += 1
            if escaped == UInt8(ascii: "u") {
                guard let unit = readHex4() else { return nil }
                if (0xD800...0xDBFF).contains(unit) {
                    if pendingHighSurrogate != nil { decoded.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
                    pendingHighSurrogate = unit
                    continue
                }
                var scalar = unit
                if (0xDC00...0xDFFF).contains(unit) {
                    guard let high = pendingHighSurrogate else { decoded.append(contentsOf: [0xEF, 0xBF, 0xBD]); continue }
                    scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                } else if pendingHighSurrogate != nil {
                    decoded.append(contentsOf: [0xEF, 0xBF, 0xBD])
                }
                pendingHighSurrogate = nil
                decoded.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
                continue
            }
            if pendingHighSurrogate != nil { decoded.append(contentsOf: [0xEF, 0xBF, 0xBD]); pendingHighSurrogate = nil }
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            default: return nil
            }
        }
        return nil
    }

    private mutating func readHex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
            default: return nil
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }
}

/// Writes JSON text into a byte buffer.
package enum JSONWriter {
    /// Appends `text` as a JSON string, quotes included.
    package static func appendString(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString(bytes: $0, to: &output) }
    }

    /// Appends UTF-8 `bytes` as a JSON string, quotes included.
    package static func appendString(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < bytes.count {
            index = skipPlainBytes(in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(of: byte, to: &output)
                runStart = index + 1
            }
            index += 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        output.append(UInt8(ascii: "\""))
    }

    /// `index` moved past bytes a JSON string keeps as they are, eight at a time while eight
    /// remain: to the first byte it escapes, or to where fewer than eight bytes are left.
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    package static func skipPlainBytes(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        var index = index
        while index + 8 <= bytes.count {
            if let offset = firstSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return index + offset }
            index += 8
        }
        return index
    }

    /// The index of the first of the eight bytes of `word` (loaded from memory, little-endian)
    /// that is a quote, a backslash or a control character, the bytes a JSON string escapes; nil
    /// when there is none. Word at a time: each test flags a byte exactly when every byte below
    /// it is unflagged (a borrow only runs upwards from a flagged byte), so the lowest flag is
    /// exact.
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    package static func firstSpecialByte(_ word: UInt64) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let flags = zeroBytes(word ^ 0x2222_2222_2222_2222) | zeroBytes(word ^ 0x5C5C_5C5C_5C5C_5C5C)
            | (word &- 0x2020_2020_2020_2020) & ~word & highs
        return flags == 0 ? nil : flags.trailingZeroBitCount >> 3
    }

    private static func appendEscape(of byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    package static func appendRaw(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    package static func appendRaw(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A confidence as JSON with two decimals, e.g. `0.85`.
    package static func appendUnitInterval(_ value: Double, to output: inout [UInt8]) {
        let hundredths = Int((min(1, max(0, value)) * 100).rounded())
        guard hundredths < 100 else { return appendRaw("1.0", to: &output) }
        output.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: "."), UInt8(ascii: "0") + UInt8(hundredths / 10), UInt8(ascii: "0") + UInt8(hundredths % 10)])
    }

    /// A whole number in decimal, without building a string.
    package static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
