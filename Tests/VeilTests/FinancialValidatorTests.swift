import Testing
@testable import Veil

@Suite("Financial and phone validators")
struct FinancialValidatorTests {
    /// Published example IBANs (SWIFT IBAN registry and national banks' documentation).
    @Test(arguments: [
        "de89370400440532013000", "at611904300234573201", "ch9300762011623852957", "li21088100002324013aa",
        "gb82west12345698765432", "fr1420041010050500013m02606", "be68539007547034", "nl91abna0417164300",
        "no9386011117947", "it60x0542811101000000123456", "es9121000418450200051332", "pl61109010140000071219812874",
        "mt84malt011000012345mtlcast001s", "lc55hemm000100010012001200023015", "ru0304452522540817810538091310419",
    ])
    func validIBANs(_ iban: String) {
        #expect(Validator.iban(Substring(iban)) == .valid)
    }

    @Test(arguments: [
        "de89370400440532013001",  // one digit off
        "de88370400440532013000",  // wrong check digits
        "de8937040044053201300",   // one character short of the registry length
        "xx89370400440532013000",  // no such country
        "gb82west1234569876543a",  // letter where the registry wants a digit
    ])
    func invalidIBANs(_ iban: String) {
        #expect(Validator.iban(Substring(iban)) == .invalid)
    }

    @Test func ibanCutBackToRegistryLength() {
        #expect(Validator.iban("de89 3704 0044 0532 0130 00 danke") == .validPrefix(utf8Length: 27))
        #expect(Validator.iban("de89370400440532013000x") == .invalid)
    }

    /// Test card numbers published by the schemes and payment processors.
    @Test(arguments: [
        "4111111111111111", "4012888888881881", "4222222222222", "5555555555554444", "5105105105105100",
        "2223003122003222", "378282246310005", "371449635398431", "6011111111111117", "3530111333300000",
        "30569309025904", "6200000000000005", "6759649826438453", "4111111111111111003",
    ])
    func validCards(_ number: String) {
        #expect(Validator.paymentCard(Substring(number)) == .valid)
    }

    @Test(arguments: ["4111111111111112", "1234567812345670", "9111111111111111", "411111111111"])
    func invalidCards(_ number: String) {
        #expect(Validator.paymentCard(Substring(number)) == .invalid)
    }

    @Test func cardFollowedByAnotherNumber() {
        #expect(Validator.paymentCard("4111 1111 1111 1111 12") == .validPrefix(utf8Length: 19))
    }

    @Test func luhn() {
        func passes(_ digits: [Int]) -> Bool {
            FinancialChecks.luhnPassingLengths(of: digits.span) & 1 << UInt64(digits.count) != 0
        }
        #expect(passes([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]))
        #expect(!passes([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]))
    }

    /// Every prefix length at once gives what the textbook check (double every second digit
    /// from the right) gives for each prefix on its own.
    @Test func luhnOfEveryPrefixInOnePass() {
        func textbook(_ digits: ArraySlice<Int>) -> Bool {
            var sum = 0
            for (position, digit) in digits.reversed().enumerated() {
                sum += position % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit
            }
            return sum % 10 == 0
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let digits = (0..<Int.random(in: 1...24, using: &generator)).map { _ in Int.random(in: 0...9, using: &generator) }
            let passing = FinancialChecks.luhnPassingLengths(of: digits.span)
            for length in 1...digits.count {
                #expect((passing & 1 << UInt64(length) != 0) == textbook(digits[..<length]), "\(digits) \(length)")
            }
        }
    }

    @Test func bic() {
        #expect(Validator.bic("cobadeffxxx") == .valid)
        #expect(Validator.bic("deutdeff") == .valid)
        #expect(Validator.bic("abcdqq12") == .invalid)
        #expect(Validator.bic("cobadeffxx") == .invalid)
    }

