import Dispatch
import Testing
@testable import Veil

@Suite("MessageScanner")
struct ScannerTests {
    static let scanner = try! MessageScanner()

    @Test("the issue's acceptance example")
    func acceptance() throws {
        let expected = "Meine IBAN: [IBAN], Tel. [PHONE]"
        for text in [
            "Meine IBAN: DE89 3704 0044 0532 0130 00, Tel. 0151 23456789",
            "Meine IBAN: ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００, Tel. ０１５１ ２３４５６７８９",
            "Meine IBAN: DE89 3704\u{200B} 0044 0532 0130 00, Tel. 0151 23456789",
            "Meine IBAN: DE89\u{00A0}3704\u{2009}0044\u{202F}0532 0130 00, Tel. 0151\u{2011}23456789",
        ] {
            #expect(try Self.scanner.redact(text) == expected, "\(text)")
        }
    }

    /// A context word right after or before a typographic quote or another non-ASCII symbol
    /// still counts: the bytes of `„` once read as part of a word, so `„Diagnose“` gave no context.
    @Test(arguments: ["„Diagnose“ F32.1 steht drauf", "«Diagnose» F32.1 steht drauf", "→Diagnose F32.1 steht drauf",
                      "„ICD“ F32.1 steht drauf"])
    func contextWordNextToANonASCIISymbol(text: String) throws {
        #expect(try Self.scanner.scan(text).findings.map(\.type) == ["DIAGNOSIS"])
    }

