import Foundation
import Testing
@testable import Veil

@Suite("Prefilter never causes a missed match")
struct PrefilterTests {
    /// Every text the tests know: rule examples and counter-examples, both health sets, the
    /// fuzzer's seed corpus, and random Unicode with planted values.
    static func corpus() throws -> [String] {
        var texts: [String] = []
        for rule in try MessageScanner().rules {
            texts += rule.examples.map { MessageScanner.unmark($0).text } + rule.counterExamples
        }
        let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../Fixtures").standardized
        for file in ["health-labelled.jsonl", "health-heldout.jsonl"] {
            for line in try String(contentsOf: fixtures.appending(path: file), encoding: .utf8).split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                texts.append(object?["text"] as? String ?? "")
            }
        }
        let fuzzCorpus = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Fuzz/corpus").standardized
        for file in try FileManager.default.contentsOfDirectory(atPath: fuzzCorpus.path).sorted() {
            texts.append(String(decoding: try Data(contentsOf: fuzzCorpus.appending(path: file)), as: UTF8.self))
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
        let filtered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: true)
        let unfiltered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: false)
        let texts = try Self.corpus()
        #expect(texts.count > 1500)
        for text in texts {
            #expect(try filtered.scan(text) == unfiltered.scan(text), "\(text.debugDescription)")
        }
    }

    /// Digits in runs of every length, joined by every separator the rules know and some they
    /// do not, next to letters and the rules' context words: the regexes' raw matches (before
    /// any validator) must be the same with and without the prefilter.
    @Test func sameRawMatchesOverDigitSoup() throws {
        let packs = try PatternPack.builtIn()
        let filtered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: true)
        let unfiltered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: false)
        let separators = [" ", ".", "-", "/", "  ", ", ", " / ", "", "+", "(", ") "]
        let words = ["de", "x", "ab", "tel", "steuer-id", "iban", "ahv", "nhs", "ssn", "pesel", "bsn", "dni", "nie",
                     "ni number", "svnr", "rvnr", "kvnr", "ausweis", "cvc", "karte", "bic", "a", "2a", "<<", "@",
                     "hba1c", "blutzucker", "blood pressure", "ldl-wert", "xtsh", "é", "\u{301}", "mg/dl"]
        var generator = SplitMix64(state: 11)
        var texts = 0, matches = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                if Bool.random(using: &generator) {
                    text += String((0..<Int.random(in: 1...16, using: &generator)).map { _ in
                        Character(String(Int.random(in: 0...9, using: &generator)))
                    })
                } else {
                    text += words.randomElement(using: &generator)!
                }
                text += separators.randomElement(using: &generator)!
            }
            let expected = try unfiltered.rawMatches(in: text)
            #expect(try filtered.rawMatches(in: text) == expected, "\(text.debugDescription)")
            texts += 1
            matches += expected.count
        }
        #expect(matches > texts)
    }

    /// E-mail addresses and their near misses, run together in every way: with `no_space_before`
    /// the rule is searched only from the space-free stretch before each `@`, and must find what
    /// the full search finds.
    @Test func sameEmailMatchesFromTheStretchesBeforeEachAt() throws {
        let packs = try PatternPack.builtIn()
        let filtered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: true)
        let unfiltered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: false)
        let pieces = ["a", "erika", "ü", "x.y", "_", "+", "-", "%", "@", "@@", ".", "..", "de", "com", "mail", "müller",
                      " ", "  ", "\t", "\u{A0}", "\u{200B}", ",", ":", "(", ")", "1", "42", "Ｅ", "＠"]
        var generator = SplitMix64(state: 13)
        let localPieces = ["a", "erika", "ü", "x.y", "_", "+", "-", "%", "1", "müller", ".", "Ｅ"]
        let domainPieces = ["de", "example", "mail-box", "ü", "x", "-", "1", "."]
        let tldPieces = ["de", "com", "ü", "x", "1"]
        func some(_ count: ClosedRange<Int>, of pieces: [String]) -> String {
            (0..<Int.random(in: count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        var texts = 0, matches = 0
        for _ in 0..<3000 {
            // Random pieces around one to three address-like stretches, themselves made of pieces.
            var text = some(0...4, of: pieces)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                text += some(1...3, of: localPieces) + (Bool.random(using: &generator) ? "@" : "＠") + some(1...2, of: domainPieces)
                    + "." + some(1...2, of: tldPieces) + some(0...4, of: pieces)
            }
            let expected = try unfiltered.rawMatches(in: text).filter { $0.hasPrefix("email ") }
            #expect(try filtered.rawMatches(in: text).filter { $0.hasPrefix("email ") } == expected, "\(text.debugDescription)")
            texts += 1
            matches += expected.count
        }
        #expect(matches > texts / 4)
    }

    @Test func unspacedStretchesEndAtEachOccurrence() {
        func windows(_ text: String, _ needle: String) -> [ClosedRange<Int>] {
            var result: [ClosedRange<Int>] = []
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                UnspacedStretches.forEachWindow(of: Array(needle.utf8), in: bytes) { result.append($0) }
            }
            return result
        }
        #expect(windows("mail an a.b@c.de bitte", "@") == [8...11])
        #expect(windows("a@b@c.de", "@") == [0...1, 2...3])
        #expect(windows("@ x@", "@") == [0...0, 2...3])
        #expect(windows("kein at", "@") == [])
        #expect(windows("x ab::ab", "ab") == [2...2, 3...6])
    }

    /// The context gate (a rule's context words looked for in the whole text) looks only where
    /// the text's words start; it must open for every rule whose context word a look at every
    /// position finds.
    @Test func contextGateAtWordStartsMissesNothing() throws {
        let scanner = try MessageScanner()
        let ruleWords = scanner.rules.filter(\.requiresContext).map { ContextWords($0.context) }
        let scratch = WordList()
        var opened = 0
        for text in try Self.corpus() {
            var folded = Array(ContextWords.fold(text).utf8)
            folded.withUnsafeMutableBufferPointer { mutable in
                let bytes = UnsafeBufferPointer(mutable)
                scratch.tokenize(bytes)
                for words in ruleWords {
                    let everywhere = words.occur(in: bytes, window: 0..<bytes.count)
                    #expect(!everywhere || words.occur(in: bytes, window: 0..<bytes.count, tokens: scratch.tokens), "\(text.debugDescription)")
                    if everywhere { opened += 1 }
                }
            }
        }
        #expect(opened > 200)
    }

    /// The admission table must admit exactly the rules whose thresholds a message meets, with
    /// more rules than one 64-bit set holds.
    @Test func admissionTableAdmitsWhatTheThresholdsAdmit() {
        var generator = SplitMix64(state: 29)
        let rules = (0..<150).map { _ in
            PrefilterThresholds(minDigits: Int.random(in: 0...14, using: &generator), minDigitRun: Int.random(in: 0...12, using: &generator),
                                minTokenLength: Int.random(in: 0...20, using: &generator),
                                digitRunLengths: Bool.random(using: &generator) ? 0 : MessageProfile.lengthBits(
                                    (0..<Int.random(in: 1...3, using: &generator)).map { _ in Int.random(in: 1...70, using: &generator) }),
                                symbols: Bool.random(using: &generator) ? 0 : [UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "-")]
                                    .shuffled(using: &generator).prefix(Int.random(in: 1...2, using: &generator))
                                    .reduce(0) { $0 | MessageProfile.symbolBit($1) })
        }
        let table = AdmissionTable(rules)
        let pieces = ["1", "23", "4567", "89012345678", " ", ".", "-", "abc", "longwordwithoutspaces", String(repeating: "9", count: 70),
                      "@", "/"]
        var admittedSome = 0
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let profile = Array(text.utf8).withUnsafeBufferPointer { MessageProfile.measuredByteByByte($0) }
            var admitted: [Int] = []
            for word in 0..<table.setWords {
                var bits = table.admitted(by: profile, inWord: word)
                while bits != 0 {
                    admitted.append(word * 64 + bits.trailingZeroBitCount)
                    bits &= bits - 1
                }
            }
            #expect(admitted == rules.indices.filter { rules[$0].admit(profile) }, "\(text)")
            if !admitted.isEmpty && admitted.count < rules.count { admittedSome += 1 }
        }
        #expect(admittedSome > 100)
    }

    /// The profile taken from the word list must equal the reference measured byte by byte.
    @Test func profileFromWordsEqualsProfileFromBytes() throws {
        let buffers = Normalizer.Buffers()
        var withDigits = 0
        // Digits, separators, letters and umlauts in every order, besides the corpus.
        let pieces = ["1", "23", "456", "7890", " ", ".", "-", "/", "  ", ",", "a", "de", "ä", "x1", "+", "(", ")", "ß", "@", "“", "`", "€"]
        var generator = SplitMix64(state: 13)
        let soup = (0..<2000).map { _ in
            (0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        for text in try Self.corpus() + soup {
            var bytes = Array(text.utf8)
            try bytes.withUnsafeMutableBufferPointer { mutable in
                let normalized = try Normalizer.normalize(UnsafeBufferPointer(mutable), using: buffers)
                let fromWords = MessageProfile(normalized.bytes, words: buffers.words)
                let fromBytes = MessageProfile.measuredByteByByte(normalized.bytes)
                #expect(fromWords.digits == fromBytes.digits && fromWords.longestDigitRun == fromBytes.longestDigitRun
                        && fromWords.digitRunLengths == fromBytes.digitRunLengths && fromWords.longestToken == fromBytes.longestToken
                        && fromWords.symbols == fromBytes.symbols, "\(text.debugDescription)")
                if fromBytes.digits > 0 { withDigits += 1 }
            }
        }
        #expect(withDigits > 500)
    }

    /// `text` as rules read it: the normalised text, and the text as written when look-alike
    /// letters were read as digits (`NormalizedText.asWritten`).
    private static func readings(of text: String) throws -> [[UInt8]] {
        var copy = text
        let buffers = Normalizer.Buffers()
        return try copy.withUTF8 { bytes in
            let normalized = try Normalizer.normalize(bytes, using: buffers)
            return withExtendedLifetime(buffers) { [Array(normalized.bytes)] + (normalized.asWritten.map { [Array($0)] } ?? []) }
        }
    }

    /// A rule's prefilter must hold for every example value it finds, or it would hide them.
    @Test func prefilterHoldsForEveryExample() throws {
        let scanner = try MessageScanner()
        var checked = 0
        for rule in scanner.rules where scanner.prefilter(ofRule: rule.id) != Prefilter() {
            let hasValueGroup = if case .regex(let regex) = rule.matcher { regex.contains("(?<value>") } else { false }
            let derived = try #require(scanner.prefilter(ofRule: rule.id))
            var promise = derived
            // With a `value` group the finding is part of the match, and `must_contain` and
            // `starts_with` speak of the whole match (the IBAN before a BIC, the name before an
            // identity number), which the example does not mark: they are checked against the
            // whole example, as the scanner checks them against the whole message.
            if hasValueGroup { promise.mustContain = []; promise.startsWith = [] }
            for example in rule.examples {
                let unmarked = MessageScanner.unmark(example)
                let span = ContextWords.fold(hasValueGroup ? unmarked.text : unmarked.span)
                // Rules run over the text as written too when look-alike letters were read as
                // digits (`12345678Z` is a DNI as written, `123456782` as read): one reading must hold.
                let holds = try Self.readings(of: hasValueGroup ? unmarked.text : unmarked.span).contains { reading in
                    var bytes = reading
                    return bytes.withUnsafeMutableBufferPointer { promise.holds(for: UnsafeBufferPointer($0)) }
                }
                #expect(holds, "\(rule.id): «\(span)» does not hold what its prefilter promises: \(promise)")
                if hasValueGroup, let whole = try Self.readings(of: unmarked.text).first {
                    var bytes = whole
                    let admits = bytes.withUnsafeMutableBufferPointer { buffer in
                        let text = UnsafeBufferPointer(buffer)
                        let words = WordList()
                        words.tokenize(text)
                        let runs = WordRuns()
                        runs.findIfNeeded(in: text, words: words.tokens)
                        return derived.needles.admit(text, wordRuns: runs)
                    }
                    #expect(admits, "\(rule.id): \(unmarked.text.debugDescription) holds none of \(derived.mustContain) or starts none of \(derived.startsWith)")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// `starts_with` strings that begin with a letter or digit are looked for where the
    /// message's `WordRuns` start; others at every byte with no ASCII letter or digit before it.
    /// A one-byte string (`q`) turns off the two-byte filter in front of the comparisons.
    @Test(arguments: [["ldl", "blood sugar"], ["ldl", "blood sugar", "#tag"], ["ldl", "blood sugar", "q"]])
    func startsWithIsLookedForWhereNoLetterOrDigitStandsBefore(starts: [String]) {
        let needles = PrefilterNeedles(contained: [], starts: starts.map { Array($0.utf8) })
        #expect(needles.startsAtWordRuns == !starts.contains("#tag"))
        func admits(_ text: String) -> Bool {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { mutable in
                let text = UnsafeBufferPointer(mutable)
                let words = WordList()
                words.tokenize(text)
                let runs = WordRuns()
                runs.find(in: text, words: words.tokens)
                return needles.admit(text, wordRuns: runs)
            }
        }
        #expect(admits("ldl 190"))
        #expect(admits("mein (ldl) 190"))
        #expect(admits("my blood sugar is 180"))
        #expect(admits("é\u{301}ldl 190"))  // after a non-ASCII character the regex decides
        #expect(admits("nur #tag 190") == starts.contains("#tag"))
        #expect(admits("die q 190") == starts.contains("q"))
        #expect(admits("l") == false)
        #expect(!admits("nur x#tag 190"))
        #expect(!admits("xldl 190"))
        #expect(!admits("9ldl 190"))
        #expect(!admits("blood 180 sugar"))
        #expect(!admits(""))
    }

    /// A rule with `first_word_holds` or `first_word_lengths` is tried, anchored, only where a
    /// run of ASCII letters and digits starts; next to non-ASCII letters and marks, and with runs
    /// of other lengths, it must still match where the full search does.
    @Test(arguments: ["IBAN DE89 3704 0044 0532 0130 00", "éDE89 3704 0044 0532 0130 00", "\u{301}DE89 3704 0044 0532 0130 00",
                      "ÄDE89370400440532013000", "x-de89370400440532013000", "GB82WEST12345698765432/de89 3704 0044 0532 0130 00",
                      "ü de89370400440532013000ü", "DE89 3704 0044 0532 0130 00 DE89 3704 0044 0532 0130 00",
                      "Ausweisnummer T22000129", "Ausweis éT22000129", "Ausweis \u{301}T22000129 \u{301}", "Ausweis T220001291X",
                      "Pass C01X00T478, Führerschein B072RRE2I55", "Führerschein: B072RRE2I55ü", "ICD F32.1, éF32.1 und M54.5-",
                      "Diagnose \u{301}E11.9 laut Arztbrief", "Karte gültig bis 12/27 oder 01 / 2030"])
    func firstWordRunsFindWhatTheFullSearchFinds(text: String) throws {
        let packs = try PatternPack.builtIn()
        let filtered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: true)
        let unfiltered = try MessageScanner(packs: packs, scoring: .default, validators: Validator.builtIn, usesPrefilter: false)
        let expected = try unfiltered.rawMatches(in: text)
        #expect(try filtered.rawMatches(in: text) == expected)
        if text.contains("DE89") || text.contains("de89") {
            #expect(expected.contains { $0.hasPrefix("iban ") } == (!text.hasPrefix("é") && !text.hasPrefix("Ä")))
        }
    }

    /// The identity numbers in any grouping after their name run only where the name starts a
    /// word: their label words are read from the regex (each rule cost 270 instructions a line
    /// of the mix when it ran on every message with enough digits).
    @Test func labelledIdentityRulesStartWithTheirName() throws {
        let scanner = try MessageScanner()
        let labelled = scanner.rules.filter { $0.id.hasSuffix("-labelled") && $0.category == .id }
        #expect(labelled.count == 14)
        for rule in labelled {
            let starts = try #require(scanner.prefilter(ofRule: rule.id)).startsWith
            #expect(!starts.isEmpty, "\(rule.id) has no start words")
        }
    }

    @Test func startsWithOfARuleWithAValueGroupSpeaksOfTheWholeMatch() throws {
        let toml = """
            [pack]
            name = "t"

            [[rule]]
            id = "cvc-like"
            category = "FINANCIAL"
            type = "CVC"
            description = "x"
            regex = '''cvc (?<value>[0-9]{3})'''
            starts_with = ["cvc"]
            confidence = 0.9
            severity = 0.9
            examples = ["cvc «123»"]
            """
        let scanner = try MessageScanner(packs: [try PatternPack(toml: toml, source: "test")])
        #expect(try scanner.redact("code: cvc 123") == "code: cvc [CVC]")
        #expect(try scanner.redact("code: 123") == "code: 123")
    }

    @Test(arguments: ["", "a b", "\\t@"])
    func noSpaceBeforeIsRefusedWhenEmptyOrSpaced(string: String) throws {
        let toml = """
            [pack]
            name = "t"

            [[rule]]
            id = "at-like"
            category = "CONTACT"
            type = "EMAIL"
            description = "x"
            regex = '''[a-z]+@[a-z]+'''
            no_space_before = "\(string)"
            confidence = 0.9
            severity = 0.9
            examples = ["«a@b»"]
            """
        #expect(throws: PackError.self) { try PatternPack(toml: toml, source: "test") }
    }

    /// `WordRuns.containsRun` answers from per-kind length bits what a look through the runs does.
    @Test func containsRunAgreesWithTheRuns() throws {
        let pieces = ["de89", "3704", "abc", "x", "t22000129", "ü", "é1", " ", "-", "12", "a1b2c3d4e5f6g7h8", "ÄÖ7", "  "]
        var generator = SplitMix64(state: 17)
        let runs = WordRuns(), words = WordList()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                words.tokenize(bytes)
                runs.find(in: bytes, words: words.tokens)
                for kinds in UInt8(0)...3 {
                    let lengths: UInt64 = Bool.random(using: &generator) ? 0 : generator.next()
                    #expect(runs.containsRun(admitting: kinds, lengths: lengths)
                            == runs.runs.contains { $0.admits(kinds: kinds, lengths: lengths) }, "\(text.debugDescription)")
                }
            }
        }
    }

    /// `NeedleSet.occursAnywhere` finds a string wherever a plain search does, with few first
    /// bytes (found with `memchr`) and with many (a byte by byte look).
    @Test(arguments: [["cvc", "cvv", "security code", "prüfnummer"], ["ab", "b", "cd", "de", "ef", "f@", "ü"], ["@"]])
    func needleSetFindsWhatAPlainSearchFinds(strings: [String]) {
        let needles = NeedleSet(strings.map { Array($0.utf8) })
        let pieces = ["a", "b", "c", "cv", "vc", "security", " code", "prüf", "nummer", "d", "e", "f", "@", "ü", " "]
        var generator = SplitMix64(state: 23)
        var found = 0
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let expected = strings.contains { string in bytes.indices.contains { bytes[$0...].starts(with: string.utf8) } }
            #expect(Array(text.utf8).withUnsafeBufferPointer { needles.occursAnywhere(in: $0) } == expected, "\(text.debugDescription)")
            if expected { found += 1 }
        }
        #expect(found > 200)
    }

    @Test func profileMeasuresDigitRunsAndTokens() {
        func profile(_ text: String) -> MessageProfile {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { mutable in
                let words = WordList()
                words.tokenize(UnsafeBufferPointer(mutable))
                return MessageProfile(UnsafeBufferPointer(mutable), words: words)
            }
        }
        #expect(profile("am 12.03.2024 um 49,99").longestDigitRun == 8)
        #expect(profile("de89 3704 0044").longestDigitRun == 10)
        #expect(profile("(030) 123").digitRunLengths == 1 << 3)
        #expect(profile("0151 2345 678").longestDigitRun == 11)
        #expect(profile("12  34 / 56").longestDigitRun == 2)
        #expect(profile("12 - 34").longestDigitRun == 2)
        #expect(profile("a1b2c3").longestDigitRun == 1)
        #expect(profile("a1b2c3").digits == 3)
        #expect(profile("de89 3704 0044 0532 0130 00").digitRunLengths == 1 << 20)
        #expect(profile("tel 030 1234567, plz 10115").digitRunLengths == 1 << 10 | 1 << 5)
        #expect(profile("12/345 x").digitRunLengths == 1 << 5)
        #expect(profile(String(repeating: "1", count: 80)).digitRunLengths == 1 << 63)
        #expect(profile("rssmra85t10a562s ok").longestToken == 16)
        #expect(profile("").longestToken == 0)
        #expect(profile("ab cde").longestToken == 3)
    }
}

