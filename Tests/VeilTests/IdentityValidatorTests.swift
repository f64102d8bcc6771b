import Testing
@testable import Veil

/// One candidate as the engine hands it over (normalised: lower case, separators as typed) and the
/// verdict its validator must give.
struct IdentityCase: Sendable, CustomTestStringConvertible {
    let validator: String
    let text: String
    let expected: ValidatorVerdict
    let why: String

    init(_ validator: String, _ text: String, _ expected: ValidatorVerdict, _ why: String = "") {
        self.validator = validator
        self.text = text
        self.expected = expected
        self.why = why
    }

    var testDescription: String { "\(validator) \(text)" + (why.isEmpty ? "" : " (\(why))") }
}

@Suite("Identity validators")
struct IdentityValidatorTests {
    static let validators = Dictionary(uniqueKeysWithValues: Validator.identity.map { ($0.name, $0) })

    /// Published numbers: specimens of the issuers, examples of official documentation and of
    /// python-stdnum's documentation.
    static let published: [IdentityCase] = [
        IdentityCase("de-steuer-idnr", "86095742719", .valid, "ELSTER example"),
        IdentityCase("de-steuer-idnr", "47036892816", .valid, "ELSTER example"),
        IdentityCase("de-steuer-idnr", "65929970489", .valid, "ELSTER example, 9 three times, two in a row"),
        IdentityCase("de-steuer-idnr", "57549285017", .valid, "ELSTER example"),
        IdentityCase("de-steuer-idnr", "25768131411", .valid, "ELSTER example, 1 three times"),
        IdentityCase("de-steuer-idnr", "86 095 742 719", .valid, "grouped"),
        IdentityCase("de-ust-idnr", "de136695976", .valid, "stdnum"),
        IdentityCase("de-ust-idnr", "de 136 695 976", .valid, "grouped"),
        IdentityCase("de-steuernummer", "181/815/08155", .noOpinion, "Bayern, stdnum"),
        IdentityCase("de-steuernummer", "201/123/12340", .noOpinion, "Sachsen, stdnum"),
        IdentityCase("de-steuernummer", "4151081508156", .noOpinion, "Thüringen federal form, stdnum"),
        IdentityCase("de-steuernummer", "9181081508155", .noOpinion, "Bayern federal form"),
        IdentityCase("icao-document", "l01x00t471", .valid, "ID card specimen Erika Mustermann, MRZ check digit"),
        IdentityCase("icao-document", "c01x00t478", .valid, "passport specimen Erika Mustermann, MRZ check digit"),
        IdentityCase("icao-document", "t220001293", .valid, "ID card specimen 2010, MRZ check digit"),
        IdentityCase("icao-document", "l01x00t47", .noOpinion, "as printed, no check digit"),
        IdentityCase("icao-document", "t22000129", .noOpinion, "older format as printed"),
        IdentityCase("de-rvnr", "65170839j003", .valid, "Wikipedia"),
        IdentityCase("de-rvnr", "65 170839 j 00 3", .valid, "grouped"),
        IdentityCase("de-rvnr", "15070649c103", .valid, "Wikipedia (Sozialversicherungsnummer)"),
        IdentityCase("de-kvnr", "a123456780", .valid, "Wikipedia"),
        IdentityCase("de-driving-licence", "b072rre2i55", .valid, "specimen card licence"),
        IdentityCase("at-svnr", "1237010180", .valid, "stdnum"),
        IdentityCase("at-svnr", "1237 010180", .valid, "grouped"),
        IdentityCase("ch-ahv", "756.9217.0769.85", .valid, "stdnum"),
        IdentityCase("ch-ahv", "7569217076985", .valid, "compact"),
        IdentityCase("nl-bsn", "111222333", .valid, "stdnum"),
        IdentityCase("nl-bsn", "1112.22.333", .valid, "dotted"),
        IdentityCase("nl-bsn", "123456782", .valid, "common test number"),
        IdentityCase("fr-nir", "295109912611193", .valid, "stdnum"),
        IdentityCase("fr-nir", "2 95 10 99 126 111 93", .valid, "grouped"),
        IdentityCase("fr-nir", "253072b07300470", .valid, "Corsica 2B, stdnum"),
        IdentityCase("fr-nir", "253072a07300443", .valid, "Corsica 2A, stdnum"),
        IdentityCase("it-codice-fiscale", "rccmnl83s18d969h", .valid, "stdnum"),
        IdentityCase("it-codice-fiscale", "mrtmtt25d09f205z", .valid, "Agenzia delle Entrate example"),
        IdentityCase("it-codice-fiscale", "rssmra85t10a562s", .valid, "Mario Rossi"),
        IdentityCase("es-dni-nie", "54362315k", .valid, "DNI, stdnum"),
        IdentityCase("es-dni-nie", "54362315-k", .valid, "DNI with dash"),
        IdentityCase("es-dni-nie", "12345678z", .valid, "DNI specimen"),
        IdentityCase("es-dni-nie", "x2482300w", .valid, "NIE, stdnum"),
        IdentityCase("es-dni-nie", "x-2482300-w", .valid, "NIE with dashes"),
        IdentityCase("pl-pesel", "44051401359", .valid, "stdnum"),
        IdentityCase("pl-pesel", "02270803624", .valid, "born 2002, month + 20"),
        IdentityCase("be-national-number", "85073003328", .valid, "stdnum"),
        IdentityCase("be-national-number", "85.07.30-033.28", .valid, "formatted"),
        IdentityCase("be-national-number", "17 07 30 033 84", .valid, "born 2017, stdnum"),
        IdentityCase("uk-nino", "ab123456c", .valid),
        IdentityCase("uk-nino", "ab 12 34 56 c", .valid, "grouped"),
        IdentityCase("uk-nhs", "943 476 5870", .valid, "stdnum"),
        IdentityCase("uk-nhs", "9434765919", .valid, "NHS example"),
        IdentityCase("us-ssn", "536-90-4399", .valid, "stdnum"),
        IdentityCase("us-ssn", "536904399", .valid, "compact"),
        IdentityCase("icao-mrz-line", "l898902c36uto7408122f1204159ze184226b<<<<<10", .valid, "ICAO 9303 specimen"),
        IdentityCase("icao-mrz-line", "c01x00t478d<<6408125f2702283<<<<<<<<<<<<<<<4", .valid, "German passport specimen"),
    ]

