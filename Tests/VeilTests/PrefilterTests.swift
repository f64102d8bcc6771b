import Foundation
import Testing
@testable import Veil

@Suite("Prefilter never causes a missed match")
struct PrefilterTests {
    /// Every text the tests know: rule examples and counter-examples, both health sets, and
    /// random Unicode with planted values.
    static func corpus() throws -> [String] {
        var texts: [String] = []
        for rule in try Veil.Scanner().rules {
            texts += rule.examples.map { Veil.Scanner.unmark($0).text } + rule.counterExamples
        }
        let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")
        for file in ["health-labelled.jsonl", "health-heldout.jsonl"] {
            for line in try String(contentsOf: fixtures.appending(path: file), encoding: .utf8).split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                texts.append(object?["text"] as? String ?? "")
            }
        }
        var generator = SplitMix64(state: 7)
        for _ in 0..<500 {
            var text = RandomText.make(length: Int.random(in: 0...40, using: &generator), using: &generator)
            text += " " + RedactionPropertyTests.planted.randomElement(using: &generator)! + " "
            text += RandomText.make(length: Int.random(in: 0...40, using: &generator), using: &generator)
            texts.append(text)
        }
        return texts
    }

    @Test func sameFindingsWithAndWithoutThePrefilter() throws {
        let packs = try PatternPack.builtIn()
        let filtered = try Veil.Scanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesDigitPrefilter: true)
        let unfiltered = try Veil.Scanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesDigitPrefilter: false)
        let texts = try Self.corpus()
        #expect(texts.count > 1500)
        for text in texts {
            #expect(try filtered.scan(text) == unfiltered.scan(text), "\(text.debugDescription)")
        }
    }

    /// A rule's `min_digits` must hold for every example it finds, or the prefilter would hide it.
    @Test func minDigitsHoldForEveryExample() throws {
        let scanner = try Veil.Scanner()
        for rule in scanner.rules where rule.minDigits > 0 {
            for example in rule.examples {
                let span = Veil.Scanner.unmark(example).span
                let digits = span.unicodeScalars.filter { $0.properties.numericType == .decimal }.count
                #expect(digits >= rule.minDigits, "\(rule.id): «\(span)» has \(digits) digits, min_digits is \(rule.minDigits)")
            }
        }
    }
}
