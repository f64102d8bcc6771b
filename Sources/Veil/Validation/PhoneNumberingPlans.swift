import Synchronization

/// A kind of phone number, as libphonenumber tells them apart.
public enum PhoneNumberType: String, Sendable, CaseIterable {
    case fixedLine = "fixed_line"
    case mobile
    /// A number the plan does not tell apart (the US: fixed-line and mobile numbers look alike).
    case fixedLineOrMobile = "fixed_or_mobile"
    case tollFree = "toll_free"
    case premiumRate = "premium_rate"
    case sharedCost = "shared_cost"
    case voip
    case personalNumber = "personal"
    case pager
    case uan
    case voicemail
}

/// Where a valid phone number belongs: its region (an ISO 3166 code, or `001` for
/// non-geographic numbers such as `+800`) and its type.
struct PhoneNumberIdentity: Equatable {
    let region: String
    let type: PhoneNumberType
}

/// libphonenumber's numbering plans for every region, read from `PhoneMetadata` (generated from
/// its metadata). A calling code's plans are compiled the first time a number needs them.
///
/// The checks follow libphonenumber's `parse` and `isValidNumber`: a number is valid when its
/// national significant number matches the general description and one type's description (its
/// lengths and pattern) of the region it belongs to. Numbers are ASCII digit strings.
final class PhoneNumberingPlans: Sendable {
    /// The plans of libphonenumber's metadata as Veil ships it.
    static let shared = PhoneNumberingPlans(table: PhoneMetadata.regions)

    /// The table's lines by calling code, in the table's order (the code's main region first).
    private let linesByCode: [Int: [Substring]]
    /// The calling code of each region (the non-geographic `001` is not a region one lives in).
    private let codeByRegion: [String: Int]
    private let compiled = Mutex<[Int: [PhoneRegionPlan]]>([:])

    init(table: String) {
        var linesByCode: [Int: [Substring]] = [:]
        var codeByRegion: [String: Int] = [:]
        for line in Self.split(table[...], at: UInt8(ascii: "\n")) where !line.isEmpty {
            let fields = Self.split(line, at: UInt8(ascii: "\t"), limit: 3)
            guard fields.count == 3, let code = Int(fields[1]) else { preconditionFailure("malformed phone metadata line: \(line)") }
            linesByCode[code, default: []].append(line)
            if fields[0] != "001" { codeByRegion[String(fields[0])] = code }
        }
        self.linesByCode = linesByCode
        self.codeByRegion = codeByRegion
    }

