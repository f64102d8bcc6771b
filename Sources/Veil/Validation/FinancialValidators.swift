/// Pure checks for bank and card data.
enum FinancialChecks {
    /// ISO 13616: the registry's length and BBAN structure for the country, then ISO 7064
    /// MOD 97-10 over the rearranged IBAN. `characters` are lower-case ASCII letters and digits.
    static func isValidIBAN(_ characters: Span<UInt8>) -> Bool {
        guard characters.count >= 5, let format = ibanFormat(characters[0], characters[1]),
              characters.count == format.length, ASCII.isDigit(characters[2]), ASCII.isDigit(characters[3]) else { return false }
        for (offset, kind) in format.bban.enumerated() where !kind.accepts(characters[4 + offset]) { return false }
        var remainder = 0
        for index in 4..<characters.count { remainder = mod97(remainder, characters[index]) }
        for index in 0..<4 { remainder = mod97(remainder, characters[index]) }
        return remainder == 1
    }

    /// Whether `characters` is a valid IBAN once look-alike letters are read as digits where the
    /// country's format wants a digit, the check digits too: `o` as 0, `i` and `l` as 1, `s`,
    /// `b` and `z` as 5, 8 and 2 (`GB43RBSI39296970O86656`, `NLo3BUNQ6312337382`, `IE07 PPSE Z694 …`).
    /// Where the format takes a letter or a digit they stay letters: trying them both ways let
    /// MOD 97 pass by chance for words an IBAN candidate ran into (`IT03 Q081 3357 33.1 IBAN`,
    /// found by fuzzing).
    static func isValidIBANReadingLookAlikes(_ written: Span<UInt8>) -> Bool {
        guard written.count >= 5, let format = ibanFormat(written[0], written[1]), written.count == format.length else {
            return false
        }
        var characters = IBANCharacters(repeating: 0)
        for index in written.indices { characters[index] = written[index] }
        var readAny = false
        // The check digits, then the BBAN's digit positions.
        let digitPositions = [2, 3] + format.bban.indices.lazy.filter { format.bban[$0] == .digit }.map { 4 + $0 }
        for position in digitPositions {
            guard let read = ASCII.anyLookAlikeDigit(characters[position]) else { continue }
            characters[position] = read
            readAny = true
        }
        return readAny && isValidIBAN(characters.span.extracting(0..<written.count))
    }

    /// The IBAN at the start of `bytes`: its letters and digits, separators skipped, up to the
    /// country's registered length, which must end a group, then the check; `.validPrefix`
    /// when the match runs on past it. Without `allowsShortGroups`, a group of fewer than four
    /// characters before the last makes it none (`Validator.iban`).
    static func ibanVerdict(_ bytes: Span<UInt8>, allowsShortGroups: Bool) -> ValidatorVerdict {
        var characters = IBANCharacters(repeating: 0)
        var count = 0, length = Int.max, end = 0, group = 0
        for index in bytes.indices {
            guard ASCII.isDigit(bytes[index]) || ASCII.isLowercaseLetter(bytes[index]) else {
                if !allowsShortGroups && group > 0 && group < 4 { return .invalid }
                group = 0
                continue
            }
            characters[count] = bytes[index]
            count += 1
            group += 1
            if count == 2 {
                guard let format = ibanFormat(characters[0], characters[1]) else { return .invalid }
                length = format.length
            }
            if count == length {
                end = index + 1
                break
            }
        }
        guard count == length else { return .invalid }
        if end < bytes.count, ASCII.isDigit(bytes[end]) || ASCII.isLowercaseLetter(bytes[end]) { return .invalid }
        let iban = characters.span.extracting(0..<length)
        guard isValidIBAN(iban) || isValidIBANReadingLookAlikes(iban) else { return .invalid }
        return end == bytes.count ? .valid : .validPrefix(utf8Length: end)
    }

    /// Room on the stack for an IBAN's letters and digits: ISO 13616 caps an IBAN at 34.
    typealias IBANCharacters = InlineArray<34, UInt8>

