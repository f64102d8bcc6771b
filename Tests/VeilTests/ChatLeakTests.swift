import Testing
@testable import Veil

/// Values that leaked on realistic chat (issue 14), one test per failure class, each named after
/// what leaked. The labelled corpus behind them is measured by `scripts/quality`.
@Suite("Leaks found on realistic chat")
struct ChatLeakTests {
    static let scanner = try! Veil.Scanner()

    @Test("a negative cue that labels another value does not hide a card number", arguments: [
        ("Please charge £1145.50 to 2237321102626273 for invoice INV-60531.",
         "Please charge £1145.50 to [CARD] for invoice INV-60531."),
        ("Rechnungsnummer RE-2024-0815, bitte von 4111 1111 1111 1111 abbuchen",
         "Rechnungsnummer RE-2024-0815, bitte von [CARD] abbuchen"),
    ])
    func negativeCueOfAnotherValue(_ text: String, _ redacted: String) throws {
        #expect(try Self.scanner.scan(text).redacted == redacted)
    }

    @Test("a negative cue right before a number still speaks of it")
    func negativeCueOfTheValueItself() throws {
        #expect(try Self.scanner.scan("Bestellnummer 4111111111111111").findings.isEmpty)
        #expect(try Self.scanner.scan("Rechnungsnummer 0612345678").findings.isEmpty)
    }
}
