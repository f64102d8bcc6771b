/// A candidate phone number as the message wrote it (normalised bytes: digits, separators,
/// `+`, parentheses): its digits and how they are grouped.
struct WrittenPhoneNumber {
    /// One group of digits: how many, where it ends in the text, and the separator before it
    /// (nil for the first; a space where only spaces or parentheses stand between).
    struct Group {
        let length: Int
        let end: Int
        let separatorBefore: UInt8?
    }

    /// The digits as ASCII.
    let digits: ArraySlice<UInt8>
    /// Whether it starts with `+` (after any opening parenthesis or space).
    let hasPlus: Bool
    let groups: ArraySlice<Group>

    /// Reads `text` into `buffers`, the thread's (the validator runs on every phone-shaped match,
    /// and two arrays of its own would be two allocations each time). The number lives until the
    /// buffers are used again.
    init(_ text: Span<UInt8>, buffers: Buffers) {
        // The arrays are taken out of the buffers while they fill and handed back after: appending
        // to a class's arrays checks exclusive access on every byte (4,700 instructions a
        // candidate against 1,500; phone-heavy lines 81,100 → 77,900 instructions).
        var digits: [UInt8] = []
        var groups: [Group] = []
        swap(&digits, &buffers.digits)
        swap(&groups, &buffers.groups)
        digits.removeAll(keepingCapacity: true)
        groups.removeAll(keepingCapacity: true)
        var length = 0
        var separator: UInt8?
        var sawPlus = false
        for offset in text.indices {
            let byte = text[offset]
            if ASCII.isDigit(byte) {
                digits.append(byte)
                length += 1
                continue
            }
            if byte == UInt8(ascii: "+") && digits.isEmpty { sawPlus = true }
            if length > 0 {
                groups.append(Group(length: length, end: offset, separatorBefore: groups.isEmpty ? nil : separator ?? UInt8(ascii: " ")))
                length = 0
                separator = nil
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") { separator = byte }
        }
        if length > 0 {
            groups.append(Group(length: length, end: text.count, separatorBefore: groups.isEmpty ? nil : separator ?? UInt8(ascii: " ")))
        }
        self.digits = digits[...]
        hasPlus = sawPlus
        self.groups = groups[...]
        buffers.digits = digits
        buffers.groups = groups
    }

    private init(digits: ArraySlice<UInt8>, hasPlus: Bool, groups: ArraySlice<Group>) {
        self.digits = digits
        self.hasPlus = hasPlus
        self.groups = groups
    }

    /// A thread's storage for the numbers it reads.
    final class Buffers {
        fileprivate var digits: [UInt8] = []
        fileprivate var groups: [Group] = []
    }

    /// Whether it is written with `+` or `00`, so that no home region reads it.
    var isInternational: Bool {
        hasPlus || (digits.count >= 2 && digits[digits.startIndex] == UInt8(ascii: "0") && digits[digits.startIndex + 1] == UInt8(ascii: "0"))
    }

    /// Whether its first three groups are a date such as `03/11/2024`, `3-11-24`, `2024/11/03`
    /// or `06.11.2024` (day, month and year joined by one repeated separator, with a real day
    /// and month): `06.11.2024 14` is a date and an hour, not a number of Wiesbaden.
    var startsWithDate: Bool {
        guard groups.count >= 3 else { return false }
        let (a, b, c) = (groups[groups.startIndex], groups[groups.startIndex + 1], groups[groups.startIndex + 2])
        guard let separator = b.separatorBefore, separator != UInt8(ascii: " "), c.separatorBefore == separator,
              a.length <= 4, b.length <= 4, c.length <= 4 else { return false }
        func value(from start: Int, count: Int) -> Int {
            digits[digits.startIndex + start ..< digits.startIndex + start + count].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let values = (value(from: 0, count: a.length), value(from: a.length, count: b.length), value(from: a.length + b.length, count: c.length))
        let yearFirst = a.length == 4
        let (first, second) = yearFirst ? (values.1, values.2) : (values.0, values.1)
        let yearLength = yearFirst ? a.length : c.length
        let dayAndMonth = (1...31).contains(first) && (1...31).contains(second) && (first <= 12 || second <= 12)
        return dayAndMonth && (yearLength == 2 || yearLength == 4)
    }

    /// The number made of its first `count` groups, and where they end in the text.
    func prefix(groups count: Int) -> (number: WrittenPhoneNumber, end: Int) {
        let first = groups.prefix(count)
        let digitCount = first.reduce(0) { $0 + $1.length }
        return (WrittenPhoneNumber(digits: digits.prefix(digitCount), hasPlus: hasPlus, groups: first), first[first.endIndex - 1].end)
    }
}

/// Telephone numbers, checked against libphonenumber's numbering plan of the country they belong
/// to (`PhoneNumberingPlans`) rather than taken as "any run of digits".
enum PhoneChecks {
    /// The verdict on a candidate: valid as a whole, or (two numbers side by side, `0151 2345678
    /// 030 1234567`) valid in its longest first groups that make a number, in the first home
    /// region that reads it so (Austria would take `0151 2345678 030` whole).
    /// With `groupedAsWritten` false (a number a phone word labels), a region that writes no
    /// national prefix need not group the number as its formats do (`Handy 22 6625521`).
    static func verdict(on text: Span<UInt8>, homes: [PhoneRegionPlan], matcher: DigitMatcher,
                        buffers: WrittenPhoneNumber.Buffers, groupedAsWritten: Bool = true) -> ValidatorVerdict {
        let number = WrittenPhoneNumber(text, buffers: buffers)
        if number.startsWithDate { return .invalid }
        if let identity = identify(number, homes: homes[...], matcher: matcher, groupedAsWritten: groupedAsWritten) {
            return .validAs(FindingDetail(region: identity.region, kind: identity.type.rawValue))
        }
        // An international number is read once; a national one in each home region in turn, but
        // only in those that can read how it starts, and at group counts the region's formats
        // have (measured on 100 KB of random two-digit groups: 847 → 711 million instructions).
        for home in number.isInternational ? 0..<1 : homes.indices {
            let reading = number.isInternational ? homes[...] : homes[home...home]
            if !number.isInternational && !mayRead(number, in: homes[home], groupedAsWritten: groupedAsWritten) { continue }
            var digitCount = number.digits.count
            for count in stride(from: number.groups.count - 1, through: 1, by: -1) {
                digitCount -= number.groups[number.groups.startIndex + count].length
                guard digitCount >= 6 else { break }
                if !number.isInternational && groupedAsWritten && !mayFit(groups: count, of: number, home: homes[home]) { continue }
                let (first, end) = number.prefix(groups: count)
                if let identity = identify(first, homes: reading, matcher: matcher, groupedAsWritten: groupedAsWritten) {
                    return .validPrefix(utf8Length: end, detail: FindingDetail(region: identity.region, kind: identity.type.rawValue))
                }
            }
        }
        return .invalid
    }

    /// Whether `home` may read national `number` or its first groups at all: it reads how the
    /// digits start, and where the region writes no national prefix (the US) and the grouping
    /// counts, the first group may open one of its formats (after a written `1`). Ruling regions
    /// out here spares building prefixes and reading the whole number in each region: 1 MB of
    /// random two-digit groups through `veil` takes 382 instead of 422 ms of CPU (`perf stat`).
    private static func mayRead(_ number: WrittenPhoneNumber, in home: PhoneRegionPlan, groupedAsWritten: Bool) -> Bool {
        guard home.mayReadNationally(number.digits) else { return false }
        let groups = number.groups
        guard groupedAsWritten, !home.writesNationalPrefix, groups.count > 1, !home.groupings.isEmpty else { return true }
        let opens = { (length: Int) in length < 64 && home.firstGroupLengths & (1 << UInt64(length)) != 0 }
        let first = groups[groups.startIndex].length
        // A first group of six or more digits may be a number of one group, which fits any format.
        if first >= 6 || opens(first) { return true }
        return startsWithNationalPrefixGroup(number, home: home) && opens(groups[groups.startIndex + 1].length)
    }

    /// Whether the first of more than two groups of `number` is `home`'s national prefix as a
    /// group of its own (the `1` of `1 702 646 4544`), which the region's formats leave out.
    private static func startsWithNationalPrefixGroup(_ number: WrittenPhoneNumber, home: PhoneRegionPlan) -> Bool {
        guard let prefix = home.nationalPrefix, number.groups.count > 2 else { return false }
        return number.groups[number.groups.startIndex].length == prefix.utf8.count && number.digits.starts(with: prefix.utf8)
    }

    /// Whether the first `count` groups of `number` may be grouped as `home` groups numbers
    /// (`groupsFit` without building them): the count of groups alone rules most out.
    private static func mayFit(groups count: Int, of number: WrittenPhoneNumber, home: PhoneRegionPlan) -> Bool {
        guard !home.writesNationalPrefix, count > 1, home.groupCounts != 0 else { return true }
        let fits = { (groups: Int) in groups < 64 && home.groupCounts & (1 << UInt64(groups)) != 0 }
        return fits(count) || fits(count - 1)
    }

    /// The identity of a written number: with `+` or `00` by its own calling code, always;
    /// otherwise as written in the first of `homes` whose plan makes it a valid number.
    static func identify(_ number: WrittenPhoneNumber, homes: ArraySlice<PhoneRegionPlan>, matcher: DigitMatcher,
                         groupedAsWritten: Bool = true) -> PhoneNumberIdentity? {
        let plans = PhoneNumberingPlans.shared
        if number.isInternational {
            return plans.identifyInternational(number.hasPlus ? number.digits : number.digits.dropFirst(2), matcher: matcher)
        }
        for home in homes where mayRead(number, in: home, groupedAsWritten: groupedAsWritten)
            && (!groupedAsWritten || groupsFit(number, home: home)) {
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
        let groups = startsWithNationalPrefixGroup(number, home: home) ? number.groups.dropFirst() : number.groups
        return home.groupings.contains { grouping in
            grouping.count == groups.count && zip(grouping, groups).allSatisfy { $0.contains($1.length) }
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
        try phone(named: "phone", regions: regions)
    }

    private static func phone(named name: String, regions: [String], groupedAsWritten: Bool = true) throws(UnknownPhoneRegion) -> Validator {
        var homes: [PhoneRegionPlan] = []
        for region in regions {
            guard let plan = PhoneNumberingPlans.shared.plan(forRegion: region.uppercased()) else { throw UnknownPhoneRegion(region: region) }
            homes.append(plan)
        }
        return Validator(name: name, isStrong: false) { [homes] (bytes: Span<UInt8>) in
            let scratch = ScanScratch.current
            return PhoneChecks.verdict(on: bytes, homes: homes, matcher: DigitMatcher(matchData: scratch.validatorMatchData),
                                       buffers: scratch.phoneNumbers, groupedAsWritten: groupedAsWritten)
        }
    }

    /// Phone numbers with the default home regions, `defaultPhoneRegions`.
    static let phone = try! phone(regions: defaultPhoneRegions)

    /// The regions whose national numbers a number labelled as a phone number may be written in
    /// besides the home regions: Europe's (the EU, the EEA, Switzerland, the UK) that write no
    /// national prefix, so that a number without a `0` is all they can be. Chat names a Spanish
    /// or Polish number by its label (`Tel 664 19 66 35`, `Handy 22 6625521`); without the label
    /// one random nine-digit string in twelve would pass Spain's plan alone. Luxembourg is left
    /// out: its plan takes 72% of random strings of 8 to 11 digits (phonenumbers 9.0).
    public static let labelledPhoneRegions = [
        "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT",
        "LI", "LT", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
    ].filter { PhoneNumberingPlans.shared.plan(forRegion: $0)?.writesNationalPrefix == false }

    /// `phone(regions:)` under the name `phone-labelled`, with `labelledPhoneRegions` after
    /// `regions` and no grouping asked of any region: for a rule that reports only numbers a
    /// phone word labels.
    public static func labelledPhone(regions: [String]) throws(UnknownPhoneRegion) -> Validator {
        let homes = regions.map { $0.uppercased() }
        return try phone(named: "phone-labelled", regions: homes + labelledPhoneRegions.filter { !homes.contains($0) },
                         groupedAsWritten: false)
    }

    /// `labelledPhone(regions:)` with the default home regions.
    static let labelledPhone = try! labelledPhone(regions: defaultPhoneRegions)
}
