import Foundation
import Testing
@testable import Veil

@Suite("Hostile and pathological input")
struct HostileInputTests {
    static let catastrophicPack = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../Fixtures/catastrophic-backtracking.toml").standardized.path

    @Test("a message of 1 GiB or more is refused before a byte of it is read")
    func gigabyteMessageFailsClosed() {
        // The length alone decides: the bytes past the first are never read.
        let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        defer { byte.deallocate() }
        byte.initialize(to: 0x61)
        let huge = UnsafeBufferPointer(start: byte, count: 1 << 30)
        #expect(throws: NormalizationError.self) { try Normalizer.normalize(huge, using: Normalizer.Buffers()) }
    }

    @Test("a rule that hits PCRE2's match limit fails the scan instead of passing the text on")
    func matchLimitFailsClosed() throws {
        let scanner = try MessageScanner(packs: [PatternPack(contentsOfFile: Self.catastrophicPack)])
        #expect(try scanner.redact("aaa") == "[BAIT]")
        #expect(throws: ScanError.self) {
            try scanner.scan(String(repeating: "a", count: 40) + "!")
        }
    }

    /// Issue 20: a pack's regex that backtracks at every start position, each try under the
    /// match limit, took 7.3 s over 20 KB. The message's time budget stops it, and the same
    /// message without the bait scans as usual.
    @Test func aMessageOverItsTimeBudgetFailsClosed() throws {
        let pack = try PatternPack(contentsOfFile: URL(filePath: Self.catastrophicPack).deletingLastPathComponent()
            .appending(path: "backtracking-at-every-position.toml").path)
        let scanner = try MessageScanner(packs: [pack], timeBudget: .milliseconds(20))
        #expect(throws: ScanError.timeBudget(milliseconds: 20)) { try scanner.scan(String(repeating: "a", count: 20_000) + "b c") }
        #expect(try scanner.redact("aac and " + String(repeating: "a", count: 20_000)).hasPrefix("[SLOW] and aaa"))
    }

    /// Inputs built to be slow or to break offsets: each must scan, keep the redaction
    /// invariants, and (where a value is planted) redact it. Their time is measured in
    /// `Benchmarks/` (ScanPathological), not asserted here.
    static let pathological: [(name: String, text: String)] = [
        ("a million digits", String(repeating: "1", count: 1_000_000)),
        ("spaced digits", String(repeating: "1 ", count: 200_000)),
        ("repeated separators", String(repeating: "0151-/ .", count: 100_000)),
        ("IBAN prefixes", String(repeating: "DE89 ", count: 100_000)),
        ("number words", String(repeating: "null eins zwei ", count: 30_000)),
        ("spaced letters", String(repeating: "a ", count: 200_000)),
        ("Arabic-Indic digits", String(repeating: "٣٤", count: 100_000)),
        ("e-mail bait", String(repeating: "a.", count: 100_000) + "@"),
        // Each `@` opened a search for an e-mail address that PCRE2's start-up optimisation ran
        // to the end of the line: a million of them took 4.5 s (issue 20).
        ("at signs", String(repeating: "@", count: 500_000)),
        ("letters and at signs", String(repeating: "a@", count: 250_000)),
        ("addresses without spaces", String(repeating: "ab@cd.", count: 100_000)),
        ("MRZ filler", String(repeating: "<", count: 500_000)),
        ("combining marks on a digit", "1" + String(repeating: "\u{0301}", count: 100_000)),
        ("zero-width spaces", String(repeating: "\u{200B}", count: 200_000) + " DE89 3704 0044 0532 0130 00"),
        ("look-alike group", String(repeating: "1o ", count: 100_000)),
        // Spaced characters and separators both asked for joins, and each separator join was
        // compared with every character join: a million bytes took 69 s (issue 20).
        ("digits between dashes", String(repeating: "1-", count: 100_000)),
        ("digits between dots", String(repeating: "1.", count: 100_000)),
        // Every `l` walked the hundreds of lexicon phrases that start with it (`L-Thyroxin`).
        ("phrase starts", String(repeating: ".l.", count: 70_000)),
        // Every joined word looked through every joined stretch of the message, and a megabyte
        // of spaced-out words took 4 s; one joined word of half a megabyte was cut every way.
        ("spaced-out phrases", String(repeating: "a k u t e s i n u s i t i s , ", count: 10_000)),
        ("one spaced-out run", String(repeating: "a k u t e ", count: 30_000)),
        // Random two-digit groups: thousands of them validate as phone numbers and cards, and
        // each match looked at every value validated before it: 300 KB took 1.1 s (issue 20).
        ("random digit groups", randomDigitGroups(count: 30_000)),
    ]

    /// `count` groups of two random digits, separated by spaces, the same every run.
    static func randomDigitGroups(count: Int) -> String {
        var state: UInt64 = 1
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return String(10 + (state >> 33) % 90)
        }.joined(separator: " ")
    }

    /// `ValidatedRanges` answers as the plain definition does (a range appended earlier holds
    /// the range and is longer), for ranges in the order a scan appends them and out of it.
    @Test(arguments: [false, true])
    func validatedRangesAnswerAsTheirDefinition(inOrder: Bool) {
        var state: UInt64 = inOrder ? 7 : 11
        func random(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var ranges = ValidatedRanges(), appended: [Range<Int>] = []
        var start = 0
        for _ in 0..<400 {
            start = inOrder ? start + random(4) : random(300)
            let range = start..<start + 1 + random(30)
            let queryStart = max(0, start + random(20) - 10)
            let query = queryStart..<queryStart + 1 + random(30)
            do {
                let expected = appended.contains { $0 != query && $0.lowerBound <= query.lowerBound && query.upperBound <= $0.upperBound }
                let answer = ranges.containsStrictly(query)
                // Out of order, past its runs it answers false: that only spares less work.
                #expect(answer == expected || (!inOrder && !answer), "\(query) among \(appended.count)")
            }
            ranges.append(range)
            appended.append(range)
        }
    }

    /// A long message's normalisation counts towards its time budget, so that a reading that
    /// grows too slowly with the message fails closed like a slow regex.
    @Test func aLongMessagesNormalisationCountsTowardsItsBudget() throws {
        let scanner = try MessageScanner(packs: PatternPack.builtIn(), timeBudget: .nanoseconds(1))
        let long = String(repeating: "1-", count: MessageScanner.longMessageBytes)
        #expect(throws: ScanError.timeBudget(milliseconds: 0)) { try scanner.scan(long) }
    }

    /// Issue 20: a message with many matches keeps the validators' verdicts by candidate
    /// (`VerdictMemo`); it must find exactly what the values find one by one.
    @Test func rememberedVerdictsChangeNoFinding() throws {
        let scanner = try MessageScanner()
        let pieces = ["DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01", "0151 23456789", "0151 2345678",
                      "4111 1111 1111 1111", "4111 1111 1111 1112", "10 10 10 10", "Steuer-ID 86095742719"]
        var message = "", expected: [String] = []
        for round in 0..<60 {
            for piece in pieces {
                let start = message.utf8.count
                message += piece + (round % 2 == 0 ? " | " : " ; ")
                let alone = try scanner.scan(piece)
                expected += alone.findings.map { "\($0.type) \(start + $0.utf8Range.lowerBound)" }
            }
        }
        let result = try scanner.scan(message)
        #expect(result.findings.map { "\($0.type) \($0.utf8Range.lowerBound)" } == expected)
    }

    @Test(arguments: pathological.map(\.name))
    func pathologicalInputScans(_ name: String) throws {
        let text = Self.pathological.first { $0.name == name }!.text
        // No time budget: a debug build takes ten times the release build's time, and this
        // test is about what the scan finds, not how long it takes (Benchmarks/ measures that).
        let result = try MessageScanner(packs: PatternPack.builtIn(), timeBudget: .zero).scan(text)
        try RedactionPropertyTests.checkInvariants(text: text, result: result, planted: [])
        if name == "zero-width spaces" { #expect(result.redacted(text).hasSuffix(" [IBAN]")) }
    }
}
