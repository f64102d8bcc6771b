import Foundation
import Testing
@testable import Veil

/// One message of the labelled set: the exact substrings that are health data.
private struct LabelledMessage: Decodable {
    let id: String
    let lang: String
    let text: String
    let health: [String]
}

@Suite("Health data: the labelled set")
struct HealthLabelledSetTests {
    /// The set the lexicon was tuned on: Veil reaches 1.00 and 1.00 on it, so any loss fails.
    static let floor = 0.995
    static let heldOutRecallFloor = 0.80
    static let heldOutPrecisionFloor = 0.92

    @Test("precision and recall on the labelled set stay above the floor")
    func labelledSet() throws {
        let score = try Self.evaluate("health-labelled.jsonl")
        #expect(score.messages >= 300)
        #expect(score.recall >= Self.floor)
        #expect(score.precision >= Self.floor)
    }

    /// A set written blind, without sight of the lexicon, by someone other than its author: the
    /// honest measure. Its floors sit just below what Veil reaches today, so any loss fails.
    @Test("precision and recall on the held-out set stay above their floors")
    func heldOutSet() throws {
        let score = try Self.evaluate("health-heldout.jsonl")
        #expect(score.messages >= 200)
        #expect(score.recall >= Self.heldOutRecallFloor)
        #expect(score.precision >= Self.heldOutPrecisionFloor)
    }

    /// A second set written blind (health-blind-2.jsonl, 901 messages, a third of them clean and
    /// full of figurative, product, pet and general uses of health words), measured once before
    /// the terminology lexicon: recall 0.723, precision 0.894, clean messages damaged 16.3%.
    /// The floors sit just below what Veil reaches now; the issue's targets are 0.95, 0.95, 2%.
    static let blindRecallFloor = 0.76
    static let blindPrecisionFloor = 0.91
    static let blindDamageCeiling = 0.13

    @Test("precision, recall and clean damage on the second blind set stay within their bounds")
    func secondBlindSet() throws {
        let score = try Self.evaluate("health-blind-2.jsonl")
        #expect(score.messages >= 900)
        #expect(score.recall >= Self.blindRecallFloor)
        #expect(score.precision >= Self.blindPrecisionFloor)
        #expect(score.cleanDamaged <= Self.blindDamageCeiling)
    }

    /// A third set written blind by a helper who read none of Veil (health-dev-3.jsonl, 800
    /// messages, 320 clean), measured once before any rule was written from it: recall 0.742,
    /// precision 0.849, clean messages damaged 12.8%. Its misses were then read and terms
    /// added from them, so it is a dev set now, not an honest measure: the floors keep what
    /// that work reached.
    static let devSetRecallFloor = 0.80
    static let devSetPrecisionFloor = 0.85
    static let devSetDamageCeiling = 0.135

    @Test("precision, recall and clean damage on the third set, a dev set since, stay within their bounds")
    func thirdSet() throws {
        let score = try Self.evaluate("health-dev-3.jsonl")
        #expect(score.messages >= 800)
        #expect(score.recall >= Self.devSetRecallFloor)
        #expect(score.precision >= Self.devSetPrecisionFloor)
        #expect(score.cleanDamaged <= Self.devSetDamageCeiling)
    }

    struct Score {
        let messages: Int
        let recall: Double
        let precision: Double
        /// The share of messages without health data that got a health finding.
        let cleanDamaged: Double
    }

