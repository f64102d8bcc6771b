import Veil

/// One JSON Lines record, read just far enough to find the message field: the whole line is
/// checked to be one valid JSON object, and every byte other than the message's string value is
/// kept exactly as it came, so that redaction changes nothing else.
struct JSONLine {
    /// The message: where its bytes are in the line when its JSON string has no escapes (the
    /// common case, scanned without becoming a string), else decoded.
    enum Message {
        case unescaped(Range<Int>)
        case decoded(String)
    }

    let message: Message
    /// Where the field's value (quotes included) sits in the line.
    let valueRange: Range<Int>
    /// Offset of the object's closing `}`.
    let closingBrace: Int
    /// Whether the object has no members.
    let isEmptyObject: Bool

    enum Problem: Error, Equatable {
        /// The line is not one JSON object.
        case invalidJSON
        /// The object has no member of that name holding a string.
        case fieldMissing
        /// The object has the member more than once (`"text"` and `"t\u0065xt"` alike): a
        /// consumer may read any of them, so the line cannot pass with one of them scanned.
        case duplicateField
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, field fieldBytes: [UInt8]) throws(Problem) -> JSONLine {
        var reader = JSONReader(bytes: bytes)
        reader.skipWhitespace()
        guard reader.peek() == UInt8(ascii: "{") else { throw .invalidJSON }
        reader.position += 1
        var found: (message: Message, range: Range<Int>)?
        var memberCount = 0, fieldCount = 0
        reader.skipWhitespace()
        if reader.peek() == UInt8(ascii: "}") {
            reader.position += 1
        } else {
            while true {
                reader.skipWhitespace()
                guard let isField = reader.readKey(equalTo: fieldBytes) else { throw .invalidJSON }
                reader.skipWhitespace()
                guard reader.peek() == UInt8(ascii: ":") else { throw .invalidJSON }
                reader.position += 1
                reader.skipWhitespace()
                let valueStart = reader.position
                if isField { fieldCount += 1 }
                if isField, reader.peek() == UInt8(ascii: "\"") {
                    guard let message = reader.readMessage() else { throw .invalidJSON }
                    found = (message, valueStart..<reader.position)
                } else {
                    guard reader.skipValue(depth: 0) else { throw .invalidJSON }
                }
                memberCount += 1
                reader.skipWhitespace()
                if reader.peek() == UInt8(ascii: ",") { reader.position += 1; continue }
                guard reader.peek() == UInt8(ascii: "}") else { throw .invalidJSON }
                reader.position += 1
                break
            }
        }
        let closingBrace = reader.position - 1
        reader.skipWhitespace()
        guard reader.position == bytes.count else { throw .invalidJSON }
        guard fieldCount <= 1 else { throw .duplicateField }
        guard let found else { throw .fieldMissing }
        return JSONLine(message: found.message, valueRange: found.range, closingBrace: closingBrace,
                        isEmptyObject: memberCount == 0)
    }
}

extension JSONReader {
    /// Reads a string at the current position: where its content is when it has no escapes,
    /// else its decoded value.
    mutating func readMessage() -> JSONLine.Message? {
        let start = position
        guard let scanned = scanString() else { return nil }
        if !scanned.hasEscapes { return .unescaped(scanned.content) }
        position = start
        return readString().map(JSONLine.Message.decoded)
    }
}