    /// ISO 7064 MOD 97-10, one character further: a digit is itself, a letter 10 to 35.
    private static func mod97(_ remainder: Int, _ byte: UInt8) -> Int {
        ASCII.isDigit(byte) ? (remainder * 10 + Int(byte - 0x30)) % 97 : (remainder * 100 + Int(byte - 0x61) + 10) % 97
    }

    /// A country's IBAN: its length and what each character of its BBAN may be.
    struct IBANFormat: Sendable {
        let length: Int
        let bban: [CharacterKind]
    }

    enum CharacterKind: Sendable {
        case digit, letter, alphanumeric

        func accepts(_ byte: UInt8) -> Bool {
            switch self {
            case .digit: ASCII.isDigit(byte)
            case .letter: ASCII.isLowercaseLetter(byte)
            case .alphanumeric: ASCII.isDigit(byte) || ASCII.isLowercaseLetter(byte)
            }
        }
    }

    /// The format of the country whose code is `first`, `second` (lower-case letters), if it uses IBANs.
    static func ibanFormat(_ first: UInt8, _ second: UInt8) -> IBANFormat? {
        guard ASCII.isLowercaseLetter(first), ASCII.isLowercaseLetter(second) else { return nil }
        return ibanFormats[Int(first - 0x61) * 26 + Int(second - 0x61)]
    }

    /// The formats by country code, `aa` to `zz`, so that a lookup is an index.
    private static let ibanFormats: [IBANFormat?] = {
        var formats = [IBANFormat?](repeating: nil, count: 26 * 26)
        for (country, notation) in IBANRegistry.bbanStructures {
            let code = Array(country.utf8)
            let bban = parseStructure(notation)
            formats[Int(code[0] - 0x61) * 26 + Int(code[1] - 0x61)] = IBANFormat(length: 4 + bban.count, bban: bban)
        }
        return formats
    }()

    /// Parses the registry's notation, e.g. `8!n10!n`, into one kind per character.
    private static func parseStructure(_ notation: String) -> [CharacterKind] {
        var kinds: [CharacterKind] = []
        var count = 0
        for character in notation {
            if let digit = character.wholeNumberValue {
                count = count * 10 + digit
            } else if character != "!" {
                let kind: CharacterKind = character == "n" ? .digit : character == "a" ? .letter : .alphanumeric
                kinds += repeatElement(kind, count: count)
                count = 0
            }
        }
        return kinds
    }

    /// The Luhn (mod 10) check of payment cards: bit `n` is set when the first `n` digits (for
    /// `n` up to 63) pass it. Every
    /// length in one pass. The check doubles every second digit counted from the last, so a
    /// prefix of even length doubles the digits at even positions from the start, one of odd
    /// length those at odd positions; both sums are kept as the digits go by.
    static func luhnPassingLengths(of digits: Span<Int>) -> UInt64 {
        var evenDoubled = 0, oddDoubled = 0
        var passing: UInt64 = 0
        for position in 0..<min(63, digits.count) {
            let digit = digits[position]
            let doubled = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
            if position & 1 == 0 {
                evenDoubled += doubled
                oddDoubled += digit
            } else {
                evenDoubled += digit
                oddDoubled += doubled
            }
            let length = position + 1
            if (length & 1 == 0 ? evenDoubled : oddDoubled) % 10 == 0 { passing |= 1 << UInt64(length) }
        }
        return passing
    }

    /// The verdict on a card candidate: the longest run of its whole digit groups, of
    /// `shortest` to 19 digits, that passes Luhn and `accepts`.
    static func cardVerdict(_ bytes: Span<UInt8>, shortest: Int, accepts: (Span<Int>) -> Bool) -> ValidatorVerdict {
        // The first 19 digits (no card is longer) and where each ends, on the stack: this runs
        // for every long digit run.
        var digitStorage = InlineArray<19, Int>(repeating: 0)
        var ends = InlineArray<19, Int>(repeating: 0)
        var count = 0
        for index in bytes.indices where ASCII.isDigit(bytes[index]) {
            digitStorage[count] = Int(bytes[index] - 0x30)
            ends[count] = index + 1
            count += 1
            if count == 19 { break }
        }
        let digits = digitStorage.span.extracting(0..<count)
        let passing = luhnPassingLengths(of: digits)
        for length in stride(from: count, through: shortest, by: -1) where passing & 1 << UInt64(length) != 0 {
            let end = ends[length - 1]
            let endsAGroup = end == bytes.count || !ASCII.isDigit(bytes[end])
            guard endsAGroup else { continue }
            // Twelve digits (short Maestro) are a card only as the whole number, never as the
            // start of a longer one: a gift card's first three groups pass Luhn one time in ten.
            guard length >= 13 || end == bytes.count else { continue }
            if accepts(digits.extracting(0..<length)) {
                return end == bytes.count ? .valid : .validPrefix(utf8Length: end)
            }
        }
        return .invalid
    }

