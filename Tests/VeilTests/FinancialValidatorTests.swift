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
            digits.withUnsafeBufferPointer { FinancialChecks.luhnPassingLengths(of: $0) & 1 << UInt64(digits.count) != 0 }
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
            let passing = digits.withUnsafeBufferPointer { FinancialChecks.luhnPassingLengths(of: $0) }
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

    @Test(arguments: [
        ("+49 151 23456789", true), ("+49 (0)30 1234567", true), ("0043 664 1234567", true), ("+41 44 668 18 00", true),
        ("+1 (415) 555-2671", true), ("+44 20 7946 0958", true), ("0151 23456789", true), ("030/1234567", true),
        ("(030) 123 45 67", true), ("044 668 18 00", true), ("01 5123456", true),
        ("+49 151", false), ("+999 12345678", false), ("+1 015 555 2671", false), ("01067", false),
        ("0123", false), ("+41 44 668 18 00 00", false), ("0123456789012345", false),
        ("03/11/2024", false), ("01-02-2024", false), ("05/12/24", false),
    ])
    func phones(_ number: String, _ valid: Bool) {
        #expect(Validator.phone(Substring(number)) == (valid ? .valid : .invalid))
    }

    @Test func expiry() {
        #expect(Validator.cardExpiry("12/27") == .valid)
        #expect(Validator.cardExpiry("13/27") == .invalid)
        #expect(Validator.cardExpiry("08/2029") == .valid)
    }
}
