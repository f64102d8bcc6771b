/// Telephone numbers, checked by each country's lengths and prefixes rather than "any run of
/// digits".
enum PhoneChecks {
    /// National significant number lengths by country calling code (ITU-T E.164 assignments,
    /// lengths as in the national numbering plans), keyed by the code as a number. Calling codes
    /// form a prefix code and none starts with 0, so the first one that matches is the right one.
    static let nationalNumberLengths: [Int: ClosedRange<Int>] = [
        1: 10...10, 7: 10...10, 20: 8...10, 27: 9...9, 30: 10...10, 31: 9...9, 32: 8...9,
        33: 9...9, 34: 9...9, 36: 8...9, 39: 6...11, 40: 9...9, 41: 9...9, 43: 4...13,
        44: 9...10, 45: 8...8, 46: 7...10, 47: 8...8, 48: 9...9, 49: 6...13, 51: 8...9,
        52: 10...10, 53: 8...8, 54: 10...11, 55: 10...11, 56: 9...9, 57: 10...10, 58: 10...10,
        60: 8...10, 61: 9...9, 62: 8...12, 63: 10...10, 64: 8...10, 65: 8...8, 66: 8...9,
        81: 9...10, 82: 8...10, 84: 9...10, 86: 10...11, 90: 10...10, 91: 10...10, 92: 9...10,
        93: 9...9, 94: 9...9, 95: 8...10, 98: 10...10, 212: 9...9, 213: 8...9, 216: 8...8,
        234: 8...10, 254: 9...9, 351: 9...9, 352: 6...11, 353: 7...9, 354: 7...7, 355: 8...9,
        356: 8...8, 357: 8...8, 358: 5...12, 359: 8...9, 370: 8...8, 371: 8...8, 372: 7...8,
        373: 8...8, 374: 8...8, 375: 9...9, 376: 6...9, 377: 8...9, 378: 6...10, 380: 9...9,
        381: 8...9, 382: 8...8, 385: 8...9, 386: 8...8, 387: 8...8, 389: 8...8, 420: 9...9,
        421: 9...9, 423: 7...9, 852: 8...8, 880: 10...10, 886: 8...9, 966: 9...9, 971: 8...9,
        972: 8...9, 974: 8...8,
    ]

    /// `nationalNumberLengths` by calling code, 0 to 999, so that a lookup is an index.
    private static let lengthsByCode: [ClosedRange<Int>?] = {
        var table = [ClosedRange<Int>?](repeating: nil, count: 1000)
        for (code, lengths) in nationalNumberLengths { table[code] = lengths }
        return table
    }()

    /// An international number: `+` or `00`, a calling code, the national number (a trunk `(0)`
    /// after the calling code is dropped). `digits` are digit values without the `+`/`00`.
    static func isValidInternational(_ digits: UnsafeBufferPointer<UInt8>, hasTrunkZero: Bool) -> Bool {
        var code = 0
        for codeLength in 1...3 where digits.count > codeLength {
            code = code * 10 + Int(digits[codeLength - 1])
            guard let lengths = lengthsByCode[code] else { continue }
            var national = UnsafeBufferPointer(rebasing: digits[codeLength...])
            if hasTrunkZero, national.first == 0 { national = UnsafeBufferPointer(rebasing: national[1...]) }
            guard let first = national.first, first != 0 || code == 39 else { return false }
            if code == 1 && first < 2 { return false }
            return lengths.contains(national.count)
        }
        return false
    }

    /// A national number written with the trunk prefix `0`, as in Germany, Austria and
    /// Switzerland. `digits` are digit values, the leading 0 included.
    static func isValidDACHNational(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        guard digits.first == 0, digits.count >= 7 else { return false }
        let national = UnsafeBufferPointer(rebasing: digits[1...])
        guard national[0] != 0 else { return false }
        return isGermanNational(national) || isAustrianNational(national) || isSwissNational(national)
    }

    /// Germany: mobile 015x/016x/017x with 10–11 digits after the 0; otherwise an area code
    /// starting 2–9 and 6–11 digits in all.
    private static func isGermanNational(_ national: UnsafeBufferPointer<UInt8>) -> Bool {
        if national[0] == 1 {
            return national.count >= 2 && (5...7).contains(national[1]) && (10...11).contains(national.count)
        }
        return (6...11).contains(national.count)
    }

    /// Austria: Vienna 1, mobile 650–699, other area codes 2–7; 6–13 digits after the 0.
    private static func isAustrianNational(_ national: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (6...13).contains(national.count) else { return false }
        if national[0] == 6 { return national.count >= 3 && national[1] >= 5 && national.count >= 10 }
        return national[0] <= 7
    }

    /// Whether the text is a date such as `03/11/2024`, `3-11-24` or `2024/11/03`: groups of
    /// day, month and year joined by one repeated separator, with a real day and month.
    static func looksLikeDate(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var values = (0, 0, 0), lengths = (0, 0, 0)
        var groups = 0
        var separator: UInt8?
        var value = 0, length = 0
        func close() {
            switch groups {
            case 0: (values.0, lengths.0) = (value, length)
            case 1: (values.1, lengths.1) = (value, length)
            default: (values.2, lengths.2) = (value, length)
            }
            groups += 1
        }
        for byte in text {
            if byte &- 0x30 < 10 {
                value = value * 10 + Int(byte - 0x30)
                length += 1
                guard length <= 4 else { return false }
            } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") {
                guard length > 0, separator == nil || separator == byte, groups < 2 else { return false }
                separator = byte
                close()
                value = 0
                length = 0
            } else {
                return false
            }
        }
        guard length > 0, groups == 2 else { return false }
        close()
        let yearFirst = lengths.0 == 4
        let (first, second) = yearFirst ? (values.1, values.2) : (values.0, values.1)
        let yearLength = yearFirst ? lengths.0 : lengths.2
        let dayAndMonth = (1...31).contains(first) && (1...31).contains(second) && (first <= 12 || second <= 12)
        return dayAndMonth && (yearLength == 2 || yearLength == 4)
    }

    /// Switzerland: 9 digits after the 0, starting 2–9.
    private static func isSwissNational(_ national: UnsafeBufferPointer<UInt8>) -> Bool {
        national.count == 9 && national[0] >= 2
    }
}

extension Validator {
    /// Phone number: international by calling code and national length, national by the
    /// German, Austrian and Swiss numbering plans; never a date.
    static let phone = Validator(name: "phone") { (bytes: UnsafeBufferPointer<UInt8>) in
        if PhoneChecks.looksLikeDate(bytes) { return .invalid }
        let significant = bytes.firstIndex { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: " ") } ?? bytes.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { storage in
            var count = 0
            var hasTrunkZero = false
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if byte &- 0x30 < 10 {
                    storage[count] = byte - 0x30
                    count += 1
                }
                if previous == (UInt8(ascii: "("), UInt8(ascii: "0")) && byte == UInt8(ascii: ")") { hasTrunkZero = true }
                previous = (previous.1, byte)
            }
            let digits = UnsafeBufferPointer(rebasing: storage[..<count])
            if significant < bytes.count && bytes[significant] == UInt8(ascii: "+") {
                return .from(PhoneChecks.isValidInternational(digits, hasTrunkZero: hasTrunkZero))
            }
            if significant + 2 <= bytes.count && bytes[significant] == UInt8(ascii: "0") && bytes[significant + 1] == UInt8(ascii: "0") {
                return .from(PhoneChecks.isValidInternational(UnsafeBufferPointer(rebasing: digits[2...]), hasTrunkZero: hasTrunkZero))
            }
            return .from(PhoneChecks.isValidDACHNational(digits))
        }
    }
}
