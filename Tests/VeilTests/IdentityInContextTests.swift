import Testing
@testable import Veil

/// Identity numbers next to phone numbers, dates, amounts and order numbers: each value must
/// get its own type, and the others none.
@Suite("Identity numbers in context")
struct IdentityInContextTests {
    @Test(arguments: [
        ("Steuer-ID 86095742719, Tel. 030 1234567, Bestellnummer 12345678 vom 01.02.2024 über 49,99 €",
         "Steuer-ID [DE_STEUER_ID], Tel. [PHONE], Bestellnummer 12345678 vom 01.02.2024 über 49,99 €"),
        ("Meine Rentenversicherungsnummer ist 65170839J003 und meine Handynummer 0151 23456789",
         "Meine Rentenversicherungsnummer ist [DE_RVNR] und meine Handynummer [PHONE]"),
        ("AHV-Nr. 756.1234.5678.97, Rechnung 2024-000123 über CHF 120.50, Rückruf +41 44 668 18 00",
         "AHV-Nr. [CH_AHV], Rechnung 2024-000123 über CHF 120.50, Rückruf [PHONE]"),
        ("My SSN is 123-45-6789, order #4521 shipped on 03/11/2024, call 415-555-2671",
         "My SSN is [US_SSN], order #4521 shipped on 03/11/2024, call [PHONE]"),
        ("NI number AB123456C, NHS number 943 476 5919, appointment at 10:30 on 12.05.",
         "NI number [UK_NINO], NHS number [UK_NHS], appointment at 10:30 on 12.05."),
        ("Versichertennummer A123456780, Bestellung 4711 über 23,90 €",
         "Versichertennummer [DE_KVNR], Bestellung 4711 über 23,90 €"),
        ("Bestellnummer 86095742719 und Tracking 00340434161234567890",
         "Bestellnummer 86095742719 und Tracking 00340434161234567890"),
        // Issue 14 class 1: a negative cue lowers a value of a strong check, never drops it.
        ("the gestoría needs this on the contract asap: Z7432837R", "the gestoría needs this on the contract asap: [ES_NIE]"),
        // A label after "für"/"for" is what the number is for, not its label.
        ("Reisepassnummer für die Buchung: K1GLR09NJ8", "Reisepassnummer für die Buchung: [DE_PASSPORT]"),
        ("passport number for the booking: K1GLR09NJ8", "passport number for the booking: [DE_PASSPORT]"),
        ("Steuer-ID 86095742719 für Bestellung 4711", "Steuer-ID [DE_STEUER_ID] für Bestellung 4711"),
        ("Bitte für Bestellung 86095742719 prüfen", "Bitte für Bestellung 86095742719 prüfen"),
        ("Steuernummer für das freelance invoice: 73/850/98751", "Steuernummer für das freelance invoice: [DE_STEUERNUMMER]"),
    ])
    func eachValueGetsItsType(_ text: String, _ redacted: String) throws {
        #expect(try MessageScanner().redact(text) == redacted)
    }

    /// Issue 14: a bare number that passes an identity number's check is reported, unless the
    /// label of another kind of number stands nearer; a number without a check needs context.
    @Test("a check without context is reported; a reference label outweighs it; no check needs context")
    func checksAndLabels() throws {
        let scanner = try MessageScanner()
        let bare = try #require(try scanner.scan("hier nochmal: 86095742719").findings.first)
        #expect(bare.type == "DE_STEUER_ID" && bare.isValidated && bare.confidence < 0.7)
        let withContext = try #require(try scanner.scan("Steuer-ID: 86095742719").findings.first)
        #expect(withContext.type == "DE_STEUER_ID" && withContext.isValidated && withContext.confidence >= 0.7)
        for labelled in ["Handyvertrag 86095742719", "Buchung 86095742719", "Kundennummer 86095742719", "Tel. 86095742719"] {
            #expect(try scanner.scan(labelled).findings.isEmpty, "\(labelled)")
        }
        // Bare nine digits need a word naming an SSN; grouped as SSA prints it, none (as in Presidio).
        #expect(try scanner.scan("536904399").findings.isEmpty)
        #expect(try scanner.scan("SSN 536904399").findings.map(\.type) == ["US_SSN"])
        #expect(try scanner.scan("536-90-4399").findings.map(\.type) == ["US_SSN"])
    }

    @Test("a health-insurance number raises the message's health risk")
    func insuranceNumberCountsAsHealth() throws {
        let risk = try MessageScanner().scan("Versichertennummer A123456780").risk
        #expect(risk.level >= .high && risk.byCategory[.health] != nil)
    }
}