    /// The published numbers with one digit changed.
    static let oneDigitOff: [IdentityCase] = [
        IdentityCase("de-steuer-idnr", "86095742718", .invalid),
        IdentityCase("de-steuer-idnr", "86095743719", .invalid),
        IdentityCase("de-ust-idnr", "de136695977", .invalid),
        IdentityCase("de-ust-idnr", "de136695966", .invalid),
        IdentityCase("icao-document", "l01x00t472", .invalid),
        IdentityCase("icao-document", "t220001283", .invalid),
        IdentityCase("de-rvnr", "65170839j004", .invalid),
        IdentityCase("de-rvnr", "65170849j003", .invalid),
        IdentityCase("de-kvnr", "a123456781", .invalid),
        IdentityCase("de-kvnr", "a123456680", .invalid),
        IdentityCase("de-driving-licence", "b072rre2i45", .invalid),
        IdentityCase("at-svnr", "2237010180", .invalid, "stdnum"),
        IdentityCase("at-svnr", "1237010181", .invalid),
        IdentityCase("ch-ahv", "756.9217.0769.84", .invalid, "stdnum"),
        IdentityCase("nl-bsn", "1112.52.333", .invalid, "stdnum"),
        IdentityCase("fr-nir", "295109912611194", .invalid),
        IdentityCase("fr-nir", "253072a07300470", .invalid, "2B key with 2A"),
        IdentityCase("it-codice-fiscale", "rccmnl83s18d968h", .invalid),
        IdentityCase("es-dni-nie", "54362315z", .invalid, "stdnum"),
        IdentityCase("es-dni-nie", "x2482300a", .invalid, "stdnum"),
        IdentityCase("pl-pesel", "44051401358", .invalid, "stdnum"),
        IdentityCase("be-national-number", "85073003329", .invalid),
        IdentityCase("uk-nhs", "9434765871", .invalid, "stdnum"),
        IdentityCase("icao-mrz-line", "l898902c36uto7408122f1204159ze184226b<<<<<11", .invalid, "composite"),
        IdentityCase("icao-mrz-line", "l898902c37uto7408122f1204159ze184226b<<<<<10", .invalid, "document number"),
        IdentityCase("icao-mrz-line", "l898902c36uto7408123f1204159ze184226b<<<<<10", .invalid, "birth date"),
        IdentityCase("icao-mrz-line", "l898902c36uto7408122f1204158ze184226b<<<<<10", .invalid, "expiry date"),
        IdentityCase("icao-mrz-line", "l898902c36uto7408122f1204159ze184226b<<<<<20", .invalid, "personal number"),
    ]