    /// `text` split at an ASCII `separator`, empty pieces kept, into at most `limit` pieces,
    /// by its UTF-8 bytes (splitting by `Character` cost 43 million instructions at start-up).
    static func split(_ text: Substring, at separator: UInt8, limit: Int = .max) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex, pieces.count < limit - 1 {
            if text.utf8[index] == separator {
                pieces.append(text[start..<index])
                start = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    /// Every region of the table (ISO 3166 codes), sorted.
    var regionCodes: [String] { codeByRegion.keys.sorted() }

    /// The plans of the regions that share `code`, the main region first; nil for a code no
    /// region has.
    func plans(forCallingCode code: Int) -> [PhoneRegionPlan]? {
        guard let lines = linesByCode[code] else { return nil }
        return compiled.withLock { cache in
            if let plans = cache[code] { return plans }
            let plans = lines.map(PhoneRegionPlan.init(line:))
            cache[code] = plans
            return plans
        }
    }

    /// The plan of one region, nil for a region libphonenumber does not know.
    func plan(forRegion region: String) -> PhoneRegionPlan? {
        guard let code = codeByRegion[region] else { return nil }
        return plans(forCallingCode: code)?.first { $0.region == region }
    }

    /// A number written internationally: `digits` are what follows the `+` or `00` (a calling
    /// code, then the national number, perhaps with its national prefix as in `+49 (0)30 …`).
    func identifyInternational(_ digits: ArraySlice<UInt8>, matcher: DigitMatcher) -> PhoneNumberIdentity? {
        guard digits.first != UInt8(ascii: "0") else { return nil }
        var code = 0
        for length in 1...3 where digits.count > length {
            code = code * 10 + Int(digits[digits.startIndex + length - 1] - UInt8(ascii: "0"))
            guard let plans = plans(forCallingCode: code) else { continue }
            let national = plans[0].nationalSignificantNumber(of: digits.dropFirst(length), matcher: matcher).number
            return identify(national, among: plans, matcher: matcher)
        }
        return nil
    }

    /// A number written without a calling code, read as someone in `home` writes it: after the
    /// region's international prefix (`011` in the US) it is international; otherwise it must
    /// carry the region's national prefix where the region writes one (`030 …` in Germany; a US
    /// number may drop its `1`).
    func identifyNational(_ digits: ArraySlice<UInt8>, writtenIn home: PhoneRegionPlan, matcher: DigitMatcher) -> PhoneNumberIdentity? {
        if let prefix = home.internationalPrefix, let end = matcher.prefixEnd(of: prefix, in: digits), end < digits.count,
           digits[digits.startIndex + end] != UInt8(ascii: "0") {
            return identifyInternational(digits.dropFirst(end), matcher: matcher)
        }
        // Most candidates are no number of a region that writes its prefix: one look at the first digit says so.
        if !home.startsWithRequiredNationalPrefix(digits) { return nil }
        let (national, strippedPrefix) = home.nationalSignificantNumber(of: digits, matcher: matcher)
        if home.writesNationalPrefix && !strippedPrefix { return nil }
        guard let plans = plans(forCallingCode: home.callingCode) else { return nil }
        return identify(national, among: plans, matcher: matcher)
    }

    /// The region and type of a national significant number of one calling code (libphonenumber's
    /// `getRegionCodeForNumber`, then `getNumberType` in that region); nil when it is not valid.
    private func identify(_ national: ArraySlice<UInt8>, among plans: [PhoneRegionPlan], matcher: DigitMatcher) -> PhoneNumberIdentity? {
        guard (2...17).contains(national.count) else { return nil }
        if plans.count == 1 { return plans[0].type(of: national, matcher: matcher).map { PhoneNumberIdentity(region: plans[0].region, type: $0) } }
        for plan in plans {
            if let leading = plan.leadingDigits {
                guard matcher.prefixEnd(of: leading, in: national) != nil else { continue }
                return plan.type(of: national, matcher: matcher).map { PhoneNumberIdentity(region: plan.region, type: $0) }
            }
            if let type = plan.type(of: national, matcher: matcher) { return PhoneNumberIdentity(region: plan.region, type: type) }
        }
        return nil
    }
}

/// One region's numbering plan. Its prefixes and leading digits are compiled with it; its number
/// descriptions the first time a number is checked against them (most regions that share a
/// calling code with a home region are only ever asked for their leading digits).
final class PhoneRegionPlan: Sendable {
    let region: String
    let callingCode: Int
    /// The international (IDD) prefix dialled from this region: `00`, `011`.
    let internationalPrefix: DigitPattern?
    /// The national (trunk) prefix: `0` in Germany, `1` in the US.
    let nationalPrefix: String?
    /// What libphonenumber strips as a national prefix (and carrier code).
    private let nationalPrefixForParsing: DigitPattern?
    /// How the national number is rebuilt from the prefix's groups (`$1`), for the few regions
    /// whose numbers change when dialled nationally.
    private let transformRule: String?
    /// Whether the region writes national numbers with their national prefix (`0` in Germany).
    let writesNationalPrefix: Bool
    /// The leading digits that tell this region apart from others with its calling code.
    let leadingDigits: DigitPattern?
    /// The prefixes one of which a national number must start with, when the region writes its
    /// national prefix and strips only literal prefixes (`0` in Germany, `0` or `180020` in the UK).
    private let requiredNationalPrefixes: [[UInt8]]?
    /// Whether `digits` start with a national prefix the region requires (true where it requires none).
    func startsWithRequiredNationalPrefix(_ digits: ArraySlice<UInt8>) -> Bool {
        guard let required = requiredNationalPrefixes else { return true }
        return required.contains { digits.starts(with: $0) }
    }

    /// Whether a number whose digits start as `digits` do may be read in this region as written
    /// without a calling code: it starts with the region's international prefix or a national
    /// prefix the region requires. False only when no leading part of `digits` can be read here,
    /// so that a caller can skip the region for all of them (an international prefix that is a
    /// pattern is not looked at: it answers true).
    func mayReadNationally(_ digits: ArraySlice<UInt8>) -> Bool {
        if startsWithRequiredNationalPrefix(digits) { return true }
        guard let international = internationalPrefix else { return false }
        guard let literals = international.literals else { return true }
        return literals.contains { digits.starts(with: $0) }
    }

    /// How many groups each of `groupings` has, as bits (bit n: a grouping of n groups).
    let groupCounts: UInt64
    /// How many digits the first group of one of `groupings` may have, as bits.
    let firstGroupLengths: UInt64
    private let sameMobileAndFixedLine: Bool
    private let localOnlyLengths: LengthSet
    /// The digit groups of the region's national formats, each group's possible lengths:
    /// `[[3...3, 3...3, 4...4], [3...3, 4...4]]` in the US.
    let groupings: [[ClosedRange<Int>]]
    /// The fields of the number descriptions, compiled into `descriptions` on first use.
    private let descriptionFields: [String?]
    private let compiledDescriptions = Mutex<NumberDescriptions?>(nil)

    /// Reads one line of `PhoneMetadata.regions` (its fields are described in
    /// scripts/phone/generate-metadata.py).
    init(line: Substring) {
        let fields = PhoneNumberingPlans.split(line, at: UInt8(ascii: "\t")).map { $0 == "-" ? nil : String($0) }
        precondition(fields.count == 23, "malformed phone metadata line: \(line)")
        region = fields[0]!
        callingCode = Int(fields[1]!)!
        internationalPrefix = fields[3].map { DigitPattern($0, wholeNumber: false) }
        nationalPrefix = fields[4]
        nationalPrefixForParsing = fields[5].map { DigitPattern($0, wholeNumber: false) }
        transformRule = fields[6]
        writesNationalPrefix = fields[7] == "1"
        leadingDigits = fields[8].map { DigitPattern($0, wholeNumber: false) }
        sameMobileAndFixedLine = fields[9] == "1"
        localOnlyLengths = LengthSet(fields[10])
        descriptionFields = Array(fields[11...21])
        groupings = (fields[22]?.split(separator: ";") ?? []).map { format in
            format.split(separator: ",").map { group in
                let bounds = group.split(separator: "-").map { Int($0)! }
                return bounds[0]...bounds[bounds.count - 1]
            }
        }
        groupCounts = groupings.reduce(0) { $0 | 1 << UInt64(min($1.count, 63)) }
        firstGroupLengths = groupings.reduce(0) { bits, grouping in
            grouping.first.map { first in first.reduce(bits) { $0 | 1 << UInt64(min($1, 63)) } } ?? bits
        }
        requiredNationalPrefixes = writesNationalPrefix ? nationalPrefixForParsing?.literals : nil
    }

    /// The number descriptions, compiled on first use.
    private var descriptions: NumberDescriptions {
        compiledDescriptions.withLock { compiled in
            if let compiled { return compiled }
            let descriptions = NumberDescriptions(descriptionFields)
            compiled = descriptions
            return descriptions
        }
    }

    /// The type of a national significant number in this region, nil when it is not a valid
    /// number here (libphonenumber's `getNumberTypeHelper`).
    func type(of national: ArraySlice<UInt8>, matcher: DigitMatcher) -> PhoneNumberType? {
        let descriptions = descriptions
        guard descriptions.general.matches(national, matcher: matcher) else { return nil }
        for (type, description) in descriptions.otherTypes where description.matches(national, matcher: matcher) { return type }
        let mobile = descriptions.mobile
        if let fixedLine = descriptions.fixedLine, fixedLine.matches(national, matcher: matcher) {
            if sameMobileAndFixedLine || mobile?.matches(national, matcher: matcher) == true { return .fixedLineOrMobile }
            return .fixedLine
        }
        if !sameMobileAndFixedLine, let mobile, mobile.matches(national, matcher: matcher) { return .mobile }
        return nil
    }

    /// `digits` without the national prefix (and carrier code), and whether one was taken off
    /// (libphonenumber's `maybeStripNationalPrefixAndCarrierCode` and the length check `parse`
    /// makes after it: the prefix stays when what remains is too short to be a number here).
    func nationalSignificantNumber(of digits: ArraySlice<UInt8>, matcher: DigitMatcher) -> (number: ArraySlice<UInt8>, strippedPrefix: Bool) {
        guard let prefix = nationalPrefixForParsing, !digits.isEmpty else { return (digits, false) }
        let stripped: ArraySlice<UInt8>
        if let transformRule, let regex = prefix.regex, regex.captureCount > 0 {
            guard let groups = matcher.captureRanges(of: regex, in: digits) else { return (digits, false) }
            if let last = groups.last, last != nil, groups.count > 1 {
                stripped = ArraySlice(Self.transform(digits, groups: groups, rule: transformRule))
            } else {
                stripped = digits.dropFirst(groups[0]!.upperBound)
            }
        } else {
            guard let end = matcher.prefixEnd(of: prefix, in: digits) else { return (digits, false) }
            stripped = digits.dropFirst(end)
        }
        let general = descriptions.general
        // The length first: it is the cheaper of the two conditions, which must both hold.
        guard isPossibleAfterStripping(stripped.count, general: general) else { return (digits, false) }
        if general.patternMatches(digits, matcher: matcher) && !general.patternMatches(stripped, matcher: matcher) { return (digits, false) }
        return (stripped, true)
    }

    /// libphonenumber keeps a stripped number unless its length is too short, local only or
    /// impossible for the region (`testNumberLength`); too long is kept.
    private func isPossibleAfterStripping(_ length: Int, general: NumberDescription) -> Bool {
        if localOnlyLengths.contains(length) { return false }
        guard let longest = general.lengths.longest else { return true }
        return general.lengths.contains(length) || length > longest
    }

    /// `rule` with `$n` replaced by capture group n of the prefix, followed by the rest of `digits`.
    private static func transform(_ digits: ArraySlice<UInt8>, groups: [Range<Int>?], rule: String) -> [UInt8] {
        var result: [UInt8] = []
        var bytes = rule.utf8.makeIterator()
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "$"), let next = bytes.next() {
                let group = Int(next - UInt8(ascii: "0"))
                if group < groups.count, let range = groups[group] {
                    result += digits[digits.startIndex + range.lowerBound ..< digits.startIndex + range.upperBound]
                }
            } else {
                result.append(byte)
            }
        }
        result += digits.dropFirst(groups[0]!.upperBound)
        return result
    }
}

