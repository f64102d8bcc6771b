/// A candidate phone number as the message wrote it (normalised bytes: digits, separators,
/// `+`, parentheses): its digits and how they are grouped.
struct WrittenPhoneNumber {
    /// The digits as ASCII.
    let digits: ArraySlice<UInt8>
    /// Whether it starts with `+` (after any opening parenthesis or space).
    let hasPlus: Bool
    /// Each digit group: how many digits, where it ends in the text, and the separator before
    /// it (nil for the first; a space where only spaces or parentheses stand between).
    let groups: [(length: Int, end: Int, separatorBefore: UInt8?)]

    init(_ text: UnsafeBufferPointer<UInt8>) {
        var digits: [UInt8] = []
        var groups: [(length: Int, end: Int, separatorBefore: UInt8?)] = []
        var length = 0
        var separator: UInt8?
        var sawPlus = false
        for (offset, byte) in text.enumerated() {
            if byte &- 0x30 < 10 {
                digits.append(byte)
                length += 1
                continue
            }
            if byte == UInt8(ascii: "+") && digits.isEmpty { sawPlus = true }
            if length > 0 {
                groups.append((length, offset, groups.isEmpty ? nil : separator ?? UInt8(ascii: " ")))
                length = 0
                separator = nil
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") { separator = byte }
        }
        if length > 0 { groups.append((length, text.count, groups.isEmpty ? nil : separator ?? UInt8(ascii: " "))) }
        self.digits = ArraySlice(digits)
        self.hasPlus = sawPlus
        self.groups = groups
    }

    /// Whether its first three groups are a date such as `03/11/2024`, `3-11-24`, `2024/11/03`
    /// or `06.11.2024` (day, month and year joined by one repeated separator, with a real day
    /// and month): `06.11.2024 14` is a date and an hour, not a number of Wiesbaden.
    var startsWithDate: Bool {
        guard groups.count >= 3, let separator = groups[1].separatorBefore, separator != UInt8(ascii: " "),
              groups[2].separatorBefore == separator else { return false }
        var values: [Int] = []
        var start = digits.startIndex
        for group in groups[..<3] {
            values.append(digits[start..<start + group.length].reduce(0) { $0 * 10 + Int($1 - 0x30) })
            start += group.length
        }
        let lengths = groups[..<3].map(\.length)
        guard lengths.allSatisfy({ $0 <= 4 }) else { return false }
        let yearFirst = lengths[0] == 4
        let (first, second) = yearFirst ? (values[1], values[2]) : (values[0], values[1])
        let yearLength = yearFirst ? lengths[0] : lengths[2]
        let dayAndMonth = (1...31).contains(first) && (1...31).contains(second) && (first <= 12 || second <= 12)
        return dayAndMonth && (yearLength == 2 || yearLength == 4)
    }

    /// The number made of its first `count` groups, and where they end in the text.
    func prefix(groups count: Int) -> (number: WrittenPhoneNumber, end: Int) {
        let digitCount = groups[..<count].reduce(0) { $0 + $1.length }
        return (WrittenPhoneNumber(digits: digits.prefix(digitCount), hasPlus: hasPlus, groups: Array(groups[..<count])), groups[count - 1].end)
    }

    private init(digits: ArraySlice<UInt8>, hasPlus: Bool, groups: [(length: Int, end: Int, separatorBefore: UInt8?)]) {
        self.digits = digits
        self.hasPlus = hasPlus
        self.groups = groups
    }
}

/// Telephone numbers, checked against libphonenumber's numbering plan of the country they belong
/// to (`PhoneNumberingPlans`) rather than taken as "any run of digits".
enum PhoneChecks {
    /// The verdict on a candidate: valid as a whole, or (two numbers side by side, `0151 2345678 /
    /// 030 1234567`) valid in its longest first groups that make a number.
    static func verdict(on text: UnsafeBufferPointer<UInt8>, homes: [PhoneRegionPlan], matcher: DigitMatcher) -> ValidatorVerdict {
        let number = WrittenPhoneNumber(text)
        if number.startsWithDate { return .invalid }
        if let identity = identify(number, homes: homes, matcher: matcher) {
            return .validAs(FindingDetail(region: identity.region, kind: identity.type.rawValue))
        }
        for count in stride(from: number.groups.count - 1, through: 1, by: -1) {
            let (first, end) = number.prefix(groups: count)
            guard first.digits.count >= 6 else { break }
            if let identity = identify(first, homes: homes, matcher: matcher) {
                return .validPrefix(utf8Length: end, detail: FindingDetail(region: identity.region, kind: identity.type.rawValue))
            }
        }
        return .invalid
    }

