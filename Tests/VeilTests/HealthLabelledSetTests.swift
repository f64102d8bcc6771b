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
    static let floor = 0.90

    @Test("precision and recall on health statements stay above the floor")
    func precisionAndRecall() throws {
        let url = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/health-labelled.jsonl")
        let messages = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(LabelledMessage.self, from: Data($0.utf8))
        }
        #expect(messages.count >= 300)
        let scanner = try Veil.Scanner()
        var expectedCount = 0, foundExpected = 0, predictedCount = 0, correctPredictions = 0
        var misses: [String] = [], falseAlarms: [String] = []
        for message in messages {
            let predicted = try scanner.scan(message.text).findings.filter { $0.category == .health }.map(\.utf8Range)
            let expected = message.health.compactMap { span in
                message.text.range(of: span).map { message.text.utf8.distance(from: message.text.startIndex, to: $0.lowerBound)..<message.text.utf8.distance(from: message.text.startIndex, to: $0.upperBound) }
            }
            #expect(expected.count == message.health.count, "\(message.id): a labelled span is not in the text")
            expectedCount += expected.count
            predictedCount += predicted.count
            for span in expected {
                if predicted.contains(where: { $0.overlaps(span) }) { foundExpected += 1 } else { misses.append("\(message.id) «\(Self.slice(message.text, span))» in: \(message.text)") }
            }
            for span in predicted {
                if expected.contains(where: { $0.overlaps(span) }) { correctPredictions += 1 } else { falseAlarms.append("\(message.id) «\(Self.slice(message.text, span))» in: \(message.text)") }
            }
        }
        let recall = Double(foundExpected) / Double(max(1, expectedCount))
        let precision = Double(correctPredictions) / Double(max(1, predictedCount))
        print("health labelled set: \(messages.count) messages, \(expectedCount) health spans; recall \(recall) (\(foundExpected)/\(expectedCount)), precision \(precision) (\(correctPredictions)/\(predictedCount))")
        for miss in misses { print("  missed: \(miss)") }
        for alarm in falseAlarms { print("  false alarm: \(alarm)") }
        #expect(recall >= Self.floor)
        #expect(precision >= Self.floor)
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
        #expect(try Veil.Scanner().scan(text).redacted == redacted)
    }

    @Test func healthMakesTheMessageHighRisk() throws {
        let risk = try Veil.Scanner().scan("ich habe Depressionen").risk
        #expect(risk.level >= .high)
        #expect(risk.byCategory[.health] != nil)
    }

    @Test func umlautSpellings() throws {
        let scanner = try Veil.Scanner()
        for text in ["Rückenschmerzen", "Rueckenschmerzen", "Ruckenschmerzen", "RÜCKENSCHMERZEN"] {
            #expect(try scanner.scan("ich habe \(text)").redacted == "ich habe [SYMPTOM]", "\(text)")
        }
    }
}
