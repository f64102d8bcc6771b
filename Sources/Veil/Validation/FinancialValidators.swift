/// Pure checks for bank and card data.
enum FinancialChecks {
    /// ISO 13616: the registry's length and BBAN structure for the country, then ISO 7064
    /// MOD 97-10 over the rearranged IBAN. `characters` are lower-case ASCII letters and digits.
    static func isValidIBAN(_ characters: [UInt8]) -> Bool {
        guard characters.count >= 5,
              let structure = ibanStructure(country: characters[0..<2]),
              characters.count == 4 + structure.reduce(0, { $0 + $1.count }),
              characters[2...3].allSatisfy(isDigit) else { return false }
        var position = 4
        for component in structure {
            for byte in characters[position..<position + component.count] where !component.kind.accepts(byte) { return false }
            position += component.count
        }
        var remainder = 0
        for byte in characters[4...] { remainder = mod97(remainder, byte) }
        for byte in characters[..<4] { remainder = mod97(remainder, byte) }
        return remainder == 1
    }

    /// ISO 7064 MOD 97-10, one character further: a digit is itself, a letter 10 to 35.
    private static func mod97(_ remainder: Int, _ byte: UInt8) -> Int {
        isDigit(byte) ? (remainder * 10 + Int(byte - 0x30)) % 97 : (remainder * 100 + Int(byte - 0x61) + 10) % 97
    }

    /// The registered IBAN length of a country, if it uses IBANs.
    static func ibanLength(country: ArraySlice<UInt8>) -> Int? {
        ibanStructure(country: country).map { 4 + $0.reduce(0) { $0 + $1.count } }
    }

    private struct BBANComponent {
        enum Kind {
            case digits, letters, alphanumerics
            func accepts(_ byte: UInt8) -> Bool {
                switch self {
                case .digits: isDigit(byte)
                case .letters: isLetter(byte)
                case .alphanumerics: isDigit(byte) || isLetter(byte)
                }
            }
        }
        let count: Int
        let kind: Kind
    }

    /// The structures keyed by the two bytes of the country code, so a lookup hashes an integer.
    private static let ibanStructures: [UInt16: [BBANComponent]] = Dictionary(uniqueKeysWithValues:
        IBANRegistry.bbanStructures.map { country, notation in (countryKey(Array(country.utf8)[...]), parseStructure(notation)) })

    private static func countryKey(_ country: ArraySlice<UInt8>) -> UInt16 {
        country.count == 2 ? UInt16(country[country.startIndex]) << 8 | UInt16(country[country.startIndex + 1]) : 0
    }

    private static func ibanStructure(country: ArraySlice<UInt8>) -> [BBANComponent]? {
        ibanStructures[countryKey(country)]
    }

    /// Parses the registry's notation, e.g. `8!n10!n`.
    private static func parseStructure(_ notation: String) -> [BBANComponent] {
        var components: [BBANComponent] = []
        var count = 0
        for character in notation {
            if let digit = character.wholeNumberValue {
                count = count * 10 + digit
            } else if character != "!" {
                let kind: BBANComponent.Kind = character == "n" ? .digits : character == "a" ? .letters : .alphanumerics
                components.append(BBANComponent(count: count, kind: kind))
                count = 0
            }
        }
        return components
    }

