import Veil

/// One JSON Lines record: the whole line is checked to be one valid JSON object, and every
/// byte other than the message's string value is kept exactly as it came, so that redaction
/// changes nothing else.
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

    /// Reads `bytes` as one JSON object and finds the member `field` selects (`JSONPath(member:)`).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, field: JSONPathSet) throws(Problem) -> JSONLine {
        let selection: JSONSelection
        do { selection = try JSONSelection(bytes, paths: field, recordingPaths: false) } catch { throw .invalidJSON }
        guard bytes[selection.topLevel.lowerBound] == UInt8(ascii: "{") else { throw .invalidJSON }
        guard selection.strings.count + selection.nonStrings <= 1 else { throw .duplicateField }
        guard let string = selection.strings.first else { throw .fieldMissing }
        let message: Message
        if string.hasEscapes {
            message = .decoded(string.decoded(in: bytes))
        } else {
            message = .unescaped(string.contentRange)
        }
        return JSONLine(message: message, valueRange: string.valueRange, closingBrace: selection.topLevel.upperBound - 1,
                        isEmptyObject: selection.topLevelIsEmptyObject)
    }
}