    /// Span-level scores: a labelled span counts as found when a HEALTH finding overlaps it; a
    /// HEALTH finding counts as correct when it overlaps a labelled span.
    static func evaluate(_ fixture: String) throws -> Score {
        let url = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../Fixtures/\(fixture)").standardized
        let messages = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(LabelledMessage.self, from: Data($0.utf8))
        }
        let scanner = try Veil.Scanner()
        var expectedCount = 0, foundExpected = 0, predictedCount = 0, correctPredictions = 0, cleanCount = 0, cleanDamagedCount = 0
        var misses: [String] = [], falseAlarms: [String] = []
        for message in messages {
            let predicted = try scanner.scan(message.text).findings.filter { $0.category == .health }.map(\.utf8Range)
            let expected = message.health.compactMap { span in
                message.text.range(of: span).map { message.text.utf8.distance(from: message.text.startIndex, to: $0.lowerBound)..<message.text.utf8.distance(from: message.text.startIndex, to: $0.upperBound) }
            }
            #expect(expected.count == message.health.count, "\(message.id): a labelled span is not in the text")
            expectedCount += expected.count
            predictedCount += predicted.count
            if message.health.isEmpty {
                cleanCount += 1
                if !predicted.isEmpty { cleanDamagedCount += 1 }
            }
            for span in expected {
                if predicted.contains(where: { $0.overlaps(span) }) { foundExpected += 1 } else { misses.append("\(message.id) «\(Self.slice(message.text, span))» in: \(message.text)") }
            }
            for span in predicted {
                if expected.contains(where: { $0.overlaps(span) }) { correctPredictions += 1 } else { falseAlarms.append("\(message.id) «\(Self.slice(message.text, span))» in: \(message.text)") }
            }
        }
        let recall = Double(foundExpected) / Double(max(1, expectedCount))
        let precision = Double(correctPredictions) / Double(max(1, predictedCount))
        let cleanDamaged = Double(cleanDamagedCount) / Double(max(1, cleanCount))
        print("\(fixture): \(messages.count) messages, \(expectedCount) health spans; recall \(recall) (\(foundExpected)/\(expectedCount)), precision \(precision) (\(correctPredictions)/\(predictedCount)), clean damaged \(cleanDamaged) (\(cleanDamagedCount)/\(cleanCount))")
        for miss in misses { print("  missed: \(miss)") }
        for alarm in falseAlarms { print("  false alarm: \(alarm)") }
        return Score(messages: messages.count, recall: recall, precision: precision, cleanDamaged: cleanDamaged)
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    @Test("the issue's examples", arguments: [
        ("seit der Chemo habe ich kaum Appetit", "seit der [TREATMENT] habe ich kaum Appetit"),
        ("mein Sohn hat ADHS", "mein Sohn hat [DIAGNOSIS]"),
        ("Krankschreibung wegen Bandscheibenvorfall bis Freitag", "[SICK_NOTE] wegen [DIAGNOSIS] bis Freitag"),
        ("I was diagnosed with type 2 diabetes and take Metformin", "I was diagnosed with [DIAGNOSIS] and take [MEDICATION]"),
        ("mein Arzt hat mir Metformin verschrieben", "mein Arzt hat mir [MEDICATION] verschrieben"),
        ("Should I take Ramipril before meals?", "Should I take [MEDICATION] before meals?"),
        ("Herzlichen Glückwunsch zum Geburtstag!", "Herzlichen Glückwunsch zum Geburtstag!"),
        ("Ich brauche einen Termin beim Arzt, die Apotheke hat zu", "Ich brauche einen Termin beim Arzt, die Apotheke hat zu"),
    ])
    func issueExamples(_ text: String, _ redacted: String) throws {
        #expect(try Veil.Scanner().redact(text) == redacted)
    }

    @Test func healthMakesTheMessageHighRisk() throws {
        let risk = try Veil.Scanner().scan("ich habe Depressionen").risk
        #expect(risk.level >= .high)
        #expect(risk.byCategory[.health] != nil)
    }

    @Test func umlautSpellings() throws {
        let scanner = try Veil.Scanner()
        for text in ["Rückenschmerzen", "Rueckenschmerzen", "Ruckenschmerzen", "RÜCKENSCHMERZEN"] {
            #expect(try scanner.redact("ich habe \(text)") == "ich habe [SYMPTOM]", "\(text)")
        }
    }
}
