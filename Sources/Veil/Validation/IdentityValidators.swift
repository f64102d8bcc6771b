import FoundationEssentials

/// Pure checks for identity numbers. Inputs are the value's characters with separators removed:
/// digit values (`[Int]`) or lower-case ASCII letters and digits (`[UInt8]`).
enum IdentityChecks {
    // MARK: Germany

    /// Steuerliche Identifikationsnummer (IdNr): 11 digits, the first not 0; in the first 10 digits
    /// exactly one digit occurs twice or three times, and a digit that occurs three times does not
    /// stand three times in a row (BZSt rule since 2016); check digit by ISO 7064 MOD 11,10.
    static func isValidSteuerIdNr(_ digits: [Int]) -> Bool {
        steuerIdNrVerdict(digits) == .valid
    }

    /// `isValidSteuerIdNr` as a verdict: a number that breaks only the rule of three in a row has
    /// no opinion, so that a naming word still reports it ("Steuer-ID 25177703689"): python-stdnum
    /// accepts it, and so do the generators people test with.
    static func steuerIdNrVerdict(_ digits: [Int]) -> ValidatorVerdict {
        guard digits.count == 11, digits[0] != 0 else { return .invalid }
        let head = digits[0..<10]
        var counts = [Int](repeating: 0, count: 10)
        for digit in head { counts[digit] += 1 }
        let repeated = counts.indices.filter { counts[$0] > 1 }
        guard repeated.count == 1, counts[repeated[0]] <= 3, passesMod11_10(digits) else { return .invalid }
        let digit = repeated[0]
        let threeInARow = (0..<8).contains { head[$0] == digit && head[$0 + 1] == digit && head[$0 + 2] == digit }
        return threeInARow ? .noOpinion : .valid
    }

    /// Umsatzsteuer-Identifikationsnummer without its `DE`: 9 digits, the first not 0, check digit
    /// by ISO 7064 MOD 11,10.
    static func isValidUStIdNr(_ digits: [Int]) -> Bool {
        digits.count == 9 && digits[0] != 0 && passesMod11_10(digits)
    }

    /// ISO 7064 MOD 11,10 (hybrid system): the last digit is the check digit of the others.
    static func passesMod11_10(_ digits: [Int]) -> Bool {
        guard let check = digits.last else { return false }
        var product = 10
        for digit in digits.dropLast() {
            let sum = (digit + product) % 10
            product = ((sum == 0 ? 10 : sum) * 2) % 11
        }
        return (11 - product) % 10 == check
    }

    /// Steuernummer, format only. The 13-digit federal form (ELSTER) starts with a Land prefix and
    /// has a 0 in its fifth digit: `28FF0…` BW, `9FFF0…` BY, `11FF0…` BE, `30FF0…` BB, `24FF0…` HB,
    /// `22FF0…` HH, `26FF0…` HE, `40FF0…` MV, `23FF0…` NI, `5FFF0…` NW, `27FF0…` RP, `10FF0…` SL,
    /// `32FF0…` SN, `31FF0…` ST, `21FF0…` SH, `41FF0…` TH. The regional forms have 10 or 11 digits,
    /// written in groups 2/3/5, 3/3/5 or 3/4/4 (NW) or not grouped at all.
    static func steuernummerFormatFits(groups: [[Int]]) -> Bool {
        let digits = groups.flatMap { $0 }
        switch digits.count {
        case 13:
            let fitsLand = twoDigitLandPrefixes.contains(digits[0] * 10 + digits[1]) || digits[0] == 9 || digits[0] == 5
            return fitsLand && digits[4] == 0
        case 10, 11:
            return groups.count == 1 || [[2, 3, 5], [3, 3, 5], [3, 4, 4], [5, 5]].contains(groups.map(\.count))
        default:
            return false
        }
    }

    private static let twoDigitLandPrefixes: Set<Int> = [28, 11, 30, 24, 22, 26, 40, 23, 27, 10, 32, 31, 21, 41]

