/// What a validator learned about a value besides that it is valid: where it belongs and what
/// kind it is. For a phone number: its region (`DE`, `US`, `001` for non-geographic numbers)
/// and its type (`mobile`, `fixed_line`, `toll_free`, … as `PhoneNumberType` names them).
public struct FindingDetail: Sendable, Equatable {
    public let region: String
    public let kind: String

    public init(region: String, kind: String) {
        self.region = region
        self.kind = kind
    }
}

/// One piece of sensitive data in a message: what it is, and where, by UTF-8 byte offsets of
/// the message as it was given. `range(in:)` and `scalarRange(in:)` locate it in the message's
/// `String` when a caller needs that.
public struct Finding: Sendable, Equatable {
    public let category: Category
    /// The rule's type, e.g. `IBAN`, `CARD`, `PHONE`.
    public let type: String
    /// The id of the rule that found it.
    public let ruleID: String
    /// Where it is in the message, as UTF-8 byte offsets, including any invisible or look-alike
    /// characters inside the value.
    public let utf8Range: Range<Int>
    /// How sure Veil is, 0...1.
    public let confidence: Double
    /// Whether a checksum or registry check of the rule's validator passed.
    public let isValidated: Bool
    /// What the validator told about the value (a phone number's region and type), if anything.
    public let detail: FindingDetail?

    /// The same finding at `range`: cut to its part in one message, or moved by an offset.
    public func moved(to range: Range<Int>) -> Finding {
        Finding(category: category, type: type, ruleID: ruleID, utf8Range: range, confidence: confidence,
                isValidated: isValidated, detail: detail)
    }

    /// The range in `text`, the message that was scanned.
    public func range(in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: utf8Range.upperBound)
    }

    /// The range as Unicode scalar (code point) offsets of `text`, the message that was
    /// scanned, as Python and Presidio count.
    public func scalarRange(in text: String) -> Range<Int> {
        let range = range(in: text)
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        let length = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
        return start..<start + length
    }
}

/// What scanning one message gives: its findings and its risk. A failed scan throws
/// `ScanError` and gives no result, so nothing unscanned looks clean. The redacted message is
/// written on demand, from the message that was scanned: as a `String` (`redacted(_:policy:)`)
/// or appended to a byte buffer (`appendRedacted`), so a pipeline of bytes builds no `String`.
public struct ScanResult: Sendable, Equatable {
    /// The findings, in order of position, none overlapping.
    public let findings: [Finding]
    /// The message's risk.
    public let risk: Risk

    /// The result of a message without findings.
    public static let clean = ScanResult(findings: [], risk: .none)

    /// Whether nothing was found: the message may pass on as it came.
    public var isClean: Bool { findings.isEmpty }

    /// `text`, the message that was scanned, with every finding replaced as `policy` says;
    /// `text` itself when nothing was found.
    public func redacted(_ text: String, policy: RedactionPolicy = RedactionPolicy()) -> String {
        Redactor.redact(text, findings: findings, policy: policy)
    }

    /// Appends `message`, the bytes that were scanned, to `output` with every finding replaced
    /// as `policy` says for its type; the bytes between findings are copied unchanged.
    public func appendRedacted(_ message: Span<UInt8>, policy: RedactionPolicy = RedactionPolicy(),
                               to output: inout [UInt8]) {
        message.withUnsafeBufferPointer { Redactor.appendRedacted($0, findings: findings, policy: policy, to: &output) }
    }
}

/// Why a message could not be scanned. The message must then not be passed on: nothing of it
/// was checked.
public enum ScanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU could not normalise the text.
    case normalization(String)
    /// A rule hit PCRE2's match, depth or heap limit (hostile or pathological input).
    case matchLimit(ruleID: String, reason: String)
    /// The message took longer than the scanner's `timeBudget` (a hostile message, or a pack's
    /// regex that backtracks at every position): it fails closed like a match limit.
    case timeBudget(milliseconds: Int)
    /// Bytes given to `MessageScanner.scanBytes` with `checkingUTF8` were not valid UTF-8.
    case invalidUTF8

    public var description: String {
        switch self {
        case .normalization(let reason): "normalisation failed: \(reason)"
        case .matchLimit(let ruleID, let reason): "rule '\(ruleID)' stopped at a match limit: \(reason)"
        case .timeBudget(let milliseconds): "the scan took longer than its time budget of \(milliseconds) ms"
        case .invalidUTF8: "the message is not valid UTF-8"
        }
    }
}
