import Testing
@testable import Veil

@Suite("Health validators")
struct HealthValidatorTests {
    @Test("ICD-10 codes that exist in ICD-10-CM, or have a GM form of an existing category", arguments: [
        "E11.9", "e11.9", "E119", "O24.419", "S15.129A", "T81.40XA", "F32.1", "M54.5", "I10",
        "I10.90", "E11.90", "J45.0", "F32.1G", "M17.1R", "E05.90", "N39.3", "U07.1", "U50.20", "S63.O42A", "F3I.1",
    ])
    func validCodes(code: String) {
        #expect(Validator.icd10(code[...]) == .valid, "\(code)")
    }

    @Test("Codes of categories that do not exist, and malformed codes", arguments: [
        "A10.5", "B12", "Z99.9X", "T81.4XXA", "E11.999", "E11.9Q", "11.9", "EE1.9", "E1", "E11.90AB",
    ])
    func invalidCodes(code: String) {
        #expect(Validator.icd10(code[...]) == .invalid, "\(code)")
    }
}
