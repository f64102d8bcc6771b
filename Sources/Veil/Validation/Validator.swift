/// What a validator says about a candidate value.
public enum ValidatorVerdict: Sendable, Equatable {
    /// The whole candidate passes the check (a checksum, a registry length, a date).
    case valid
    /// The whole candidate passes, and the check tells where it belongs and what kind it is
    /// (a phone number's region and type); the finding carries the detail.
    case validAs(FindingDetail)
    /// Only the first `utf8Length` bytes of the candidate form a valid value; the finding is
    /// shortened to them (a regex that may run past the value, such as an IBAN followed by a word).
    /// `detail` is what the check told, as for `validAs`.
    case validPrefix(utf8Length: Int, detail: FindingDetail? = nil)
    /// The candidate is not a value of this type.
    case invalid
    /// The validator cannot tell; the rule's confidence stands as it is.
    case noOpinion
}

/// A named check that a rule's `validator` field refers to. It receives the matched text of the
/// normalised message: NFKC, case-folded (lower case), ASCII digits, with separators such as
/// space, `-`, `.` and `/` as the message wrote them.
public struct Validator: Sendable {
    /// The name used in pattern packs.
    public let name: String
    /// Whether a pass says much: a checksum that random digits pass once in ten is weak.
    public let isStrong: Bool
    private let check: Check

    /// A check on the candidate as a string (a validator from outside) or on its UTF-8 bytes
    /// (the built-in ones, so that a scan builds no string for them).
    private enum Check: Sendable {
        case text(@Sendable (Substring) -> ValidatorVerdict)
        case bytes(@Sendable (Span<UInt8>) -> ValidatorVerdict)
    }

    public init(name: String, isStrong: Bool = true, check: @escaping @Sendable (Substring) -> ValidatorVerdict) {
        self.name = name
        self.isStrong = isStrong
        self.check = .text(check)
    }

    init(name: String, isStrong: Bool = true, bytes check: @escaping @Sendable (Span<UInt8>) -> ValidatorVerdict) {
        self.name = name
        self.isStrong = isStrong
        self.check = .bytes(check)
    }

    /// Runs the check on a candidate.
    public func callAsFunction(_ candidate: Substring) -> ValidatorVerdict {
        switch check {
        case .text(let check): return check(candidate)
        case .bytes(let check):
            var candidate = candidate
            return candidate.withUTF8 { check($0.span) }
        }
    }

    /// Runs the check on a candidate given as UTF-8 bytes.
    func callAsFunction(_ candidate: Span<UInt8>) -> ValidatorVerdict {
        switch check {
        case .text(let check):
            // Normalised text is valid UTF-8, so the validating copy never fails.
            guard let text = try? UTF8Span(validating: candidate) else { return .noOpinion }
            return check(String(copying: text)[...])
        case .bytes(let check): return check(candidate)
        }
    }
}

extension Validator {
    /// The validators that ship with Veil, by the names pattern packs use.
    public static let builtIn: [Validator] = [.iban, .ibanAnyGrouping, .paymentCard, .paymentCardAnyIssuer, .bic, .bicRegistered, .cardExpiry, .phone,
                                              .labelledPhone, .icd10] + identity

    /// The built-in validators with phone numbers written without a calling code read as in
    /// `phoneRegions` (ISO 3166 codes, in order of preference) instead of the default
    /// `DE, AT, CH, GB, US`.
    public static func builtIn(phoneRegions: [String]) throws(UnknownPhoneRegion) -> [Validator] {
        let phone = try Validator.phone(regions: phoneRegions)
        let labelled = try Validator.labelledPhone(regions: phoneRegions)
        return builtIn.map { $0.name == phone.name ? phone : $0.name == labelled.name ? labelled : $0 }
    }
}

extension ValidatorVerdict {
    /// `.valid` when `condition` holds, `.invalid` otherwise.
    static func from(_ condition: Bool) -> ValidatorVerdict { condition ? .valid : .invalid }
}