    /// The card scheme whose issuer ranges (IIN) and lengths fit the number, if any.
    static func cardScheme(_ digits: Span<Int>) -> String? {
        func prefix(_ length: Int) -> Int {
            var value = 0
            for index in 0..<min(length, digits.count) { value = value * 10 + digits[index] }
            return value
        }
        let length = digits.count
        let p1 = prefix(1), p2 = prefix(2), p3 = prefix(3), p4 = prefix(4), p6 = prefix(6)
        if p1 == 4, length == 13 || length == 16 || length == 19 { return "Visa" }
        if (51...55).contains(p2) || (2221...2720).contains(p4), length == 16 { return "Mastercard" }
        if p2 == 34 || p2 == 37, length == 15 { return "American Express" }
        if p4 == 6011 || (644...649).contains(p3) || p2 == 65 || (622126...622925).contains(p6), (16...19).contains(length) { return "Discover" }
        // JCB issues 3528-3589; test-data generators (Faker) write its numbers as any 35…, and
        // a number a customer types as theirs is no safer for a range nobody issued. 2131 and
        // 1800 are JCB's older 15-digit ranges.
        if p2 == 35, (16...19).contains(length) { return "JCB" }
        if p4 == 2131 || p4 == 1800, length == 15 { return "JCB" }
        if (300...305).contains(p3) || p2 == 36 || p2 == 38 || p2 == 39, (14...19).contains(length) { return "Diners Club" }
        if p2 == 62, (16...19).contains(length) { return "UnionPay" }
        if p2 == 50 || (56...69).contains(p2), (12...19).contains(length) { return "Maestro" }
        if p1 == 1, length == 15 { return "UATP" }
        return nil
    }

    /// Whether `first`, `second` (lower-case letters) is an ISO 3166-1 country code.
    static func isCountryCode(_ first: UInt8, _ second: UInt8) -> Bool {
        ASCII.isLowercaseLetter(first) && ASCII.isLowercaseLetter(second) && countryCodeTable[Int(first - 0x61) * 26 + Int(second - 0x61)]
    }

    private static let countryCodeTable: [Bool] = {
        var table = [Bool](repeating: false, count: 26 * 26)
        for code in countryCodes {
            let bytes = Array(code.utf8)
            table[Int(bytes[0] - 0x61) * 26 + Int(bytes[1] - 0x61)] = true
        }
        return table
    }()

    /// ISO 3166-1 alpha-2 country codes, lower case, as used in BIC codes (plus `xk`, Kosovo).
    static let countryCodes: Set<String> = Set("""
        ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz \
        ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr \
        ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo \
        jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr \
        ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro \
        rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv \
        tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw xk
        """.split(separator: " ").map(String.init))

}

extension Validator {
    /// IBAN: registry length and structure, MOD 97-10; a match that runs on past the
    /// country's length (into the next word or number) is cut back to it. Groups are written
    /// four characters long or longer (`DE89 3704 …`, `DE89 37040044 0532013000`); a shorter
    /// one before the last is no IBAN's, but words a candidate ran into (`IT03.Q081.3357 33.1
    /// IBAN DE89 3704` passed MOD 97 by chance, found by fuzzing).
    static let iban = Validator(name: "iban") { (bytes: Span<UInt8>) in
        FinancialChecks.ibanVerdict(bytes, allowsShortGroups: false)
    }