extension MessageProfile {
    /// The profile measured byte by byte, without the word list: the reference the scanner's
    /// profile (taken from the words) is compared with.
    static func measuredByteByByte(_ text: UnsafeBufferPointer<UInt8>) -> MessageProfile {
        var digits = 0
        var digitRun = 0, longestDigitRun = 0
        var digitRunLengths: UInt64 = 0
        var separatorPending = false
        var tokenStart = 0, longestToken = 0
        var symbols: UInt64 = 0
        for index in text.indices {
            let byte = text[index]
            if byte < 0x80 && !ASCII.isAlphanumeric(byte) { symbols |= symbolBit(byte) }
            if ASCII.isDigit(byte) {
                digits += 1
                digitRun += 1
                separatorPending = false
                longestDigitRun = max(longestDigitRun, digitRun)
            } else if digitRun > 0 && !separatorPending && isSeparator(byte) {
                separatorPending = true
            } else {
                if digitRun > 0 { digitRunLengths |= 1 << UInt64(min(digitRun, 63)) }
                digitRun = 0
                separatorPending = false
            }
            if byte == 0x20 {
                longestToken = max(longestToken, index - tokenStart)
                tokenStart = index + 1
            }
        }
        if digitRun > 0 { digitRunLengths |= 1 << UInt64(min(digitRun, 63)) }
        return MessageProfile(digits: digits, longestDigitRun: longestDigitRun, digitRunLengths: digitRunLengths,
                              longestToken: max(longestToken, text.count - tokenStart), symbols: symbols)
    }
}
