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
