/// How a finding is written in the redacted text (an operator, as Presidio calls it).
public enum RedactionStyle: Sendable, Equatable {
    /// `[TYPE]`, e.g. `[IBAN]`.
    case label
    /// Letters and digits become `*` except the last four (and an IBAN's country code);
    /// spaces, `-`, `.` and `/` stay; every other character of the value is dropped.
    /// E.g. `DE** **** **** **** **30 00`.
    case mask
    /// A keyed pseudonym of the value's canonical form: `[IBAN:7f3a9c2e]`, the same for every
    /// spelling of the value within the key and scope.
    case pseudonym(Pseudonymizer)
    /// The value sealed into a reversible token, `[IBAN:enc:…]`; `veil reveal` opens it with the key.
    case seal(TokenSealer)
    /// The value as it came (the finding is still reported and counted in the risk).
    case keep

    /// The name used by `--operator` and policy files.
    public var name: String {
        switch self {
        case .label: "label"
        case .mask: "mask"
        case .pseudonym: "pseudonym"
        case .seal: "encrypt"
        case .keep: "keep"
        }
    }

    /// The most bytes the replacement of a value of `valueCount` bytes and type `type` takes.
    func maximumReplacementCount(type: String, valueCount: Int) -> Int {
        switch self {
        case .label: type.utf8.count + 2
        case .mask, .keep: valueCount
        case .pseudonym: type.utf8.count + 11
        // `[TYPE:enc:` + base64url of a 12-byte nonce, the value and a 16-byte tag + `]`
        case .seal: type.utf8.count + 7 + ((valueCount + 28) * 4 + 2) / 3
        }
    }

    /// Appends the bytes that replace `finding`, whose own bytes are `value`: never more than
    /// `maximumReplacementCount` bytes.
    func appendReplacement(for finding: Finding, value: UnsafeBufferPointer<UInt8>, to output: inout some RedactedBytes) {
        var replacement: String
        switch self {
        case .label:
            replacement = "[" + finding.type + "]"
        case .mask:
            replacement = Self.mask(String(decoding: value, as: UTF8.self), keepingPrefix: finding.category == .iban ? 2 : 0)
        case .pseudonym(let pseudonymizer):
            let canonical = CanonicalValue.bytes(of: value, finding: finding)
            return canonical.withUnsafeBufferPointer { pseudonymizer.appendToken(type: finding.type, canonical: $0, to: &output) }
        case .seal(let sealer):
            replacement = sealer.seal(value.span, type: finding.type)
        case .keep:
            return output.append(contentsOf: value)
        }
        replacement.withUTF8 { output.append(contentsOf: $0) }
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
    static func redact(_ text: String, findings: [Finding], policy: RedactionPolicy) -> String {
        guard !findings.isEmpty else { return text }
        var text = text
        return text.withUTF8 { bytes in
            let capacity = bytes.count + findings.reduce(0) { sum, finding in
                sum + policy.style(for: finding).maximumReplacementCount(type: finding.type, valueCount: finding.utf8Range.count)
            }
            return String(unsafeUninitializedCapacity: capacity) { storage in
                var writer = StorageWriter(storage)
                appendRedacted(bytes, findings: findings, policy: policy, to: &writer)
                return writer.count
            }
        }
    }

    /// `redact` for a message given as bytes: appends `message` to `output`, the bytes between
    /// findings unchanged and each finding replaced whole, as `policy` says for its type.
    static func appendRedacted(_ message: UnsafeBufferPointer<UInt8>, findings: [Finding], policy: RedactionPolicy,
                               to output: inout some RedactedBytes) {
        var cursor = 0
        for finding in findings {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: message[cursor..<finding.utf8Range.lowerBound]))
            policy.style(for: finding).appendReplacement(for: finding, value: UnsafeBufferPointer(rebasing: message[finding.utf8Range]), to: &output)
            cursor = finding.utf8Range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: message[cursor...]))
    }
}
