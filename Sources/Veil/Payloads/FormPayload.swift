/// An `application/x-www-form-urlencoded` body (`To=%2B4930…&Body=Hallo+Welt&…`, as Twilio
/// posts its messaging webhooks): its fields of the wanted names, percent-decoded.
package struct FormPayload {
    /// One selected field.
    package struct Field {
        package let name: String
        /// Where the encoded value sits in the body (after the `=`).
        package let valueRange: Range<Int>
        /// The value decoded: `+` is a space, `%XX` a byte.
        package let decoded: [UInt8]
    }

    package enum Failure: Error, Equatable {
        /// A `%` not followed by two hexadecimal digits, or a decoded value that is not UTF-8.
        case invalidEncoding
    }

    package private(set) var fields: [Field] = []

    /// Reads `body` and keeps the fields named in `names` (compared after decoding). Every
    /// field's name and value are checked to decode, selected or not.
    package init(_ body: UnsafeBufferPointer<UInt8>, names: Set<String>) throws(Failure) {
        var start = 0
        // A trailing newline (a body read as a line or a file) belongs to no field.
        var end = body.count
        while end > 0 && (body[end - 1] == 0x0A || body[end - 1] == 0x0D) { end -= 1 }
        while start < end {
            var stop = start
            while stop < end && body[stop] != UInt8(ascii: "&") { stop += 1 }
            var equals = start
            while equals < stop && body[equals] != UInt8(ascii: "=") { equals += 1 }
            let name = try Self.decode(UnsafeBufferPointer(rebasing: body[start..<equals]))
            let valueRange = min(equals + 1, stop)..<stop
            let value = try Self.decode(UnsafeBufferPointer(rebasing: body[valueRange]))
            let nameText = String(decoding: name, as: UTF8.self)
            if names.contains(nameText) { fields.append(Field(name: nameText, valueRange: valueRange, decoded: value)) }
            start = stop + 1
        }
    }

    static func decode(_ encoded: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(encoded.count)
        var index = 0
        while index < encoded.count {
            let byte = encoded[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(0x20)
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < encoded.count, let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2]) else {
                    throw .invalidEncoding
                }
                decoded.append(high << 4 | low)
                index += 2
            } else {
                decoded.append(byte)
            }
            index += 1
        }
        guard decoded.withUnsafeBufferPointer({ UTF8Check.isValid($0) }) else { throw .invalidEncoding }
        return decoded
    }

    /// Appends `value` form-encoded: letters, digits and `-._~` as they are, a space as `+`,
    /// every other byte as `%XX`.
    static func appendEncoded(_ value: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in value {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.append(byte)
            case 0x20:
                output.append(UInt8(ascii: "+"))
            default:
                output.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