    /// An IBAN written in groups of any size: its country code apart (`d e 89 3704 …`,
    /// `ch-55-8146-087-…`), regrouped (`de4 450 010 517 …`, `fr76-1460-719-976-…`) or with a
    /// group in brackets (`de85 8002 0086 (8693) 1696 08`): `iban` without its guard against
    /// short groups, so rules with this validator need a word naming the account instead.
    static let ibanAnyGrouping = Validator(name: "iban-any-grouping") { (bytes: Span<UInt8>) in
        FinancialChecks.ibanVerdict(bytes, allowsShortGroups: true)
    }

    /// Payment card: Luhn, a known scheme's issuer range and length. Tries the longest run of
    /// whole digit groups that passes, so a card number followed by another number is still found.
    static let paymentCard = Validator(name: "payment-card") { (bytes: Span<UInt8>) in
        FinancialChecks.cardVerdict(bytes, shortest: 12) { FinancialChecks.cardScheme($0) != nil }
    }

    /// A card number of 14 to 19 digits that passes Luhn but fits no issuer range of the table,
    /// which lags behind new ranges, private-label and test cards (those it knows are
    /// `payment-card`'s). Weak, since random digits pass Luhn one time in ten; the rule that uses
    /// it needs a word naming a card.
    static let paymentCardAnyIssuer = Validator(name: "payment-card-any-issuer", isStrong: false) { (bytes: Span<UInt8>) in
        FinancialChecks.cardVerdict(bytes, shortest: 14) { FinancialChecks.cardScheme($0) == nil }
    }

    /// BIC (ISO 9362): 4 letters of bank, a real ISO 3166 country, 2 characters of location,
    /// optionally 3 of branch.
    static let bic = Validator(name: "bic") { (bytes: Span<UInt8>) in
        var characters = InlineArray<12, UInt8>(repeating: 0)
        var count = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard ASCII.isDigit(byte) || ASCII.isLowercaseLetter(byte) || byte &- 0x41 < 26 else { continue }
            guard count < 12 else { return .invalid }
            characters[count] = byte
            count += 1
        }
        guard count == 8 || count == 11 else { return .invalid }
        for index in 0..<4 where !ASCII.isLowercaseLetter(characters[index]) { return .invalid }
        return .from(FinancialChecks.isCountryCode(characters[4], characters[5]))
    }

    /// A BIC of a registered bank (see `BICRegistry`), for a code that no word names: `bic`'s
    /// shape, an institution of the registry, and not an everyday word that starts like one.
    static let bicRegistered = Validator(name: "bic-registered") { (bytes: Span<UInt8>) in
        guard bic(bytes) == .valid else { return .invalid }
        return .from(BICRegistry.isRegistered(bytes))
    }

    /// Card expiry date `MM/YY` or `MM/YYYY`: a real month, and a year a card can run to.
    /// A month of one or two digits, a separator, a year of two or four digits (`09/27`, `5/26`,
    /// `12-2029`, `06.30`), or the month's name in English or German (`Jan 27`, `März 2029`).
    static let cardExpiry = Validator(name: "card-expiry", isStrong: false) { (bytes: Span<UInt8>) in
        var month = 0, monthDigits = 0, year = 0, yearDigits = 0, inYear = false
        var start = 0
        if bytes.count >= 2, ASCII.isLowercaseLetter(bytes[0]) || bytes[0] &- 0x41 < 26, !ASCII.isDigit(bytes[1]) {
            guard let named = monthNumber(named: bytes) else { return .invalid }
            month = named
            monthDigits = 1
            inYear = true
            while start < bytes.count && !ASCII.isDigit(bytes[start]) { start += 1 }
        }
        for index in start..<bytes.count {
            // `o` is a look-alike 0 (`o3/27`, `5/3o`), as the rule's pattern allows.
            let byte = ASCII.lookAlikeDigit(bytes[index]) ?? bytes[index]
            if ASCII.isDigit(byte) {
                if inYear {
                    year = year * 10 + Int(byte - 0x30)
                    yearDigits += 1
                } else {
                    month = month * 10 + Int(byte - 0x30)
                    monthDigits += 1
                }
            } else if monthDigits > 0 && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) {
                inYear = true  // spaces may stand between the digits (`0 9 / 2 9`), the separator splits
            }
        }
        guard (1...2).contains(monthDigits), yearDigits == 2 || yearDigits == 4 else { return .invalid }
        // Cards run three to ten years, and chat quotes an expired one now and then; a year far
        // from now is a date's (`läuft zum 4.10. aus`: 2010).
        let fullYear = yearDigits == 2 ? 2000 + year : year
        return .from((1...12).contains(month) && (IdentityChecks.currentYear - 6...IdentityChecks.currentYear + 15).contains(fullYear))
    }

    /// The month (1–12) that `bytes` name by their first three letters, in English or German
    /// (`jan`, `mär`/`mae`, `may`/`mai`, `oct`/`okt`, `dec`/`dez`), any case.
    private static func monthNumber(named bytes: Span<UInt8>) -> Int? {
        var key: UInt32 = 0, letters = 0, index = 0
        while index < bytes.count && letters < 3 {
            var byte = bytes[index]
            if byte == 0xC3 && index + 1 < bytes.count && (bytes[index + 1] == 0xA4 || bytes[index + 1] == 0x84) {
                byte = UInt8(ascii: "a")  // `ä`/`Ä` of `März`, read as the `a` of `Maerz`
                index += 1
            }
            guard byte &- 0x41 < 26 || ASCII.isLowercaseLetter(byte) else { break }
            key = key << 8 | UInt32(byte | 0x20)
            letters += 1
            index += 1
        }
        func name(_ text: StaticString) -> UInt32 {
            text.withUTF8Buffer { $0.reduce(0) { $0 << 8 | UInt32($1) } }
        }
        switch key {
        case name("jan"): return 1
        case name("feb"): return 2
        case name("mar"), name("mae"): return 3
        case name("apr"): return 4
        case name("may"), name("mai"): return 5
        case name("jun"): return 6
        case name("jul"): return 7
        case name("aug"): return 8
        case name("sep"): return 9
        case name("oct"), name("okt"): return 10
        case name("nov"): return 11
        case name("dec"), name("dez"): return 12
        default: return nil
        }
    }
}