    /// The Luhn (mod 10) check used by payment cards.
    static func passesLuhn(_ digits: some Collection<Int>) -> Bool {
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            if position % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// The card scheme whose issuer ranges (IIN) and lengths fit the number, if any.
    static func cardScheme(_ digits: some Collection<Int>) -> String? {
        func prefix(_ length: Int) -> Int {
            digits.prefix(length).reduce(0) { $0 * 10 + $1 }
        }
        let length = digits.count
        let p1 = prefix(1), p2 = prefix(2), p3 = prefix(3), p4 = prefix(4), p6 = prefix(6)
        if p1 == 4, length == 13 || length == 16 || length == 19 { return "Visa" }
        if (51...55).contains(p2) || (2221...2720).contains(p4), length == 16 { return "Mastercard" }
        if p2 == 34 || p2 == 37, length == 15 { return "American Express" }
        if p4 == 6011 || (644...649).contains(p3) || p2 == 65 || (622126...622925).contains(p6), (16...19).contains(length) { return "Discover" }
        if (3528...3589).contains(p4), (16...19).contains(length) { return "JCB" }
        if (300...305).contains(p3) || p2 == 36 || p2 == 38 || p2 == 39, (14...19).contains(length) { return "Diners Club" }
        if p2 == 62, (16...19).contains(length) { return "UnionPay" }
        if p2 == 50 || (56...69).contains(p2), (12...19).contains(length) { return "Maestro" }
        return nil
    }

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

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
}

extension Validator {
    /// IBAN: registry length and structure, MOD 97-10; a match that runs on past the
    /// country's length (into the next word or number) is cut back to it.
    static let iban = Validator(name: "iban") { candidate in
        let bytes = Array(candidate.utf8)
        let positions = bytes.indices.filter { FinancialChecks.isDigit(bytes[$0]) || FinancialChecks.isLetter(bytes[$0]) }
        guard positions.count >= 2,
              let length = FinancialChecks.ibanLength(country: positions.prefix(2).map { bytes[$0] }[...]),
              positions.count >= length else { return .invalid }
        let end = positions[length - 1] + 1
        if end < bytes.count, FinancialChecks.isDigit(bytes[end]) || FinancialChecks.isLetter(bytes[end]) { return .invalid }
        guard FinancialChecks.isValidIBAN(positions.prefix(length).map { bytes[$0] }) else { return .invalid }
        return end == bytes.count ? .valid : .validPrefix(utf8Length: end)
    }

    /// Payment card: Luhn, a known scheme's issuer range and length. Tries the longest run of
    /// whole digit groups that passes, so a card number followed by another number is still found.
    static let paymentCard = Validator(name: "payment-card") { candidate in
        var candidate = candidate
        return candidate.withUTF8 { bytes in
            // Digits and where each ends, on the stack: this runs for every long digit run.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count * 2) { storage in
                var count = 0
                for (index, byte) in bytes.enumerated() where FinancialChecks.isDigit(byte) {
                    storage[count] = Int(byte - 0x30)
                    storage[bytes.count + count] = index + 1
                    count += 1
                }
                let digits = UnsafeBufferPointer(rebasing: storage[..<count])
                for length in stride(from: min(19, count), through: 13, by: -1) {
                    let end = storage[bytes.count + length - 1]
                    let endsAGroup = end == bytes.count || !FinancialChecks.isDigit(bytes[end])
                    guard endsAGroup else { continue }
                    let number = digits[..<length]
                    if FinancialChecks.passesLuhn(number) && FinancialChecks.cardScheme(number) != nil {
                        return end == bytes.count ? .valid : .validPrefix(utf8Length: end)
                    }
                }
                return .invalid
            }
        }
    }

    /// BIC (ISO 9362): 4 letters of bank, a real ISO 3166 country, 2 characters of location,
    /// optionally 3 of branch.
    static let bic = Validator(name: "bic") { candidate in
        let characters = candidate.alphanumerics
        guard characters.count == 8 || characters.count == 11,
              characters[0..<4].allSatisfy(FinancialChecks.isLetter) else { return .invalid }
        return .from(FinancialChecks.countryCodes.contains(String(decoding: characters[4..<6], as: UTF8.self)))
    }

    /// Card expiry date `MM/YY` or `MM/YYYY`: a real month.
    static let cardExpiry = Validator(name: "card-expiry", isStrong: false) { candidate in
        let digits = candidate.digitValues
        guard digits.count == 4 || digits.count == 6 else { return .invalid }
        let month = digits[0] * 10 + digits[1]
        return .from((1...12).contains(month))
    }
}
