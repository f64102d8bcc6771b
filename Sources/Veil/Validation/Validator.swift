/// What a validator says about a candidate value.
public enum ValidatorVerdict: Sendable, Equatable {
    /// The whole candidate passes the check (a checksum, a registry length, a date).
    case valid
    /// Only the first `utf8Length` bytes of the candidate form a valid value; the finding is
    /// shortened to them (a regex that may run past the value, such as an IBAN followed by a word).
    case validPrefix(utf8Length: Int)
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
    let check: @Sendable (Substring) -> ValidatorVerdict

    public init(name: String, isStrong: Bool = true, check: @escaping @Sendable (Substring) -> ValidatorVerdict) {
        self.name = name
        self.isStrong = isStrong
        self.check = check
    }

    /// Runs the check on a candidate.
    public func callAsFunction(_ candidate: Substring) -> ValidatorVerdict { check(candidate) }
}

extension Validator {
    /// The validators that ship with Veil, by the names pattern packs use.
    public static let builtIn: [Validator] = [.iban, .paymentCard, .bic, .cardExpiry, .phone] + identity
}

extension ValidatorVerdict {
    /// `.valid` when `condition` holds, `.invalid` otherwise.
    static func from(_ condition: Bool) -> ValidatorVerdict { condition ? .valid : .invalid }
}

extension Substring {
    /// The ASCII digits and letters of the candidate, separators dropped.
    var alphanumerics: [UInt8] {
        utf8.filter { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
    }

    /// The values of the ASCII digits of the candidate, everything else dropped.
    var digitValues: [Int] {
        utf8.compactMap { $0 >= 0x30 && $0 <= 0x39 ? Int($0 - 0x30) : nil }
    }
}