    /// Stems and heads shorter than four bytes turn the lexicon's four-byte end filter off; with
    /// longer ones it must still let every stem and head through.
    @Test(arguments: [(["ekz"], ["tis"]), (["ekzem"], ["itis"]), (["ekzema"], ["ritis", "atitis"])])
    func lexiconFindsStemsAndHeadsOfEveryLength(prefixes: [String], suffixes: [String]) throws {
        let toml = """
            [pack]
            name = "short-affixes"

            [[lexicon]]
            id = "skin"
            category = "HEALTH"
            type = "DIAGNOSIS"
            description = "x"
            confidence = 0.9
            severity = 0.9
            words = []
            prefixes = [\(prefixes.map { "\"\($0)\"" }.joined(separator: ", "))]
            suffixes = [\(suffixes.map { "\"\($0)\"" }.joined(separator: ", "))]
            examples = ["«Ekzematiker»"]
            """
        let scanner = try MessageScanner(packs: [PatternPack(toml: toml, source: "test")])
        #expect(try scanner.redact("ein Ekzematiker mit Arthritis und Dermatitis, kein Text")
                == "ein [DIAGNOSIS] mit [DIAGNOSIS] und [DIAGNOSIS], kein Text")
        #expect(try scanner.scan("Auf ekz geht es, tis ist kurz").findings.count == (prefixes == ["ekz"] ? 2 : 0))
    }

    @Test func rulesBuiltInCodeScanAsPackRulesDo() throws {
        let ticket = Rule(id: "ticket", category: .id, type: "TICKET", matcher: .regex(#"(?<![\p{L}\p{N}])tk-\d{6}(?!\d)"#),
                          confidence: 0.9, severity: 0.3, examples: ["mein Ticket «TK-123456»"], counterExamples: ["TK-12345"])
        let allergy = Rule(id: "allergy", category: .health, type: "ALLERGY", matcher: .lexicon(LexiconTerms(words: ["nussallergie"])),
                           confidence: 0.9, severity: 0.9, examples: ["ich habe eine «Nussallergie»"])
        let scanner = try MessageScanner(packs: [PatternPack(name: "code", source: "test", rules: [ticket, allergy])])
        #expect(scanner.verifyRuleExamples().isEmpty)
        #expect(try scanner.redact("Ticket TK-654321, und ich habe eine Nussallergie") == "Ticket [TICKET], und ich habe eine [ALLERGY]")
        let broken = Rule(id: "broken", category: .id, type: "X", matcher: .regex("tk-\\d{6}"), confidence: 0.9, severity: 0.3,
                          examples: ["«TK-999»"])
        let checked = try MessageScanner(packs: [PatternPack(name: "code", source: "test", rules: [broken])])
        #expect(checked.verifyRuleExamples().map(\.ruleID) == ["broken"])
    }

    @Test func findingsCarryTheirRule() throws {
        let text = "IBAN DE89 3704 0044 0532 0130 00 und erika@example.de"
        let result = try Self.scanner.scan(text)
        #expect(result.findings.map(\.ruleID) == ["iban", "email"])
        let iban = try #require(result.findings.first)
        #expect(iban.category == .iban && iban.type == "IBAN" && iban.isValidated)
        #expect(text[iban.range(in: text)] == "DE89 3704 0044 0532 0130 00")
        #expect(iban.utf8Range == 5..<32)
        #expect(iban.scalarRange(in: text) == 5..<32)
        #expect(iban.confidence == 1.0)
    }

    @Test func invisibleCharactersInsideAValueAreRedactedWithIt() throws {
        let text = "x DE89\u{200B}3704\u{00AD}0044\u{2060}0532\u{FEFF}0130\u{200D}00 y"
        #expect(try Self.scanner.redact(text) == "x [IBAN] y")
    }

    @Test func scalarOffsetsCountCodePoints() throws {
        let text = "😀👍 Tel. 0151 23456789"
        let finding = try #require(try Self.scanner.scan(text).findings.first)
        #expect(finding.scalarRange(in: text) == 8..<21)
    }

    @Test func maskKeepsTheLastFour() throws {
        #expect(try Self.scanner.redact("IBAN DE89 3704 0044 0532 0130 00", policy: RedactionPolicy(.mask))
                == "IBAN DE** **** **** **** **30 00")
        #expect(try Self.scanner.redact("Karte 4111 1111 1111 1111", policy: RedactionPolicy(.mask))
                == "Karte **** **** **** 1111")
    }

    @Test func cleanMessageIsReturnedUnchanged() throws {
        let text = "Hallo, wann kommt mein Paket? Danke!"
        let result = try Self.scanner.scan(text)
        #expect(result.findings.isEmpty && result.risk == .none && result.isClean)
        #expect(result.redacted(text) == text)
        #expect(try Self.scanner.redact("") == "")
    }

    @Test func bytesGiveTheStringsResultAndACleanOneSaysSo() throws {
        func scanBytes(_ bytes: [UInt8]) throws(ScanError) -> ScanResult {
            try Self.scanner.scanBytes(bytes.span, policy: RedactionPolicy(.mask))
        }
        for text in ["Hallo, wann kommt mein Paket? Danke!", "", "Grüße aus Köln, Straße 12", "ｆｕｌｌ-ｗｉｄｔｈ 🙂"] {
            let result = try scanBytes(Array(text.utf8))
            #expect(result.isClean && result.redacted(text) == text, "\(text)")
        }
        for text in ["IBAN DE89 3704 0044 0532 0130 00", "ich nehme Metformin", "Tel.: +49 (0)151 23456789 🙂"] {
            #expect(try scanBytes(Array(text.utf8)) == Self.scanner.scan(text, policy: RedactionPolicy(.mask)), "\(text)")
        }
        #expect(throws: ScanError.invalidUTF8) { try scanBytes([0x61, 0xC3, 0x28, 0x62]) }
        #expect(throws: ScanError.invalidUTF8) { try scanBytes([0xED, 0xA0, 0x80]) }
    }

    /// A message that could not be scanned must never look clean: with `try?` a failure is nil,
    /// which no scan result is (issue 20).
    @Test func aFailedScanIsNeverAClean() throws {
        let invalid: [UInt8] = [0x61, 0xC3, 0x28, 0x62]
        let failed = try? Self.scanner.scanBytes(invalid.span)
        #expect(failed == nil)
        let clean = try? Self.scanner.scanBytes(Array("Hallo".utf8).span)
        #expect(clean?.isClean == true)
    }

    /// The ASCII and Latin-1 paths check UTF-8 by what they accept, the ICU path explicitly:
    /// together they must refuse exactly what the standard library refuses.
    @Test func bytesAreRefusedExactlyWhenTheyAreNotUTF8() {
        var generator = SplitMix64(state: 17)
        let interesting: [UInt8] = [0x41, 0x20, 0x31, 0x7F, 0x80, 0xA4, 0xBF, 0xC0, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF,
                                    0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0x97, 0xB7]
        var refused = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...10, using: &generator)).map { _ in interesting.randomElement(using: &generator)! }
            let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
            let outcome = Result { () throws(ScanError) in try Self.scanner.scanBytes(bytes.span) }
            if case .failure(let error) = outcome {
                #expect(error == .invalidUTF8 && !isUTF8, "\(bytes)")
                refused += 1
            } else {
                #expect(isUTF8, "\(bytes)")
            }
        }
        #expect(refused > 1000)
    }

    @Test func hardNegativesStayUnredacted() throws {
        for text in [
            "Lieferung am 01.02.2024 um 09:30, Preis 49,99 €",
            "Bestellnummer 0123456789, PLZ 01067 Dresden",
            "Rechnung 2024-000123 über 1.234,56 EUR",
            "Sendungsnummer 00340434161234567890",
            "Ticket #4521, Version 10.2.3, Raum 0815",
        ] {
            #expect(try Self.scanner.scan(text).findings.isEmpty, "\(text)")
        }
    }

    @Test func riskFollowsTheFindings() throws {
        let phone = try Self.scanner.scan("ruf an: 0151 23456789").risk
        let card = try Self.scanner.scan("Karte 4111 1111 1111 1111, CVC 123").risk
        #expect(phone.level == .low && phone.byCategory[.phone] == phone.score)
        #expect(card.level == .critical && card.score > phone.score)
        #expect(card.byCategory.keys.sorted { $0.rawValue < $1.rawValue } == [.financial])
    }

    @Test func eachScoreGetsTheHighestLevelWhoseThresholdItReaches() {
        var model = ScoringModel.default
        for thresholds in [model.levelThresholds, [.low: 10, .medium: 10, .high: 90], [.critical: 0]] {
            model.levelThresholds = thresholds
            for score in 0...100 {
                let reached = RiskLevel.allCases.filter { $0 != .none && Double(score) >= (thresholds[$0] ?? .infinity) }
                #expect(model.level(for: score) == reached.max() ?? RiskLevel.none, "\(score) \(thresholds)")
            }
        }
    }

    @Test func oneScannerServesManyThreads() throws {
        let texts = (0..<200).map { "Nachricht \($0): IBAN DE89 3704 0044 0532 0130 00, Tel. 0151 2345678\($0 % 10)" }
        let expected = try texts.map { try Self.scanner.redact($0) }
        let results = ConcurrentResults(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            results.set(index, (try? Self.scanner.redact(texts[index])) ?? "failed")
        }
        #expect(results.values == expected)
    }
}

/// Collects results written from many threads, one slot each.
private final class ConcurrentResults: @unchecked Sendable {
    // Each index is written by exactly one thread and read after concurrentPerform returns.
    private(set) var values: [String]
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { values.withUnsafeMutableBufferPointer { $0[index] = value } }
}
