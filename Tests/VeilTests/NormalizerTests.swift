import Testing
@testable import Veil

/// Normalises `text` and returns the normalised string and a function mapping a normalised
/// byte range back to the original substring.
private func normalize(_ text: String) throws -> (normalized: String, original: (Range<Int>) -> String) {
    var copy = text
    let buffers = Normalizer.Buffers()
    return try copy.withUTF8 { bytes in
        let view = try Normalizer.normalize(bytes, using: buffers)
        let normalized = withExtendedLifetime(buffers) { String(decoding: view.bytes, as: UTF8.self) }
        let map = view.map
        let source = Array(text.utf8)
        // The map points into `buffers`, which the closure keeps alive.
        return (normalized, { range in
            withExtendedLifetime(buffers) { String(decoding: source[map.originalRange(range)], as: UTF8.self) }
        })
    }
}

@Suite("Normalisation and the offset map")
struct NormalizerTests {
    /// The Latin path must give exactly the text ICU gives, with an exact map: every range
    /// between character boundaries maps to itself, except that a boundary between the two `s`
    /// of a `ß` widens to the whole `ß`. (ICU merges neighbouring changes, so its map is coarser:
    /// `ÄÖÜ` is one change there.) Random texts over all of ASCII, every Latin-1 letter and
    /// every letter of Latin Extended-A that folds to one letter as long.
    @Test func latinPathEqualsICU() throws {
        let changesLength: Set<UInt32> = [0x130, 0x132, 0x133, 0x13F, 0x140, 0x149, 0x17F]
        let latin1: [Character] = (0xC0...0xFF).filter { $0 != 0xD7 && $0 != 0xF7 }.map { Character(Unicode.Scalar(UInt8($0))) }
        let extendedA: [Character] = (UInt32(0x100)..<0x180).filter { !changesLength.contains($0) }.map { Character(Unicode.Scalar($0)!) }
        let alphabet = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + latin1 + extendedA
        var generator = SplitMix64(state: 5)
        var compared = 0
        for round in 0..<2000 {
            var text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            if round < 64 { text = "ÄÖÜäöüßÀÞàþÿŁłŠšŐő \(text) \(Character(Unicode.Scalar(UInt8(round))))" }
            var bytes = Array(text.utf8)
            guard !bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            let icuBuffers = Normalizer.Buffers(), latinBuffers = Normalizer.Buffers()
            try bytes.withUnsafeMutableBufferPointer { mutable in
                let source = UnsafeBufferPointer(mutable)
                let icu = try Normalizer.normalizeWithICU(source, using: icuBuffers)
                let latin = try #require(Normalizer.lowerCaseLatin(source, using: latinBuffers), "\(text.debugDescription)")
                #expect(Array(latin.bytes) == Array(icu.bytes), "\(text.debugDescription)")
                let boundaries = latin.bytes.indices.filter { latin.bytes[$0] & 0xC0 != 0x80 } + [latin.bytes.count]
                func insideEszett(_ offset: Int) -> Bool { offset > 0 && offset < source.count && source[offset] == 0x9F && source[offset - 1] == 0xC3 }
                for start in boundaries {
                    for end in boundaries where end >= start {
                        let expected = (insideEszett(start) ? start - 1 : start)..<(insideEszett(end) ? end + 1 : end)
                        #expect(latin.map.originalRange(start..<end) == expected, "\(text.debugDescription) \(start)..<\(end)")
                    }
                }
            }
            compared += 1
        }
        #expect(compared > 1000)
    }