/// A region's number descriptions: general, then each type's.
final class NumberDescriptions: Sendable {
    let general: NumberDescription
    /// The types other than fixed line and mobile, in libphonenumber's order of precedence.
    let otherTypes: [(PhoneNumberType, NumberDescription)]
    let fixedLine: NumberDescription?
    let mobile: NumberDescription?

    /// `fields` are the eleven description fields of a metadata line, general first.
    init(_ fields: [String?]) {
        let descriptions = fields.map { field in field.map(NumberDescription.init) }
        general = descriptions[0]!
        let others: [PhoneNumberType] = [.premiumRate, .tollFree, .sharedCost, .voip, .personalNumber, .pager, .uan, .voicemail]
        otherTypes = zip(others, descriptions[1...8]).compactMap { type, description in description.map { (type, $0) } }
        fixedLine = descriptions[9]
        mobile = descriptions[10]
    }
}

/// A pattern of the metadata, anchored at the start of a digit string: runs of digits as
/// alternatives (most national and international prefixes: `0`, `00`, `011`, `0|180020`) are
/// compared byte by byte, the first that matches winning as in PCRE2; anything else runs in PCRE2.
///
/// A struct of two optionals, not an enum of two cases: Swift keeps an enum's case in spare bits
/// of the pattern's pointer, which LeakSanitizer then no longer sees as a pointer.
struct DigitPattern: Sendable {
    /// The alternatives, when the pattern is only digits and `|`.
    let literals: [[UInt8]]?
    /// The compiled pattern otherwise.
    let regex: PCRE2Pattern?

