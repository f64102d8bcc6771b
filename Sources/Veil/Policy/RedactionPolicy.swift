import Foundation

/// What happens to each finding and to each message: the redaction style per type and per
/// category, the values never redacted, the confidence a finding needs, and the risk from which
/// a whole message is withheld. `RedactionPolicy()` is the default: every finding `[TYPE]`,
/// but companies' service numbers (`keptPhoneTypes`).
public struct RedactionPolicy: Sendable, Equatable {
    /// The style of a finding whose type and category have none of their own.
    public var style: RedactionStyle
    public var stylesByCategory: [Category: RedactionStyle] = [:]
    /// By type (`IBAN`, `PHONE`, `DIAGNOSIS`); before the category's.
    public var stylesByType: [String: RedactionStyle] = [:]
    /// Values that are never redacted nor reported, as written (the company's own hotline, its
    /// IBAN): a finding is allowed when its canonical form (`CanonicalValue`) equals an entry's,
    /// so `DE89370400440532013000` allows `DE89 3704 0044 0532 0130 00`.
    public var allowedValues: [String] = []
    /// Patterns a finding's whole value, as written, may match to be allowed (`allow_patterns`).
    public var allowedPatterns: [AllowedPattern] = []
    /// The least confidence a finding of a category needs to count (default: every finding the
    /// scanner reports).
    public var minimumConfidence: [Category: Double] = [:]
    /// A message whose risk reaches this level is withheld whole; nil: never.
    public var withholdFrom: RiskLevel?
    /// Phone numbers of these types (`FindingDetail.kind`) are neither redacted nor reported.
    /// By default `businessPhoneTypes`; empty: every phone number counts.
    public var keptPhoneTypes: Set<String> = RedactionPolicy.businessPhoneTypes

    /// The types of number that numbering plans give to businesses only: toll-free,
    /// premium-rate, shared-cost and universal access numbers (a company's hotline, `0800 …`,
    /// `0180 …`, `1-800-…`). No one's personal number is one of them; a customer who writes one
    /// quotes a company. In the blind sets every such number was a company's hotline, and no
    /// customer's number was one.
    public static let businessPhoneTypes: Set<String> = [
        PhoneNumberType.tollFree.rawValue, PhoneNumberType.premiumRate.rawValue,
        PhoneNumberType.sharedCost.rawValue, PhoneNumberType.uan.rawValue,
    ]

    public init(_ style: RedactionStyle = .label) {
        self.style = style
    }

    /// A policy that counts every finding the scanner reports: for a scan whose result another
    /// policy filters after (`MessageScanner.applying`).
    public static let allFindings: RedactionPolicy = {
        var policy = RedactionPolicy()
        policy.keptPhoneTypes = []
        return policy
    }()

    /// The style `finding` is written in.
    public func style(for finding: Finding) -> RedactionStyle {
        stylesByType[finding.type] ?? stylesByCategory[finding.category] ?? style
    }

    /// Whether `finding`, whose bytes are `value`, counts: confident enough, not allowed, and
    /// not a phone number of a kept type.
    public func counts(_ finding: Finding, value: Span<UInt8>) -> Bool {
        value.withUnsafeBufferPointer { counts(finding, value: $0) }
    }

    /// `counts(_:value:)` for bytes the scan path holds by pointer.
    func counts(_ finding: Finding, value: UnsafeBufferPointer<UInt8>) -> Bool {
        if finding.category == .phone, let kind = finding.detail?.kind, keptPhoneTypes.contains(kind) { return false }
        if let minimum = minimumConfidence[finding.category], finding.confidence < minimum { return false }
        if allowedPatterns.contains(where: { $0.matches(value) }) { return false }
        guard !allowedValues.isEmpty else { return true }
        let canonical = CanonicalValue.of(value, finding: finding)
        return !allowedValues.contains { entry in
            var entry = entry
            return entry.withUTF8 { CanonicalValue.of($0, finding: finding) } == canonical
        }
    }

    /// The values of an allow file: one per line, blank lines and lines starting with `#` left
    /// out; nil when the file cannot be read as UTF-8.
    public static func allowedValues(contentsOfFile path: String) -> [String]? {
        guard let data = try? Data(contentsOf: URL(filePath: path)), let text = String(validating: data, as: UTF8.self) else { return nil }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Whether a pseudonym style's scope depends on the message (`day`, `conversation`).
    public var hasPerMessageScope: Bool {
        ([style] + Array(stylesByCategory.values) + Array(stylesByType.values)).contains { style in
            if case .pseudonym(let pseudonymizer) = style { pseudonymizer.isPerMessage } else { false }
        }
    }

    /// The policy of one message: every pseudonym style resolved for its conversation and day.
    public func resolved(conversation: String?) -> RedactionPolicy {
        func resolve(_ style: RedactionStyle) -> RedactionStyle {
            if case .pseudonym(let pseudonymizer) = style { .pseudonym(pseudonymizer.resolved(conversation: conversation)) } else { style }
        }
        var policy = self
        policy.style = resolve(style)
        policy.stylesByCategory = stylesByCategory.mapValues(resolve)
        policy.stylesByType = stylesByType.mapValues(resolve)
        return policy
    }

    /// Whether a message of `risk` is withheld whole.
    public func withholds(_ risk: Risk) -> Bool {
        withholdFrom.map { risk.level >= $0 && risk.level != .none } ?? false
    }
}

extension MessageScanner {
    /// `result`, the scan of `message`, with only the findings `policy` counts, and the risk of those.
    public func applying(_ policy: RedactionPolicy, to result: ScanResult, in message: Span<UInt8>) -> ScanResult {
        message.withUnsafeBufferPointer { applying(policy, to: result, inBytes: $0) }
    }

    /// `applying(_:to:in:)` for a message the scan path holds by pointer.
    func applying(_ policy: RedactionPolicy, to result: ScanResult, inBytes message: UnsafeBufferPointer<UInt8>) -> ScanResult {
        guard !result.isClean, !policy.allowedValues.isEmpty || !policy.allowedPatterns.isEmpty || !policy.minimumConfidence.isEmpty
                || !policy.keptPhoneTypes.isEmpty else {
            return result
        }
        func counts(_ finding: Finding) -> Bool { policy.counts(finding, value: UnsafeBufferPointer(rebasing: message[finding.utf8Range])) }
        // Nearly always every finding counts: the result is returned as it is, with no new array.
        guard let first = result.findings.firstIndex(where: { !counts($0) }) else { return result }
        let kept = Array(result.findings[..<first]) + result.findings[(first + 1)...].filter(counts)
        return ScanResult(findings: kept, risk: risk(of: kept))
    }
}
