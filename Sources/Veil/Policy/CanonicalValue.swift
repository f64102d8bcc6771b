/// The canonical form of a found value: one spelling for every way the same value can be
/// typed, so that a pseudonym and an allow-list entry do not depend on spaces, case, full-width
/// digits or a national prefix.
///
/// | category | canonical form | example |
/// |---|---|---|
/// | IBAN, financial, ID | letters and digits, upper case | `DE89370400440532013000` |
/// | phone | E.164, `+` calling code and national number | `+4915123456789` |
/// | contact (e-mail) | lower case | `erika.mustermann@example.de` |
/// | health | folded (case, umlauts as `ae`), single spaces | `migraene` |
enum CanonicalValue {
    /// The canonical form of `value`, the bytes `finding` covers.
    static func of(_ value: UnsafeBufferPointer<UInt8>, finding: Finding) -> String {
        String(decoding: bytes(of: value, finding: finding), as: UTF8.self)
    }

    /// The canonical form of `value` as UTF-8 bytes.
    static func bytes(of value: UnsafeBufferPointer<UInt8>, finding: Finding) -> [UInt8] {
        let isASCII = value.allSatisfy { $0 < 0x80 }
        // Most values are ASCII (IBANs, numbers, addresses): lower case is their folding.
        var folded: [UInt8] {
            isASCII ? value.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
                : ContextWords.foldedBytes(String(decoding: value, as: UTF8.self))
        }
        switch finding.category {
        case .iban, .financial, .id:
            // An ASCII value needs no folded copy: upper case is its canonical form.
            return isASCII ? value.compactMap(alphanumericUppercased) : folded.compactMap(alphanumericUppercased)
        case .phone:
            let folded = folded
            return e164(folded, region: finding.detail?.region) ?? folded.filter(ASCII.isDigit)
        case .contact:
            return folded.filter { $0 > 0x20 }
        case .health:
            var words: [UInt8] = []
            for byte in LexiconMatcher.canonicalize(folded) {
                let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                if !isSpace { words.append(byte) } else if words.last != 0x20 && !words.isEmpty { words.append(0x20) }
            }
            if words.last == 0x20 { words.removeLast() }
            return words
        }
    }

    /// A phone number in E.164: `+` digits as they are; the region's international prefix
    /// (`00`, `011`) read as `+`; a national number (found with `region`, its home region)
    /// without its national prefix, after the region's calling code; a national prefix written
    /// `(0)` after a calling code left out. Nil when none applies.
    static func e164(_ folded: [UInt8], region: String?) -> [UInt8]? {
        var withoutTrunkZero: [UInt8] = []
        var index = 0
        while index < folded.count {
            if index + 2 < folded.count && folded[index] == UInt8(ascii: "(") && folded[index + 1] == UInt8(ascii: "0")
                && folded[index + 2] == UInt8(ascii: ")") && index > 0 {
                index += 3
                continue
            }
            withoutTrunkZero.append(folded[index])
            index += 1
        }
        let folded = withoutTrunkZero
        let digits = ArraySlice(folded.filter(ASCII.isDigit))
        guard !digits.isEmpty else { return nil }
        if folded.first(where: { $0 != 0x20 && $0 != UInt8(ascii: "(") }) == UInt8(ascii: "+") {
            return [UInt8(ascii: "+")] + digits
        }
        guard let region, let plan = PhoneNumberingPlans.shared.plan(forRegion: region) else { return nil }
        let matcher = DigitMatcher(matchData: ScanScratch.current.validatorMatchData)
        if let prefix = plan.internationalPrefix, let end = matcher.prefixEnd(of: prefix, in: digits), end < digits.count {
            return [UInt8(ascii: "+")] + digits.dropFirst(end)
        }
        let national = plan.nationalSignificantNumber(of: digits, matcher: matcher).number
        return Array("+\(plan.callingCode)".utf8) + national
    }

    private static func alphanumericUppercased(_ byte: UInt8) -> UInt8? {
        guard ASCII.isAlphanumeric(byte) else { return nil }
        return (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
    }
}