    /// The letters that German ID card and passport numbers use besides digits since 2010: no
    /// vowels, and none that look like a digit (B, D, Q, S).
    static let germanDocumentLetters: Set<UInt8> = Set("cfghjklmnprtvwxyz".utf8)

    /// Whether 9 characters have the shape of a German ID card or passport number.
    static func fitsGermanDocumentNumber(_ characters: ArraySlice<UInt8>) -> Bool {
        characters.count == 9 && characters.allSatisfy { ASCII.isDigit($0) || germanDocumentLetters.contains($0) }
    }

    /// ICAO 9303 check digit: weights 7, 3, 1 repeating; digits count their value, letters
    /// a = 10 … z = 35, the filler `<` 0; the sum mod 10. Nil for any other character.
    static func icaoCheckDigit(_ characters: some Sequence<UInt8>) -> Int? {
        let weights = [7, 3, 1]
        var sum = 0
        for (index, character) in characters.enumerated() {
            guard let value = icaoValue(character) else { return nil }
            sum += value * weights[index % 3]
        }
        return sum % 10
    }

    private static func icaoValue(_ character: UInt8) -> Int? {
        character == UInt8(ascii: "<") ? 0 : alphanumericValue(character)
    }

    /// Digits count their value, letters a = 10 … z = 35.
    private static func alphanumericValue(_ character: UInt8) -> Int? {
        if ASCII.isDigit(character) { return Int(character - 0x30) }
        if ASCII.isLowercaseLetter(character) { return Int(character - 0x61) + 10 }
        return nil
    }