/// The institutions of registered BICs (`BICRegistryTable`, generated by
/// scripts/bic/generate-registry.py).
enum BICRegistry {
    /// The first six characters of every registered BIC, each packed into an integer.
    private static let institutions = keys(BICRegistryTable.institutions)
    /// The institutions that start everyday words (`kredit`, `profit`).
    private static let wordLike = keys(BICRegistryTable.wordLike)

    private static func keys(_ table: String) -> Set<UInt64> {
        // Split as bytes: `Character.isWhitespace` over 35 KB took 11 million instructions (callgrind).
        Set(table.utf8.split { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }.map(key))
    }

    /// The first six letters and digits of `characters`, packed into an integer.
    private static func key(_ characters: some Sequence<UInt8>) -> UInt64 {
        characters.lazy.filter(isCodeCharacter).prefix(6).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// `key(_:)` of a candidate's bytes.
    private static func key(_ characters: Span<UInt8>) -> UInt64 {
        var key: UInt64 = 0, taken = 0
        for index in characters.indices where taken < 6 && isCodeCharacter(characters[index]) {
            key = key << 8 | UInt64(characters[index])
            taken += 1
        }
        return key
    }

    private static func isCodeCharacter(_ byte: UInt8) -> Bool {
        ASCII.isDigit(byte) || ASCII.isLowercaseLetter(byte)
    }

    /// Whether `code` (normalised: lower case, perhaps in groups, `geno-de-s1-vwg`) is a BIC of
    /// a registered institution; letters alone that start like an everyday word are a word or
    /// its typo (`Kreditakrte`).
    static func isRegistered(_ code: Span<UInt8>) -> Bool {
        let institution = key(code)
        guard institution >> 40 != 0 && institutions.contains(institution) else { return false }
        guard wordLike.contains(institution) else { return true }
        for index in code.indices where ASCII.isDigit(code[index]) { return true }
        return false
    }
}
