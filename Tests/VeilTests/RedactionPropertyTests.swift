import Testing
@testable import Veil
import VeilTestSupport

/// A small deterministic generator (SplitMix64), so every failure can be replayed by its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random chat-like Unicode text: letters of several scripts, punctuation, emoji, combining
/// marks, invisible characters, odd spaces and full-width forms.
enum RandomText {
    /// Full-width and Cyrillic letters send a text through ICU, whose changes map back on their
    /// own; no digits, which would join the planted values as one group of the message.
    static let pool: [Unicode.Scalar] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ äöüßÄÖÜ.,:;!?()-/€$@#'\"\nＡＸВСО\u{A0}".unicodeScalars)
        + Array("приветмирΑλφαβητο漢字かなカナ한국어عربيעברית😀👍🏽❤️🇩🇪ﬁ①ℌ𝕏".unicodeScalars)
        + ["\u{0301}", "\u{0308}", "\u{200B}", "\u{200D}", "\u{00AD}", "\u{FEFF}", "\u{202E}", "\u{00A0}", "\u{2009}", "\u{3000}",
           "\u{FF21}", "\u{FF41}", "\u{FE0F}", "\u{1F600}", "\u{10FFFD}", "\u{FFFD}"]

    static func make(length: Int, using generator: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length { scalars.append(pool.randomElement(using: &generator)!) }
        return String(scalars)
    }
}

@Suite("Redaction properties over random Unicode")
struct RedactionPropertyTests {
    /// Values planted into random text; each must come out redacted whole. None is a published
    /// example (`Rule.specimens`), which beside a word such as "test" is left standing on purpose.
    static let planted = [
        "DE44 5001 0517 5407 3249 31", "DE44500105175407324931", "de44 5001 0517 5407 3249 31",
        "ＤＥ４４ ５００１ ０５１７ ５４０７ ３２４９ ３１", "DE44\u{200B}5001\u{200B}0517\u{200B}5407\u{200B}3249\u{200B}31",
        "GB94 BARC 1020 1530 0934 59", "4556 7375 8689 9855", "5312345678901233", "+49 151 23456789",
        "0151 23456789", "erika.mustermann@example.de", "+41 44 668 18 00",
    ]

    @Test("nothing outside a finding changes and no planted value survives", arguments: 0..<8)
    func plantedValuesAreRemoved(batch: Int) throws {
        let scanner = try MessageScanner()
        var generator = SplitMix64(state: UInt64(batch) &* 0x1234_5678_9ABC)
        for _ in 0..<60 {
            var text = RandomText.make(length: Int.random(in: 0...60, using: &generator), using: &generator)
            var plantedRanges: [Range<Int>] = []
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let value = Self.planted.randomElement(using: &generator)!
                let start = text.utf8.count + 1
                text += " " + value + " "
                plantedRanges.append(start..<start + value.utf8.count)
                text += RandomText.make(length: Int.random(in: 0...30, using: &generator), using: &generator)
            }
            let result = try scanner.scan(text)
            try Self.checkInvariants(text: text, result: result, planted: plantedRanges)
        }
    }

    /// `scanBytes` builds no string but must find and write exactly what `scan` does, labels and
    /// masks alike; a clean message gives nil.
    @Test("the byte API finds and redacts what the string API does", arguments: 0..<4)
    func byteScanEqualsStringScan(batch: Int) throws {
        let scanner = try MessageScanner()
        var generator = SplitMix64(state: UInt64(batch) &* 0x9E37_79B9 &+ 17)
        var withFindings = 0
        for _ in 0..<80 {
            var text = RandomText.make(length: Int.random(in: 0...50, using: &generator), using: &generator)
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                text += " " + Self.planted.randomElement(using: &generator)! + " "
                text += RandomText.make(length: Int.random(in: 0...20, using: &generator), using: &generator)
            }
            for style in [RedactionStyle.label, .mask] {
                let expected = try scanner.scan(text, policy: RedactionPolicy(style))
                let bytes = Array(text.utf8)
                let scanned = try scanner.scanBytes(bytes.span)
                var redacted: [UInt8] = []
                scanned.appendRedacted(bytes.span, policy: RedactionPolicy(style), to: &redacted)
                #expect(scanned.isClean == expected.isClean)
                let findings = scanned.findings
                #expect(findings.map(\.utf8Range) == expected.findings.map(\.utf8Range), "\(text.debugDescription)")
                #expect(findings.map(\.ruleID) == expected.findings.map(\.ruleID))
                #expect(findings.map(\.confidence) == expected.findings.map(\.confidence))
                #expect(scanned.risk == expected.risk)
                #expect(redacted == Array(expected.redacted(text, policy: RedactionPolicy(style)).utf8), "\(style) redaction of \(text.debugDescription)")
                if !findings.isEmpty { withFindings += 1 }
            }
        }
        #expect(withFindings > 40)
    }

    /// The promises every scan keeps (`RedactionInvariants`, shared with the fuzzer).
    static func checkInvariants(text: String, result: ScanResult, planted: [Range<Int>]) throws {
        let violations = RedactionInvariants.violations(text: text, result: result, planted: planted)
        #expect(violations.isEmpty, "\(text.debugDescription): \(violations.joined(separator: "; "))")
    }
}