    /// With `wholeNumber`, the pattern must match the whole digit string. Number descriptions
    /// are JIT-compiled, as a valid number runs up to eleven of them: measured on 20,000 lines,
    /// phone-heavy messages take 7% fewer instructions with the JIT (1,577 against 1,695
    /// million), the 75%-clean mix 3% more (569 against 553 million: the compilation).
    init(_ pattern: String, wholeNumber: Bool) {
        let alternatives = pattern.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        if !wholeNumber, alternatives.allSatisfy({ !$0.isEmpty && $0.allSatisfy(ASCII.isDigit) }) {
            literals = alternatives.map(Array.init)
            regex = nil
            return
        }
        do {
            literals = nil
            regex = try PCRE2Pattern(wholeNumber ? "(?:\(pattern))\\z" : pattern, anchored: true, jit: wholeNumber)
        } catch {
            preconditionFailure("phone metadata pattern does not compile (\(error.message)): \(pattern)")
        }
    }
}

/// A set of number lengths (1...31), as the metadata's `possibleLengths` lists them.
struct LengthSet: Sendable {
    private let bits: UInt32

    /// `list` is comma-separated, nil for none.
    init(_ list: String?) {
        var bits: UInt32 = 0
        for length in list?.split(separator: ",") ?? [] { bits |= 1 << UInt32(Int(length)!) }
        self.bits = bits
    }

