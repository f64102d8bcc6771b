/// How a finding is written in the redacted text.
public enum RedactionStyle: Sendable, Equatable {
    /// `[TYPE]`, e.g. `[IBAN]`.
    case label
    /// Letters and digits become `*` except the last four (and an IBAN's country code);
    /// spaces, `-`, `.` and `/` stay; every other character of the value is dropped.
    /// E.g. `DE** **** **** **** **30 00`.
    case mask

    func replacement(for finding: Finding, in text: String) -> String {
        switch self {
        case .label: "[\(finding.type)]"
        case .mask: Self.mask(text[finding.range], keepingPrefix: finding.category == .iban ? 2 : 0)
        }
    }

    /// The bytes that replace `finding`, whose own bytes are `value`.
    func appendReplacement(for finding: ByteFinding, value: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        switch self {
        case .label:
            output.append(UInt8(ascii: "["))
            output.append(contentsOf: finding.type.utf8)
            output.append(UInt8(ascii: "]"))
        case .mask:
            let masked = Self.mask(Substring(String(decoding: value, as: UTF8.self)), keepingPrefix: finding.category == .iban ? 2 : 0)
            output.append(contentsOf: masked.utf8)
        }
    }

    private static func mask(_ value: Substring, keepingPrefix prefix: Int) -> String {
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

/// Writes the redacted message: bytes outside findings are copied unchanged, each finding is
/// replaced whole.
enum Redactor {
    static func redact(_ text: String, findings: [Finding], style: RedactionStyle) -> String {
        guard !findings.isEmpty else { return text }
        guard style == .label else { return redactByCharacters(text, findings: findings, style: style) }
        // Labels are ASCII and findings lie on character boundaries: copy bytes.
        var text = text
        return text.withUTF8 { bytes in
            let capacity = bytes.count + findings.reduce(0) { $0 + $1.type.utf8.count + 2 }
            return String(unsafeUninitializedCapacity: capacity) { output in
                var written = 0
                func append(_ source: UnsafeBufferPointer<UInt8>) {
                    guard let base = source.baseAddress, !source.isEmpty else { return }
                    (output.baseAddress! + written).update(from: base, count: source.count)
                    written += source.count
                }
                var cursor = 0
                for finding in findings {
                    append(UnsafeBufferPointer(rebasing: bytes[cursor..<finding.utf8Range.lowerBound]))
                    output[written] = UInt8(ascii: "[")
                    written += 1
                    for byte in finding.type.utf8 {
                        output[written] = byte
                        written += 1
                    }
                    output[written] = UInt8(ascii: "]")
                    written += 1
                    cursor = finding.utf8Range.upperBound
                }
                append(UnsafeBufferPointer(rebasing: bytes[cursor...]))
                return written
            }
        }
    }

    /// `redact` for a message given as bytes: appends `message` to `output`, the bytes between
    /// findings unchanged and each finding replaced whole.
    static func appendRedacted(_ message: UnsafeBufferPointer<UInt8>, findings: [ByteFinding], style: RedactionStyle,
                               to output: inout [UInt8]) {
        var cursor = 0
        for finding in findings {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: message[cursor..<finding.utf8Range.lowerBound]))
            style.appendReplacement(for: finding, value: UnsafeBufferPointer(rebasing: message[finding.utf8Range]), to: &output)
            cursor = finding.utf8Range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: message[cursor...]))
    }

    private static func redactByCharacters(_ text: String, findings: [Finding], style: RedactionStyle) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var cursor = text.startIndex
        for finding in findings {
            output += text[cursor..<finding.range.lowerBound]
            output += style.replacement(for: finding, in: text)
            cursor = finding.range.upperBound
        }
        output += text[cursor...]
        return output
    }
}
