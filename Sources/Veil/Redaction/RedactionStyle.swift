/// How a finding is written in the redacted text.
public enum RedactionStyle: Sendable, Equatable {
    /// `[TYPE]`, e.g. `[IBAN]`.
    case label
    /// Letters and digits become `*` except the last four (and an IBAN's country code);
    /// spaces, `-`, `.` and `/` stay; every other character of the value is dropped.
    /// E.g. `DE** **** **** **** **30 00`.
    case mask

    /// Appends the bytes that replace `finding`, whose own bytes are `value`: never more than
    /// `value.count` bytes, or the label's length.
    func appendReplacement(for finding: ByteFinding, value: UnsafeBufferPointer<UInt8>, to output: inout some RedactedBytes) {
        var replacement: String
        switch self {
        case .label:
            output.append(UInt8(ascii: "["))
            replacement = finding.type
        case .mask:
            replacement = Self.mask(String(decoding: value, as: UTF8.self), keepingPrefix: finding.category == .iban ? 2 : 0)
        }
        replacement.withUTF8 { output.append(contentsOf: $0) }
        if self == .label { output.append(UInt8(ascii: "]")) }
    }

    private static func mask(_ value: String, keepingPrefix prefix: Int) -> String {
        let alphanumericCount = value.count { $0.isLetter || $0.isNumber }
        var seen = 0
        var masked = ""
        for character in value {
            if character.isLetter || character.isNumber {
                seen += 1
                let keep = seen <= prefix || seen > alphanumericCount - 4
                masked.append(keep ? character : "*")
            } else if character == " " || character == "-" || character == "." || character == "/" {
                masked.append(character)
            }
        }
        return masked
    }
}

/// Where redacted bytes are written: a byte array, or the storage of a string being built.
protocol RedactedBytes {
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
    mutating func append(_ byte: UInt8)
}

extension Array: RedactedBytes where Element == UInt8 {}

/// Writes into storage of a known size, such as a new string's.
private struct StorageWriter: RedactedBytes {
    let storage: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(_ storage: UnsafeMutableBufferPointer<UInt8>) {
        self.storage = storage
    }

    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        precondition(count + bytes.count <= storage.count, "redacted text larger than its storage")
        guard let source = bytes.baseAddress else { return }
        (storage.baseAddress! + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < storage.count, "redacted text larger than its storage")
        storage[count] = byte
        count += 1
    }
}

/// Writes the redacted message: bytes outside findings are copied unchanged, each finding is
/// replaced whole.
enum Redactor {
    /// `text` with each of `findings` (found in it) replaced; `text` itself when there are none.
    static func redact(_ text: String, findings: [ByteFinding], style: RedactionStyle) -> String {
        guard !findings.isEmpty else { return text }
        var text = text
        return text.withUTF8 { bytes in
            // A replacement is never longer than the value it replaces, or than its label.
            let capacity = bytes.count + findings.reduce(0) { $0 + $1.type.utf8.count + 2 }
            return String(unsafeUninitializedCapacity: capacity) { storage in
                var writer = StorageWriter(storage)
                appendRedacted(bytes, findings: findings, style: style, to: &writer)
                return writer.count
            }
        }
    }

    /// `redact` for a message given as bytes: appends `message` to `output`, the bytes between
    /// findings unchanged and each finding replaced whole.
    static func appendRedacted(_ message: UnsafeBufferPointer<UInt8>, findings: [ByteFinding], style: RedactionStyle,
                               to output: inout some RedactedBytes) {
        var cursor = 0
        for finding in findings {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: message[cursor..<finding.utf8Range.lowerBound]))
            style.appendReplacement(for: finding, value: UnsafeBufferPointer(rebasing: message[finding.utf8Range]), to: &output)
            cursor = finding.utf8Range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: message[cursor...]))
    }
}