    /// The identity of a written number: with `+` or `00` by its own calling code, always;
    /// otherwise as written in the first of `homes` whose plan makes it a valid number.
    static func identify(_ number: WrittenPhoneNumber, homes: [PhoneRegionPlan], matcher: DigitMatcher) -> PhoneNumberIdentity? {
        let plans = PhoneNumberingPlans.shared
        if number.hasPlus { return plans.identifyInternational(number.digits, matcher: matcher) }
        if number.digits.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "0")]) {
            return plans.identifyInternational(number.digits.dropFirst(2), matcher: matcher)
        }
        for home in homes where groupsFit(number, home: home) {
            if let identity = plans.identifyNational(number.digits, writtenIn: home, matcher: matcher) { return identity }
        }
        return nil
    }

    /// In a region that writes no national prefix (the US), a number's digits alone say little
    /// (`2024-000123` is a valid US number), so a number written in groups must be grouped as
    /// the region's formats group it (`201-555-0123`, `(201) 555 0123`, `1 201 555 0123`).
    /// Where the national prefix is written (`0` in Germany), it is marker enough.
    static func groupsFit(_ number: WrittenPhoneNumber, home: PhoneRegionPlan) -> Bool {
        guard !home.writesNationalPrefix, number.groups.count > 1, !home.groupings.isEmpty else { return true }
        var lengths = number.groups.map(\.length)
        if let prefix = home.nationalPrefix, lengths.count > 2, lengths[0] == prefix.count,
           number.digits.starts(with: prefix.utf8) {
            lengths.removeFirst()
        }
        return home.groupings.contains { grouping in
            grouping.count == lengths.count && zip(grouping, lengths).allSatisfy { $0.contains($1) }
        }
    }
}

/// A region code that libphonenumber's metadata does not know.
public struct UnknownPhoneRegion: Error, Equatable, Sendable, CustomStringConvertible {
    public let region: String
    public var description: String { "unknown phone region '\(region)': use ISO 3166 codes such as DE, AT, CH, GB, US" }
}

extension Validator {
    /// The home regions Veil reads phone numbers written without a calling code in, when none
    /// are given: German and English customer chat (Germany, Austria, Switzerland, the UK, and
    /// the US, whose plan also covers Canada and the rest of the +1 area).
    public static let defaultPhoneRegions = ["DE", "AT", "CH", "GB", "US"]

    /// Phone numbers by libphonenumber's numbering plans: with `+` or `00` against their own
    /// country's plan, otherwise as written in the first of `regions` (ISO 3166 codes, in order
    /// of preference) where they are valid; never a date. A valid number's finding carries its
    /// region and type (`DE`, `mobile`).
    public static func phone(regions: [String]) throws(UnknownPhoneRegion) -> Validator {
        var homes: [PhoneRegionPlan] = []
        for region in regions {
            guard let plan = PhoneNumberingPlans.shared.plan(forRegion: region.uppercased()) else { throw UnknownPhoneRegion(region: region) }
            homes.append(plan)
        }
        return Validator(name: "phone") { [homes] (bytes: UnsafeBufferPointer<UInt8>) in
            PhoneChecks.verdict(on: bytes, homes: homes, matcher: DigitMatcher(matchData: ScanScratch.current.validatorMatchData))
        }
    }

    /// Phone numbers with the default home regions, `defaultPhoneRegions`.
    static let phone = try! phone(regions: defaultPhoneRegions)
}