    var isEmpty: Bool { bits == 0 }
    func contains(_ length: Int) -> Bool { length < 32 && bits & (1 << UInt32(length)) != 0 }
    var longest: Int? { bits == 0 ? nil : 31 - bits.leadingZeroBitCount }
}

/// One number description of a plan: the lengths and the pattern of, say, German mobile numbers.
struct NumberDescription: Sendable {
    /// The whole-number pattern.
    let pattern: DigitPattern
    /// The possible lengths; empty means those of the general description.
    let lengths: LengthSet

    /// `field` is `PATTERN LENGTHS` as the generated table writes it.
    init(_ field: String) {
        let parts = field.split(separator: " ")
        pattern = DigitPattern(String(parts[0]), wholeNumber: true)
        lengths = LengthSet(parts.count > 1 && parts[1] != "-" ? String(parts[1]) : nil)
    }

    /// libphonenumber's `isNumberMatchingDesc`: a possible length, and the pattern.
    func matches(_ number: ArraySlice<UInt8>, matcher: DigitMatcher) -> Bool {
        (lengths.isEmpty || lengths.contains(number.count)) && patternMatches(number, matcher: matcher)
    }

    /// The pattern alone (libphonenumber's `matchNationalNumber`).
    func patternMatches(_ number: ArraySlice<UInt8>, matcher: DigitMatcher) -> Bool {
        matcher.prefixEnd(of: pattern, in: number) != nil
    }
}

/// Runs the plans' patterns on digit strings with one thread's match data. The subjects are at
/// most a few dozen digits, so a pattern that fails with a PCRE2 error counts as not matching.
struct DigitMatcher {
    let matchData: PCRE2MatchData
    private static let limits = PCRE2MatchLimits.shortSubjects

    /// Where a match of `pattern` at the start of `digits` ends, nil when there is none.
    func prefixEnd(of pattern: DigitPattern, in digits: ArraySlice<UInt8>) -> Int? {
        if let literals = pattern.literals { return literals.first { digits.starts(with: $0) }?.count }
        guard let regex = pattern.regex else { return nil }
        return digits.withUnsafeBufferPointer { subject in
            (try? regex.firstMatch(in: subject, from: 0, matchData: matchData, limits: Self.limits))??.range.upperBound
        }
    }

    /// The ranges of a match of `pattern` at the start of `digits` and of its groups.
    func captureRanges(of pattern: PCRE2Pattern, in digits: ArraySlice<UInt8>) -> [Range<Int>?]? {
        digits.withUnsafeBufferPointer { subject in
            (try? pattern.captureRanges(in: subject, matchData: matchData, limits: Self.limits)) ?? nil
        }
    }
}