    /// Wrong length, wrong characters, wrong prefix.
    static let shapeErrors: [IdentityCase] = [
        IdentityCase("de-steuer-idnr", "8609574271", .invalid, "10 digits"),
        IdentityCase("de-steuer-idnr", "860957427190", .invalid, "12 digits"),
        IdentityCase("de-steuer-idnr", "02476291358", .invalid, "ELSTER test number, first digit 0"),
        IdentityCase("de-ust-idnr", "de13669597", .invalid, "8 digits"),
        IdentityCase("de-ust-idnr", "at136695976", .invalid, "other country"),
        IdentityCase("de-ust-idnr", "de012345679", .invalid, "first digit 0"),
        IdentityCase("de-steuernummer", "1234567890123", .invalid, "13 digits without a Land prefix"),
        IdentityCase("de-steuernummer", "9181181508155", .invalid, "federal form without the 0"),
        IdentityCase("de-steuernummer", "18/1815/08155", .invalid, "groups 2/4/5"),
        IdentityCase("de-steuernummer", "181/815/0815", .invalid, "9 digits"),
        IdentityCase("icao-document", "l01x00t4", .invalid, "8 characters"),
        IdentityCase("icao-document", "l01a00t47", .invalid, "vowel"),
        IdentityCase("icao-document", "l01x00t47x", .invalid, "letter as check digit"),
        IdentityCase("de-rvnr", "651708390003", .invalid, "digit for the letter"),
        IdentityCase("de-rvnr", "65170839j03", .invalid, "11 characters"),
        IdentityCase("de-kvnr", "1123456780", .invalid, "no letter"),
        IdentityCase("de-kvnr", "a12345678", .invalid, "9 characters"),
        IdentityCase("at-svnr", "0237010180", .invalid, "serial starting with 0"),
        IdentityCase("ch-ahv", "7571234567896", .invalid, "EAN-13 fine, not 756"),
        IdentityCase("ch-ahv", "756921707698", .invalid, "12 digits"),
        IdentityCase("nl-bsn", "000000000", .invalid, "all zero"),
        IdentityCase("nl-bsn", "1112223334", .invalid, "10 digits, stdnum"),
        IdentityCase("fr-nir", "253072c07300470", .invalid, "no department 2C"),
        IdentityCase("fr-nir", "29510991261119", .invalid, "14 characters"),
        IdentityCase("it-codice-fiscale", "rccmnl83s18d969", .invalid, "15 characters"),
        IdentityCase("it-codice-fiscale", "rccmnl83f18d969h", .invalid, "f is no month letter"),
        IdentityCase("es-dni-nie", "54362315", .invalid, "no letter, stdnum"),
        IdentityCase("es-dni-nie", "a2482300w", .invalid, "a is no NIE prefix"),
        IdentityCase("pl-pesel", "02381307589", .invalid, "month 38 (2100s, month 18), stdnum"),
        IdentityCase("be-national-number", "12345678901", .invalid, "stdnum"),
        IdentityCase("uk-nino", "qq123456c", .invalid, "Q is not a prefix letter (HMRC sample)"),
        IdentityCase("uk-nino", "ao123456c", .invalid, "O is not a second letter"),
        IdentityCase("uk-nino", "gb123456a", .invalid, "GB not allocated"),
        IdentityCase("uk-nino", "ab123456e", .invalid, "suffix beyond D"),
        IdentityCase("uk-nino", "ab12345c", .invalid, "5 digits"),
        IdentityCase("uk-nhs", "943476587", .invalid, "9 digits"),
        IdentityCase("us-ssn", "666-00-0000", .invalid, "stdnum"),
        IdentityCase("us-ssn", "000-12-3456", .invalid, "area 000"),
        IdentityCase("us-ssn", "900-12-3456", .invalid, "area 9xx"),
        IdentityCase("us-ssn", "123-00-4567", .invalid, "group 00"),
        IdentityCase("us-ssn", "123-45-0000", .invalid, "serial 0000"),
        IdentityCase("us-ssn", "078-05-1120", .invalid, "voided by SSA, stdnum"),
        IdentityCase("icao-mrz-line", "l898902c36uto7408122f1204159ze184226b<<<<1", .invalid, "43 characters"),
    ]

