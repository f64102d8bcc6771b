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
    /// A labelled set and the bounds Veil must keep on it: each floor sits just below what Veil
    /// reaches today, so any loss fails.
    struct Bounds: CustomTestStringConvertible, Sendable {
        let fixture: String
        let messages: Int
        let recall: Double
        let precision: Double
        /// The most clean messages that may get a health finding; nil where the set is not built for it.
        let cleanDamaged: Double?
        var testDescription: String { fixture }
    }

    static let sets = [
        // The set the lexicon was tuned on: Veil reaches 1.00 and 1.00 on it.
        Bounds(fixture: "health-labelled.jsonl", messages: 300, recall: 0.995, precision: 0.995, cleanDamaged: nil),
        // Written blind, without sight of the lexicon, by someone other than its author: the
        // honest measure.
        Bounds(fixture: "health-heldout.jsonl", messages: 200, recall: 0.80, precision: 0.92, cleanDamaged: nil),
        // A second set written blind (901 messages, a third of them clean and full of
        // figurative, product, pet and general uses of health words), measured once before the
        // terminology lexicon: recall 0.723, precision 0.894, clean messages damaged 16.3%. The
        // issue's targets are 0.95, 0.95, 2%.
        Bounds(fixture: "health-blind-2.jsonl", messages: 900, recall: 0.76, precision: 0.91, cleanDamaged: 0.13),
        // A third set written blind by a helper who read none of Veil (800 messages, 320 clean),
        // measured once before any rule was written from it: recall 0.742, precision 0.849, clean
        // messages damaged 12.8%. Its misses were then read and terms added from them, so it is
        // a dev set now, not an honest measure: the bounds keep what that work reached.
        Bounds(fixture: "health-dev-3.jsonl", messages: 800, recall: 0.80, precision: 0.85, cleanDamaged: 0.135),
    ]

    @Test("precision, recall and clean damage on each labelled set stay within their bounds", arguments: sets)
    func labelledSet(_ bounds: Bounds) throws {
        let score = try Self.evaluate(bounds.fixture)
        #expect(score.messages >= bounds.messages)
        #expect(score.recall >= bounds.recall)
        #expect(score.precision >= bounds.precision)
        if let ceiling = bounds.cleanDamaged { #expect(score.cleanDamaged <= ceiling) }
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
        let scanner = try MessageScanner()
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
        #expect(try MessageScanner().redact(text) == redacted)
    }

    @Test func healthMakesTheMessageHighRisk() throws {
        let risk = try MessageScanner().scan("ich habe Depressionen").risk
        #expect(risk.level >= .high)
        #expect(risk.byCategory[.health] != nil)
    }

    @Test func umlautSpellings() throws {
        let scanner = try MessageScanner()
        for text in ["Rückenschmerzen", "Rueckenschmerzen", "Ruckenschmerzen", "RÜCKENSCHMERZEN"] {
            #expect(try scanner.redact("ich habe \(text)") == "ich habe [SYMPTOM]", "\(text)")
        }
    }
}