    @Test func latinPathIsTakenOnlyForLatinLetters() {
        func takes(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { Normalizer.lowerCaseLatin($0, using: Normalizer.Buffers()) != nil }
        }
        #expect(takes("Grüße aus Köln, Ärger über Straße"))
        #expect(takes("Paweł Nowak aus Łódź, Dvořák, Erdős"))
        for letter in ["İ", "Ĳ", "ĳ", "Ŀ", "ŀ", "ŉ", "ſ"] { #expect(!takes("x\(letter)y"), "\(letter)") }
        #expect(!takes("5 × 3"))
        #expect(!takes("Preis 10 €"))
        #expect(!takes("a\u{00A0}b"))
        #expect(!takes("e\u{0301}"))
        #expect(!takes("Привет"))
    }

    @Test func asciiIsLowerCasedOneToOne() throws {
        let (normalized, original) = try normalize("Meine IBAN: DE89")
        #expect(normalized == "meine iban: de89")
        #expect(original(12..<16) == "DE89")
    }

    @Test(arguments: [
        ("＋４９ １７１ １２３４５６７", "+49 171 1234567"),          // full-width
        ("𝟎𝟏𝟓𝟏", "0151"),                                          // mathematical digits
        ("٠١٥١ ۲۳۴", "0151 234"),                                   // Arabic-Indic and Persian digits
        ("०१५१", "0151"),                                           // Devanagari digits
        ("Dia\u{AD}betes", "diabetes"),                             // soft hyphen
        ("DE89\u{200B}3704\u{2060}0044\u{FEFF}", "de8937040044"),   // zero-width characters
        ("0151\u{00A0}2345\u{202F}678\u{2009}9", "0151 2345 678 9"), // no-break, narrow and thin spaces
        ("01–23—45‑6−7", "01-23-45-6-7"),                           // en and em dash, non-breaking hyphen, minus
        ("0151–2345—678‑9−1", "0151 2345 678 9 1"),                 // inside a value group: one space each
        ("4111.1111.1111.1111", "4111 1111 1111 1111"),             // one separator throughout
        ("4111/1111  1111  1111", "4111/1111 1111 1111"),           // mixed: only spaces collapse
        ("06.11.2024 14", "06.11.2024 14"),                         // a date keeps its dots
        ("ＳＣＨＷＡＮＧＥＲ", "schwanger"),
        ("Straße", "strasse"),
        ("①②③", "123"),
        ("DE\u{202E}89\u{202C}", "de89"),                           // bidi controls
        ("C\u{333}H\u{333}1\u{333}3\u{333}", "ch13"),                // underlines from a PDF, over letters too
    ])
    func normalizes(_ input: String, _ expected: String) throws {
        #expect(try normalize(input).normalized == expected)
    }

    @Test func mapsBackOverChangedCharacters() throws {
        let text = "Tel ＋４９ １７１ ok"
        let (normalized, original) = try normalize(text)
        #expect(normalized == "tel +49 171 ok")
        #expect(original(4..<11) == "＋４９ １７１")
        #expect(original(12..<14) == "ok")
    }

    @Test func findingRangesIncludeInvisibleCharactersInside() throws {
        let (normalized, original) = try normalize("x DE89\u{200B}37 y")
        #expect(normalized == "x de8937 y")
        #expect(original(2..<8) == "DE89\u{200B}37")
    }

    @Test func aPartOfAnExpandedCharacterMapsToAllOfIt() throws {
        let (normalized, original) = try normalize("Straße")
        #expect(normalized == "strasse")
        #expect(original(4..<5) == "ß")
        #expect(original(0..<7) == "Straße")
    }

    /// Round trip over mixed scripts: every range between normalised character boundaries maps
    /// to a range of whole original characters, and the whole text maps to the whole text.
    @Test(arguments: [
        "Grüße aus Köln: ＤＥ８９ ３７０４ 😀 Привет мир ١٢٣ 한국어 ﬁ ß ǅ",
        "e\u{301}\u{301} 𝟎𝟏 Ⅻ ㍻ ﷺ",
        "👨‍👩‍👧 family \u{200D}\u{FE0F} x",
    ])
    func roundTrip(_ text: String) throws {
        var copy = text
        let buffers = Normalizer.Buffers()
        try copy.withUTF8 { bytes in
            let view = try Normalizer.normalize(bytes, using: buffers)
            let normalizedText = withExtendedLifetime(buffers) { String(decoding: view.bytes, as: UTF8.self) }
            var offsets: [Int] = [0]
            var running = 0
            for scalar in normalizedText.unicodeScalars {
                running += String(scalar).utf8.count
                offsets.append(running)
            }
            #expect(view.map.originalRange(0..<view.bytes.count) == 0..<bytes.count)
            for start in offsets {
                for end in offsets where end >= start {
                    let range = view.map.originalRange(start..<end)
                    #expect(range.lowerBound >= 0 && range.upperBound <= bytes.count)
                    // Both ends fall on UTF-8 character starts of the original.
                    for edge in [range.lowerBound, range.upperBound] where edge < bytes.count {
                        #expect(bytes[edge] & 0xC0 != 0x80)
                    }
                }
            }
        }
    }

    /// Words of letters alone (what most pattern-pack words are) are folded without the
    /// normaliser at start-up; they must come out as the normaliser writes them.
    @Test func lettersAreFoldedAsTheNormalizerFoldsThem() throws {
        let codes: [Int] = Array(0x41...0x5A) + Array(0x61...0x7A) + (0xC0...0xFF).filter { $0 != 0xD7 && $0 != 0xF7 }
        let letters: [Character] = codes.map { Character(Unicode.Scalar(UInt8($0))) }
        var generator = SplitMix64(state: 13)
        let buffers = Normalizer.Buffers()
        for _ in 0..<2000 {
            let word = String((0..<Int.random(in: 1...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            let source = Array(word.utf8)
            let normalized: [UInt8] = try source.withUnsafeBufferPointer { bytes in
                try Array(Normalizer.normalize(bytes, using: buffers).bytes)
            }
            let folded = ContextWords.foldedBytes(word)
            #expect(folded == normalized, "\(word.debugDescription)")
        }
    }

    /// The Latin-1 path finds the words as it lowers the text; they must be exactly the words
    /// that `tokenize` finds in the lowered text afterwards: ranges, hashes, shapes, canonical
    /// spellings, the symbols between words and the longest stretch without a space. Random
    /// texts over ASCII (controls and tabs included) and every Latin-1 letter, umlauts and `ß`
    /// at every place in a word.
    @Test func latinPathFindsTheWordsTokenizeFinds() throws {
        let alphabet = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
            + (0xC0...0xFF).filter { $0 != 0xD7 && $0 != 0xF7 }.map { Character(Unicode.Scalar(UInt8($0))) }
            + Array("aaeilmnoostxy0123456789    ÄÖÜäöüßŁłŠšŐőČč")
        var generator = SplitMix64(state: 9)
        let fused = Normalizer.Buffers(), separate = WordList()
        for round in 0..<3000 {
            var text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            if round < 8 { text = ["", "ß", "Straße", "ÜBER Öl äh", "a\tb\nC", "X", "Grüße, Maß & Fuß!", "ÄÖÜ"][round] }
            var bytes = Array(text.utf8)
            try bytes.withUnsafeMutableBufferPointer { mutable in
                let lowered = try #require(Normalizer.lowerCaseLatin(UnsafeBufferPointer(mutable), using: fused), "\(text.debugDescription)")
                separate.tokenize(lowered.bytes)
                let words = fused.words
                #expect(words.tokens.count == separate.tokens.count, "\(text.debugDescription)")
                for (found, expected) in zip(words.tokens, separate.tokens) {
                    #expect(found.range == expected.range && found.hash == expected.hash && found.shape == expected.shape,
                            "\(text.debugDescription)")
                    #expect(found.canonical.map { Array(words.canonical[$0]) } == expected.canonical.map { Array(separate.canonical[$0]) },
                            "\(text.debugDescription)")
                }
                #expect(words.symbols == separate.symbols, "\(text.debugDescription)")
                #expect(words.longestStretchWithoutSpace == separate.longestStretchWithoutSpace, "\(text.debugDescription)")
            }
        }
    }

    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var state: UInt64 = 3
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                    0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var cases: [[UInt8]] = [[], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                [0xE0, 0x80, 0x80], [0xC0, 0xAF], Array("plain ASCII text, long enough for the fast path".utf8)]
        for _ in 0..<20_000 {
            let length = Int(next() % 12)
            cases.append((0..<length).map { _ in
                next() % 3 == 0 ? UInt8(truncatingIfNeeded: next()) : interesting[Int(next() % UInt64(interesting.count))]
            })
        }
        var valid = 0
        for bytes in cases {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected, "\(bytes)")
            if expected { valid += 1 }
        }
        #expect(valid > 1000)
    }
}