    /// Rules of the issuing authorities beyond the check digit: birth dates, digit repetition,
    /// the order of omocodia, the 2000 rule.
    static let authorityRules: [IdentityCase] = [
        IdentityCase("de-steuer-idnr", "11123456786", .noOpinion, "1 three times in a row (stdnum: valid): a naming word decides"),
        IdentityCase("de-steuer-idnr", "12131456787", .valid, "1 three times, not in a row"),
        IdentityCase("de-steuer-idnr", "12345678903", .invalid, "no digit repeated"),
        IdentityCase("de-steuer-idnr", "11233456784", .invalid, "two digits repeated"),
        IdentityCase("de-steuer-idnr", "11213141566", .invalid, "1 four times"),
        IdentityCase("de-rvnr", "65490839j000", .valid, "day 17 + 32"),
        IdentityCase("de-rvnr", "65810839j005", .valid, "day 17 + 64"),
        IdentityCase("de-rvnr", "65970739j009", .valid, "first of the month + 96"),
        IdentityCase("de-rvnr", "65960739j004", .invalid, "day 96"),
        IdentityCase("de-rvnr", "13000050m001", .valid, "day and month unknown"),
        IdentityCase("de-rvnr", "12001286a519", .valid, "day unknown"),
        IdentityCase("de-rvnr", "65171339j005", .invalid, "month 13"),
        IdentityCase("de-rvnr", "65310239j008", .invalid, "31 February"),
        IdentityCase("de-rvnr", "65290239j000", .invalid, "29 February 39"),
        IdentityCase("de-rvnr", "65290240j003", .valid, "29 February 40"),
        IdentityCase("de-kvnr", "z987654321", .valid, "letter 26"),
        IdentityCase("at-svnr", "4560290200", .valid, "29 February 00"),
        IdentityCase("at-svnr", "4566290201", .invalid, "29 February 01"),
        IdentityCase("at-svnr", "4563310481", .invalid, "31 April"),
        IdentityCase("at-svnr", "4561000180", .invalid, "day 00"),
        IdentityCase("at-svnr", "4578051347", .valid, "substitute month 13"),
        IdentityCase("at-svnr", "4562450781", .valid, "substitute day 45"),
        IdentityCase("it-codice-fiscale", "rccmnl83s58d969l", .valid, "woman, day + 40"),
        IdentityCase("it-codice-fiscale", "rccmnl83s18d96vw", .valid, "omocodia of the last digit"),
        IdentityCase("it-codice-fiscale", "rccmnl83s18dv69w", .invalid, "omocodia out of order (stdnum: valid)"),
        IdentityCase("it-codice-fiscale", "rccmnl83s81d969v", .invalid, "day 81 (stdnum: valid)"),
        IdentityCase("it-codice-fiscale", "rccmnl83s38d969j", .invalid, "day 38"),
        IdentityCase("es-dni-nie", "y1234567x", .valid, "NIE Y"),
        IdentityCase("es-dni-nie", "z7654321h", .valid, "NIE Z"),
        IdentityCase("pl-pesel", "00222900009", .valid, "29 February 2000"),
        IdentityCase("pl-pesel", "99022900007", .invalid, "29 February 1999"),
        IdentityCase("pl-pesel", "01701234561", .invalid, "a German mobile number: born 2201 (stdnum: valid)"),
        IdentityCase("be-national-number", "01020300467", .valid, "born 2001"),
        IdentityCase("be-national-number", "00130100160", .invalid, "month 13"),
        IdentityCase("uk-nhs", "1000000028", .valid),
        IdentityCase("uk-nhs", "1234567890", .invalid, "check would be 10"),
        IdentityCase("icao-mrz-line", "c01x00t478d<<6408125f2702283<<<<<<<<<<<<<<04", .valid,
                     "empty personal number, check 0"),
    ]