    /// A BIC with no word naming it must be a registered bank's, and not an everyday word that
    /// starts like one (or its typo); digits or a branch make a code of such a bank a BIC again.
    @Test func registeredBIC() {
        #expect(Validator.bicRegistered("cobadeffxxx") == .valid)
        #expect(Validator.bicRegistered("genodes1vwg") == .valid)
        #expect(Validator.bicRegistered("geno-de-s1-vwg") == .valid)
        #expect(Validator.bicRegistered("winter25") == .invalid)
        #expect(Validator.bicRegistered("abcdqq12") == .invalid)
        #expect(Validator.bicRegistered("kreditakrte") == .invalid)
        #expect(Validator.bicRegistered("profited") == .invalid)
        #expect(Validator.bicRegistered("citigb2l") == .valid)
    }

    @Test(arguments: [
        ("+49 151 23456789", "DE mobile"), ("+49 (0)30 1234567", "DE fixed_line"), ("0043 664 1234567", "AT mobile"),
        ("+41 44 668 18 00", "CH fixed_line"), ("+1 (415) 555-2671", "US fixed_or_mobile"), ("+44 20 7946 0958", "GB fixed_line"),
        ("0151 23456789", "DE mobile"), ("030/1234567", "DE fixed_line"), ("(030) 123 45 67", "DE fixed_line"),
        ("01 5123456", "AT fixed_line"), ("(305) 581-5784", "US fixed_or_mobile"), ("1 702 646 4544", "US fixed_or_mobile"),
        ("617.493.1317", "US fixed_or_mobile"), ("+800 1234 5678", "001 toll_free"), ("+39 06 1234 5678", "IT fixed_line"),
        // The first home region that takes a number names it: 044 … is Zürich, but also a German number.
        ("044 668 18 00", "DE fixed_line"),
        ("+49 151", nil), ("+999 12345678", nil), ("+1 015 555 2671", nil), ("01067", nil),
        ("0123", nil), ("0123456789012345", nil), ("0200 000", nil), ("0101 2345 6789", nil),
        // Without its national prefix a German number is not read as one; a US number's groups must be 3-3-4.
        ("301234567", nil), ("2024-000123", nil), ("20-2400-0123", nil),
        ("03/11/2024", nil), ("01-02-2024", nil), ("05/12/24", nil), ("06.11.2024 14", nil),
    ] as [(String, String?)])
    func phones(_ number: String, _ identity: String?) {
        let expected = identity.map { identity in
            let parts = identity.split(separator: " ").map(String.init)
            return ValidatorVerdict.validAs(FindingDetail(region: parts[0], kind: parts[1]))
        }
        #expect(Validator.phone(Substring(number)) == expected ?? .invalid)
    }

    @Test func everyRegionsNumberingPlanCompiles() {
        let plans = PhoneNumberingPlans.shared
        #expect(plans.regionCodes.count > 240)
        for region in plans.regionCodes { #expect(plans.plan(forRegion: region)?.region == region) }
        #expect(plans.plans(forCallingCode: 800)?.first?.region == "001")
    }

    @Test func twoNumbersSideBySideAreValidInTheirFirst() {
        #expect(Validator.phone("0151 23456789 030 1234567") == .validPrefix(utf8Length: 13, detail: FindingDetail(region: "DE", kind: "mobile")))
        #expect(Validator.phone("+41 44 668 18 00 00") == .validPrefix(utf8Length: 16, detail: FindingDetail(region: "CH", kind: "fixed_line")))
    }

    @Test func homeRegionsAreTheCallersToChoose() throws {
        let french = try Validator.phone(regions: ["FR"])
        #expect(french("06 12 34 56 78") == .validAs(FindingDetail(region: "FR", kind: "mobile")))
        #expect(Validator.phone("06 12 34 56 78") == .validAs(FindingDetail(region: "DE", kind: "fixed_line")))
        #expect(french("(305) 581-5784") == .invalid)
        #expect(french("+1 305 581 5784") == .validAs(FindingDetail(region: "US", kind: "fixed_or_mobile")))
        #expect(throws: UnknownPhoneRegion(region: "XX")) { try Validator.phone(regions: ["DE", "XX"]) }
    }

    @Test func expiry() {
        #expect(Validator.cardExpiry("12/27") == .valid)
        #expect(Validator.cardExpiry("13/27") == .invalid)
        #expect(Validator.cardExpiry("08/2029") == .valid)
    }
}