    /// Rentenversicherungsnummer (VSNR, § 2 VKVV): area number (2 digits), birth date DDMMYY,
    /// initial of the birth name, serial (2 digits), check digit. The letter counts as its two-digit
    /// place in the alphabet; weights 2,1,2,5,7,1,2,1,2,1,2,1; cross sums of the products; sum mod 10.
    static func isValidRVNR(_ characters: [UInt8]) -> Bool {
        guard characters.count == 12, ASCII.isLowercaseLetter(characters[8]),
              characters[0..<8].allSatisfy(ASCII.isDigit), characters[9..<12].allSatisfy(ASCII.isDigit) else { return false }
        func number(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 * 10 + Int($1) - 0x30 } }
        guard isPlausibleRVNRBirthDate(day: number(2..<4), month: number(4..<6), year: number(6..<8)) else { return false }
        let letter = Int(characters[8] - 0x61) + 1
        let digits = characters[0..<8].map { Int($0) - 0x30 } + [letter / 10, letter % 10]
            + characters[9..<11].map { Int($0) - 0x30 }
        let weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        let sum = zip(digits, weights).reduce(0) { $0 + crossSum($1.0 * $1.1) }
        return sum % 10 == number(11..<12)
    }

    /// The birth date field of a Rentenversicherungsnummer. Month 00 and day 00 stand for unknown
    /// parts; when the serial numbers of a day run out the day is raised by 32 or 64, and the first
    /// of a month also by 96 (Gemeinsames Rundschreiben Meldeverfahren, 3.1.1.2).
    static func isPlausibleRVNRBirthDate(day: Int, month: Int, year: Int) -> Bool {
        guard month <= 12 else { return false }
        if day == 97 { return true }
        guard day <= 95 else { return false }
        let realDay = day % 32
        return realDay == 0 || month == 0 || realDay <= daysInMonth(month, twoDigitYear: year)
    }

    /// Krankenversichertennummer (unchangeable part): a letter, 8 digits, a check digit. The letter
    /// counts as 01–26; weights 1,2 alternating over the 10 digits; cross sums; sum mod 10.
    static func isValidKVNR(_ characters: [UInt8]) -> Bool {
        guard characters.count == 10, ASCII.isLowercaseLetter(characters[0]),
              characters[1...].allSatisfy(ASCII.isDigit) else { return false }
        let letter = Int(characters[0] - 0x61) + 1
        let digits = [letter / 10, letter % 10] + characters[1..<9].map { Int($0) - 0x30 }
        let sum = digits.enumerated().reduce(0) { $0 + crossSum($1.element * ($1.offset % 2 == 0 ? 1 : 2)) }
        return sum % 10 == Int(characters[9]) - 0x30
    }

    /// Führerscheinnummer of the card licence: authority key (4) and serial (5) characters, a check
    /// character, an issue character. Check: values 0–9, a = 10 … z = 35, weights 9 … 1, mod 11,
    /// 10 written as `x`.
    static func isValidDrivingLicence(_ characters: [UInt8]) -> Bool {
        guard characters.count == 11 else { return false }
        var sum = 0
        for (index, character) in characters[0..<9].enumerated() {
            guard let value = alphanumericValue(character) else { return false }
            sum += value * (9 - index)
        }
        let check = sum % 11
        return characters[9] == (check == 10 ? UInt8(ascii: "x") : UInt8(0x30 + check))
    }

    // MARK: Austria, Switzerland

    /// Austrian Versicherungsnummer: serial (3 digits, not starting with 0), check digit, birth date
    /// DDMMYY. Check: weights 3,7,9,0,5,8,4,2,1,6 mod 11, a remainder of 10 is never issued.
    static func isValidAustrianSVNR(_ digits: [Int]) -> Bool {
        guard digits.count == 10, digits[0] != 0 else { return false }
        let weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        let check = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return check == digits[3]
            && isPlausibleAustrianBirthDate(day: digits[4] * 10 + digits[5], month: digits[6] * 10 + digits[7],
                                            year: digits[8] * 10 + digits[9])
    }

    /// A real date, or a substitute date that the social insurance gives when a date's serials run
    /// out or the date is unknown: a day above 31 or a month above 12 (13, 14, …). Day and month 00
    /// and impossible calendar dates such as 31 April are not issued.
    static func isPlausibleAustrianBirthDate(day: Int, month: Int, year: Int) -> Bool {
        guard day >= 1, month >= 1 else { return false }
        if day > 31 || month > 12 { return true }
        return day <= daysInMonth(month, twoDigitYear: year)
    }

    /// Swiss AHV number (AHVN13): 756, 9 digits, an EAN-13 check digit.
    static func isValidAHV(_ digits: [Int]) -> Bool {
        digits.count == 13 && digits[0] == 7 && digits[1] == 5 && digits[2] == 6 && passesEAN13(digits)
    }

    /// GS1 check digit: weights 1,3 from the left over the first 12 digits.
    static func passesEAN13(_ digits: [Int]) -> Bool {
        let sum = digits.prefix(12).enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
        return (10 - sum % 10) % 10 == digits[12]
    }

    // MARK: EU

    /// Dutch BSN: 9 digits, not all 0, "11-proef": weights 9 … 2 and −1, sum divisible by 11.
    static func isValidBSN(_ digits: [Int]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        let sum = digits.prefix(8).enumerated().reduce(0) { $0 + $1.element * (9 - $1.offset) } - digits[8]
        return sum % 11 == 0
    }

    /// French NIR: 15 characters, digits except the Corsican departments `2a`/`2b` in characters
    /// 6–7; key = 97 − (first 13 digits mod 97), with 2A read as 19 and 2B as 18.
    static func isValidNIR(_ characters: [UInt8]) -> Bool {
        guard characters.count == 15, characters[0..<5].allSatisfy(ASCII.isDigit),
              characters[7...].allSatisfy(ASCII.isDigit) else { return false }
        var department = Array(characters[5..<7])
        switch (department[0], department[1]) {
        case (UInt8(ascii: "2"), UInt8(ascii: "a")): department = Array("19".utf8)
        case (UInt8(ascii: "2"), UInt8(ascii: "b")): department = Array("18".utf8)
        default: guard department.allSatisfy(ASCII.isDigit) else { return false }
        }
        let body = Array(characters[0..<5]) + department + Array(characters[7..<13])
        let number = body.reduce(0) { $0 * 10 + Int($1) - 0x30 }
        let key = (Int(characters[13]) - 0x30) * 10 + Int(characters[14]) - 0x30
        return 97 - number % 97 == key
    }

    /// Italian codice fiscale of a person: 6 letters of the names, year (2), month letter, day
    /// (2, +40 for women), place letter and 3 digits, check letter. In homocodes (omocodia) digits
    /// are replaced by l m n p q r s t u v, starting from the rightmost one.
    static func isValidCodiceFiscale(_ characters: [UInt8]) -> Bool {
        guard characters.count == 16, characters.allSatisfy({ ASCII.isDigit($0) || ASCII.isLowercaseLetter($0) }),
              characters[0..<6].allSatisfy(ASCII.isLowercaseLetter), ASCII.isLowercaseLetter(characters[11]), ASCII.isLowercaseLetter(characters[15]),
              let monthIndex = monthLetters.firstIndex(of: characters[8]) else { return false }
        var values: [Int] = []
        var seenReplacement = false
        for position in [6, 7, 9, 10, 12, 13, 14] {
            let character = characters[position]
            if ASCII.isDigit(character) {
                if seenReplacement { return false }
                values.append(Int(character) - 0x30)
            } else if let value = omocodiaLetters.firstIndex(of: character) {
                seenReplacement = true
                values.append(value)
            } else {
                return false
            }
        }
        let year = values[0] * 10 + values[1]
        let dayField = values[2] * 10 + values[3]
        let day = dayField > 40 ? dayField - 40 : dayField
        guard (1...31).contains(dayField) || (41...71).contains(dayField),
              day <= daysInMonth(monthIndex + 1, twoDigitYear: year) else { return false }
        var sum = 0
        for (index, character) in characters[0..<15].enumerated() {
            let value = ASCII.isDigit(character) ? Int(character) - 0x30 : Int(character) - 0x61
            sum += index % 2 == 0 ? codiceFiscaleOddValues[value] : value
        }
        return Int(characters[15]) - 0x61 == sum % 26
    }

    /// A codice fiscale with letters written for the digits of its number places: `o`, `i`,
    /// `z`, `b`, `g` (`TVENSN6IB04F839Z`); where that fails, the omocodia letters that are also
    /// look-alikes, `l` and `s`, as well (`NHNSGB01L58C3SIV`).
    static func isValidCodiceFiscaleReadingLookAlikes(_ characters: [UInt8]) -> Bool {
        if isValidCodiceFiscale(characters) { return true }
        guard characters.count == 16 else { return false }
        let numberPlaces = [6, 7, 9, 10, 12, 13, 14]
        var read = characters
        for place in numberPlaces { read[place] = nonOmocodiaDigit(read[place]) ?? read[place] }
        if read != characters && isValidCodiceFiscale(read) { return true }
        var readToo = read
        for place in numberPlaces { readToo[place] = ASCII.anyLookAlikeDigit(readToo[place]) ?? readToo[place] }
        return readToo != read && isValidCodiceFiscale(readToo)
    }

    /// The digit a letter outside the omocodia letters stands for: `o`, `i`, `z`, `b`, `g`.
    private static func nonOmocodiaDigit(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "o"): UInt8(ascii: "0")
        case UInt8(ascii: "i"): UInt8(ascii: "1")
        case UInt8(ascii: "z"): UInt8(ascii: "2")
        case UInt8(ascii: "b"): UInt8(ascii: "8")
        case UInt8(ascii: "g"): UInt8(ascii: "6")
        default: nil
        }
    }

    /// A Spanish DNI or NIE with letters written for some of its digits (`I15B4Z27R`,
    /// `Z674OS34K`): `o`, `i`, `l`, `z`, `s`, `b`, `g` read as digits, the first place as an
    /// NIE's letter too. At least four digits must be written as digits.
    static func isValidDNIOrNIEReadingLookAlikes(_ characters: [UInt8]) -> Bool {
        guard characters.count == 9 else { return false }
        if isValidDNI(characters) || isValidNIE(characters) { return true }
        guard characters[0..<8].count(where: ASCII.isDigit) >= 4 else { return false }
        func digit(_ character: UInt8) -> UInt8 {
            ASCII.anyLookAlikeDigit(character) ?? (character == UInt8(ascii: "g") ? UInt8(ascii: "6") : character)
        }
        var read = characters
        for place in 1..<8 { read[place] = digit(read[place]) }
        if isValidNIE(read) { return true }
        read[0] = digit(read[0])
        return isValidDNI(read)
    }

    private static let monthLetters = Array("abcdehlmprst".utf8)
    private static let omocodiaLetters = Array("lmnpqrstuv".utf8)
    /// Values of the characters in odd (1st, 3rd, …) places, indexed by digit value or letter index;
    /// digits 0–9 take the values of a–j.
    private static let codiceFiscaleOddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                                                 16, 10, 22, 25, 24, 23]

    /// The check letters of Spanish DNI and NIE numbers, indexed by the number mod 23.
    private static let spanishCheckLetters = Array("trwagmyfpdxbnjzsqvhlcke".utf8)

    /// Spanish DNI: 8 digits and a check letter (number mod 23).
    static func isValidDNI(_ characters: [UInt8]) -> Bool {
        guard characters.count == 9, characters[0..<8].allSatisfy(ASCII.isDigit) else { return false }
        let number = characters[0..<8].reduce(0) { $0 * 10 + Int($1) - 0x30 }
        return spanishCheckLetters[number % 23] == characters[8]
    }

    /// Spanish NIE: x, y or z (read as 0, 1, 2), 7 digits and the DNI check letter.
    static func isValidNIE(_ characters: [UInt8]) -> Bool {
        guard characters.count == 9, let prefix = Array("xyz".utf8).firstIndex(of: characters[0]) else { return false }
        return isValidDNI([UInt8(0x30 + prefix)] + characters[1...])
    }

    /// Polish PESEL: birth date YYMMDD with the century in the month (+80 1800s, +0 1900s, +20
    /// 2000s, +40 2100s, +60 2200s), serial, check digit (weights 1,3,7,9 repeating; 10 − sum mod 10).
    /// A birth year after `currentYear` is not issued yet (German mobile numbers such as
    /// 0170… would otherwise read as births in the 2200s).
    static func isValidPESEL(_ digits: [Int], currentYear: Int) -> Bool {
        guard digits.count == 11 else { return false }
        let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard (10 - sum % 10) % 10 == digits[10] else { return false }
        let codedMonth = digits[2] * 10 + digits[3]
        let century = [1900, 2000, 2100, 2200, 1800][codedMonth / 20]
        let month = codedMonth % 20
        let day = digits[4] * 10 + digits[5]
        let year = century + digits[0] * 10 + digits[1]
        return year <= currentYear && (1...12).contains(month) && day >= 1 && day <= daysInMonth(month, year: year)
    }

    /// Belgian national register number: birth date YYMMDD (month 00 when unknown), serial (3),
    /// check = 97 − (first 9 digits mod 97), for people born from 2000 on computed with a 2 in
    /// front. The 2000 reading applies only to years not in the future. The day is not checked:
    /// the register uses fictitious days for unknown dates.
    static func isValidBelgianNationalNumber(_ digits: [Int], currentYear: Int) -> Bool {
        guard digits.count == 11, digits.contains(where: { $0 != 0 }) else { return false }
        let body = digits.prefix(9).reduce(0) { $0 * 10 + $1 }
        let check = digits[9] * 10 + digits[10]
        let year = digits[0] * 10 + digits[1]
        let bornBefore2000 = 97 - body % 97 == check
        let bornFrom2000 = 2000 + year <= currentYear && 97 - (2_000_000_000 + body) % 97 == check
        return (bornBefore2000 || bornFrom2000) && digits[2] * 10 + digits[3] <= 12
    }

    // MARK: United Kingdom, United States

    /// UK National Insurance number (HMRC NIM39110): two prefix letters, 6 digits, suffix a–d. D, F,
    /// I, Q, U, V are never prefix letters, O is never the second, and BG, GB, KN, NK, NT, TN, ZZ
    /// are not allocated. There is no check digit.
    static func isValidNINO(_ characters: [UInt8]) -> Bool {
        guard characters.count == 9, ASCII.isLowercaseLetter(characters[0]), ASCII.isLowercaseLetter(characters[1]),
              characters[2..<8].allSatisfy(ASCII.isDigit), Array("abcd".utf8).contains(characters[8]) else { return false }
        let prefix = String(decoding: characters[0..<2], as: UTF8.self)
        return !"dfiquv".utf8.contains(characters[0]) && !"dfioquv".utf8.contains(characters[1])
            && !["bg", "gb", "kn", "nk", "nt", "tn", "zz"].contains(prefix)
    }

    /// NHS number: 10 digits, weights 10 … 2 over the first 9, check = 11 − (sum mod 11), 11 read
    /// as 0; a check of 10 is never issued.
    static func isValidNHSNumber(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        let sum = digits.prefix(9).enumerated().reduce(0) { $0 + $1.element * (10 - $1.offset) }
        let check = (11 - sum % 11) % 11
        return check != 10 && check == digits[9]
    }

    /// US Social Security number, format rules only (SSA): area not 000, 666 or 9xx, group not
    /// 00, serial not 0000, and not one of the numbers SSA voided after they were published.
    static func isValidSSN(_ digits: [Int]) -> Bool {
        guard digits.count == 9 else { return false }
        let area = digits[0..<3].reduce(0) { $0 * 10 + $1 }
        let group = digits[3..<5].reduce(0) { $0 * 10 + $1 }
        let serial = digits[5..<9].reduce(0) { $0 * 10 + $1 }
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
            && !voidedSSNs.contains(digits.reduce(0) { $0 * 10 + $1 })
    }

    private static let voidedSSNs: Set<Int> = [078_05_1120, 457_55_5462, 219_09_9999]

    // MARK: ICAO 9303

    /// Line 2 of a TD3 (passport) machine-readable zone: 44 characters of digits, letters and `<`.
    /// Checks the check digits of the document number (1–9), the birth date (14–19), the expiry
    /// date (22–27), the personal number (29–42; `<` or 0 when it is empty) and the composite
    /// (over 1–10, 14–20 and 22–43).
    static func isValidTD3SecondLine(_ characters: [UInt8]) -> Bool {
        guard characters.count == 44 else { return false }
        func checkDigitMatches(_ field: Range<Int>, at position: Int, emptyFieldMayOmit: Bool = false) -> Bool {
            guard let expected = icaoCheckDigit(characters[field]) else { return false }
            let written = characters[position]
            if emptyFieldMayOmit, written == UInt8(ascii: "<") {
                return characters[field].allSatisfy { $0 == UInt8(ascii: "<") }
            }
            return ASCII.isDigit(written) && Int(written) - 0x30 == expected
        }
        guard checkDigitMatches(0..<9, at: 9), checkDigitMatches(13..<19, at: 19), checkDigitMatches(21..<27, at: 27),
              checkDigitMatches(28..<42, at: 42, emptyFieldMayOmit: true),
              let composite = icaoCheckDigit(characters[0..<10] + characters[13..<20] + characters[21..<43]),
              ASCII.isDigit(characters[43]) else { return false }
        return Int(characters[43]) - 0x30 == composite
    }

    // MARK: Helpers


    private static func crossSum(_ number: Int) -> Int { number / 10 + number % 10 }

    /// Days in a month of a year given by its last two digits; February has 29 days when the year
    /// may be a leap year (00 may be 2000).
    static func daysInMonth(_ month: Int, twoDigitYear: Int) -> Int {
        month == 2 ? (twoDigitYear % 4 == 0 ? 29 : 28) : daysInMonth(month, year: 2001)
    }

    /// Days in a month of the Gregorian calendar; 0 for a month outside 1–12.
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        default: 0
        }
    }

    /// The candidate's ASCII letters (lower-cased) and digits, separators dropped.
    static func characters(_ candidate: Span<UInt8>) -> [UInt8] {
        var characters: [UInt8] = []
        for index in candidate.indices {
            let byte = candidate[index]
            if ASCII.isDigit(byte) || ASCII.isLowercaseLetter(byte | 0x20) { characters.append(ASCII.isDigit(byte) ? byte : byte | 0x20) }
        }
        return characters
    }

    /// The candidate's digit values, or nil when it holds a letter.
    static func digitsOnly(_ candidate: Span<UInt8>) -> [Int]? {
        var digits: [Int] = []
        digits.reserveCapacity(candidate.count)
        for index in candidate.indices {
            let byte = candidate[index]
            if ASCII.isDigit(byte) {
                digits.append(Int(byte) - 0x30)
            } else if ASCII.isLowercaseLetter(byte | 0x20) {
                return nil
            }
        }
        return digits
    }

    /// The runs of digits in the candidate, or nil when it holds a letter.
    static func digitGroups(_ candidate: Span<UInt8>) -> [[Int]]? {
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in candidate.indices {
            let byte = candidate[index]
            if ASCII.isDigit(byte) {
                current.append(Int(byte) - 0x30)
            } else {
                if ASCII.isLowercaseLetter(byte | 0x20) { return nil } // a letter of either case
                if !current.isEmpty { groups.append(current) }
                current = []
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// The year now, for rules that reject birth years in the future.
    static let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
}

extension Validator {
    /// Identity numbers of Germany, Austria, Switzerland, the EU, the UK and the US.
    static let identity: [Validator] = [
        Validator(name: "de-steuer-idnr", isStrong: false) { (candidate: Span<UInt8>) in
            IdentityChecks.digitsOnly(candidate).map(IdentityChecks.steuerIdNrVerdict) ?? .invalid
        },
        Validator(name: "de-ust-idnr") { (candidate: Span<UInt8>) in
            var characters = IdentityChecks.characters(candidate)
            if characters.starts(with: "de".utf8) { characters.removeFirst(2) }
            guard characters.allSatisfy(ASCII.isDigit) else { return .invalid }
            return .from(IdentityChecks.isValidUStIdNr(characters.map { Int($0) - 0x30 }))
        },
        Validator(name: "de-steuernummer", isStrong: false) { (candidate: Span<UInt8>) in
            guard let groups = IdentityChecks.digitGroups(candidate),
                  IdentityChecks.steuernummerFormatFits(groups: groups) else { return .invalid }
            return .noOpinion
        },
        // After its name, a tax number may be regrouped at will (`StNr 83/245/5250/8`): only
        // its length (10 or 11 digits as a Land writes it, 13 in the federal form) is checked.
        Validator(name: "de-steuernummer-any-grouping", isStrong: false) { (candidate: Span<UInt8>) in
            guard let digits = IdentityChecks.digitsOnly(candidate), [10, 11, 13].contains(digits.count) else { return .invalid }
            return .noOpinion
        },
        Validator(name: "icao-document", isStrong: false) { (candidate: Span<UInt8>) in
            // `o` and `i` are not in the documents' alphabet: where a rule lets them in, they
            // were written for 0 and 1 (`LO1X00T47`); `l` and `z` are, and are read as 1 and 2
            // only when that makes the check digit fit. A number read so is not vouched for by its check digit
            // (`INC7432085` is a ticket): a naming word must report it.
            // `b` and `s` are not in the alphabet either: they were written for 8 and 5 (`K39LTT3TB7`).
            let written = IdentityChecks.characters(candidate)
            var characters = written.map { byte in
                byte == UInt8(ascii: "l") ? byte
                    : ASCII.lookAlikeDigit(byte) ?? (byte == UInt8(ascii: "b") || byte == UInt8(ascii: "s") ? ASCII.shapeDigit(byte) : nil) ?? byte
            }
            guard (9...10).contains(characters.count),
                  IdentityChecks.fitsGermanDocumentNumber(characters[0..<9]) else { return .invalid }
            guard characters.count == 10 else { return .noOpinion }
            func checkFits(_ characters: [UInt8]) -> Bool {
                ASCII.isDigit(characters[9]) && IdentityChecks.icaoCheckDigit(characters[0..<9]) == Int(characters[9]) - 0x30
            }
            if !checkFits(characters) {
                // `l` and `z` are in the alphabet: read as 1 and 2 only when that makes the check
                // digit fit (`JFT3ZONG69` is `JFT320NG69`).
                func reading(_ letters: String) -> [UInt8] {
                    characters.map { letters.utf8.contains($0) ? ($0 == UInt8(ascii: "l") ? UInt8(ascii: "1") : UInt8(ascii: "2")) : $0 }
                }
                guard let fitting = ["l", "z", "lz"].lazy.map(reading).first(where: checkFits) else { return .invalid }
                characters = fitting
            }
            // Ten digits with a fitting check digit are as often a phone or order number (one
            // in ten passes): only the letters of today's serial numbers make the check count.
            let readAsWritten = characters == written
            return readAsWritten && characters.contains(where: ASCII.isLowercaseLetter) ? .valid : .noOpinion
        },
        alphanumerics("de-rvnr", IdentityChecks.isValidRVNR),
        alphanumerics("de-kvnr", isStrong: false, IdentityChecks.isValidKVNR),
        alphanumerics("de-driving-licence", isStrong: false, IdentityChecks.isValidDrivingLicence),
        digits("at-svnr", isStrong: false, IdentityChecks.isValidAustrianSVNR),
        digits("ch-ahv", IdentityChecks.isValidAHV),
        digits("nl-bsn", isStrong: false, IdentityChecks.isValidBSN),
        alphanumerics("fr-nir", IdentityChecks.isValidNIR),
        alphanumerics("it-codice-fiscale", IdentityChecks.isValidCodiceFiscale),
        // After its name, a codice fiscale or a DNI/NIE may have letters written for digits.
        alphanumerics("it-codice-fiscale-look-alikes", IdentityChecks.isValidCodiceFiscaleReadingLookAlikes),
        alphanumerics("es-dni-nie") { IdentityChecks.isValidDNI($0) || IdentityChecks.isValidNIE($0) },
        alphanumerics("es-dni-nie-look-alikes", IdentityChecks.isValidDNIOrNIEReadingLookAlikes),
        digits("pl-pesel", isStrong: false) { IdentityChecks.isValidPESEL($0, currentYear: IdentityChecks.currentYear) },
        digits("be-national-number") {
            IdentityChecks.isValidBelgianNationalNumber($0, currentYear: IdentityChecks.currentYear)
        },
        alphanumerics("uk-nino", isStrong: false, IdentityChecks.isValidNINO),
        digits("uk-nhs", isStrong: false, IdentityChecks.isValidNHSNumber),
        digits("us-ssn", isStrong: false, IdentityChecks.isValidSSN),
        Validator(name: "icao-mrz-line") { (candidate: Span<UInt8>) in
            var characters: [UInt8] = []
            for index in candidate.indices { characters.append(candidate[index] &- 0x41 < 26 ? candidate[index] + 0x20 : candidate[index]) }
            return .from(IdentityChecks.isValidTD3SecondLine(characters))
        },
    ]

    /// A validator of a number of digits only: a letter in the candidate makes it invalid.
    private static func digits(_ name: String, isStrong: Bool = true,
                               _ check: @escaping @Sendable ([Int]) -> Bool) -> Validator {
        Validator(name: name, isStrong: isStrong) { (candidate: Span<UInt8>) in
            .from(IdentityChecks.digitsOnly(candidate).map(check) ?? false)
        }
    }

    /// A validator of letters and digits, given lower-cased with the separators dropped.
    private static func alphanumerics(_ name: String, isStrong: Bool = true,
                                      _ check: @escaping @Sendable ([UInt8]) -> Bool) -> Validator {
        Validator(name: name, isStrong: isStrong) { (candidate: Span<UInt8>) in
            .from(check(IdentityChecks.characters(candidate)))
        }
    }
}