    static func verdict(_ testCase: IdentityCase) throws -> ValidatorVerdict {
        let validator = try #require(validators[testCase.validator], "no validator named \(testCase.validator)")
        return validator(Substring(testCase.text))
    }

    @Test("published numbers pass", arguments: published)
    func publishedNumbers(_ testCase: IdentityCase) throws {
        #expect(try Self.verdict(testCase) == testCase.expected)
    }

    @Test("one digit off fails", arguments: oneDigitOff)
    func oneDigitOffNumbers(_ testCase: IdentityCase) throws {
        #expect(try Self.verdict(testCase) == testCase.expected)
    }

    @Test("shape errors fail", arguments: shapeErrors)
    func shapeErrorNumbers(_ testCase: IdentityCase) throws {
        #expect(try Self.verdict(testCase) == testCase.expected)
    }

    @Test("rules of the issuing authorities", arguments: authorityRules)
    func authorityRuleNumbers(_ testCase: IdentityCase) throws {
        #expect(try Self.verdict(testCase) == testCase.expected)
    }

    @Test("upper case and other separators are accepted as well")
    func caseAndSeparators() throws {
        #expect(try Self.verdict(IdentityCase("de-ust-idnr", "DE136695976", .valid)) == .valid)
        #expect(try Self.verdict(IdentityCase("it-codice-fiscale", "RSSMRA85T10A562S", .valid)) == .valid)
        #expect(try Self.verdict(IdentityCase("de-steuer-idnr", "86-095-742-719", .valid)) == .valid)
        #expect(try Self.verdict(IdentityCase("ch-ahv", "756 9217 0769 85", .valid)) == .valid)
    }

    @Test("the 2000 reading of a Belgian number applies to past years only")
    func belgianCenturyRule() {
        let bornIn2017 = [1, 7, 0, 7, 3, 0, 0, 3, 3, 8, 4]
        #expect(IdentityChecks.isValidBelgianNationalNumber(bornIn2017, currentYear: 2025))
        #expect(!IdentityChecks.isValidBelgianNationalNumber(bornIn2017, currentYear: 2016))
    }

    @Test("ICAO 9303 check digits of the specimens")
    func icaoCheckDigits() {
        #expect(IdentityChecks.icaoCheckDigit("l01x00t47".utf8) == 1)
        #expect(IdentityChecks.icaoCheckDigit("t22000129".utf8) == 3)
        #expect(IdentityChecks.icaoCheckDigit("740812".utf8) == 2)
        #expect(IdentityChecks.icaoCheckDigit("ze184226b<<<<<".utf8) == 1)
    }

    @Test("names are unique and weak checks are marked weak")
    func names() {
        let names = Validator.identity.map(\.name)
        #expect(Set(names).count == names.count)
        let weak = Set(Validator.identity.filter { !$0.isStrong }.map(\.name))
        #expect(weak == ["de-steuer-idnr", "de-steuernummer", "de-steuernummer-any-grouping", "icao-document", "de-kvnr", "de-driving-licence", "at-svnr",
                         "nl-bsn", "pl-pesel", "uk-nino", "uk-nhs", "us-ssn"])
    }
}
