/// The terms of a lexicon rule: words and phrases, stems and compound heads.
public struct LexiconTerms: Sendable, Equatable {
    /// Whole words and multi-word phrases; words in a phrase may be joined by spaces or hyphens.
    public var words: [String]
    /// Stems: any word that starts with one matches (`diabetik` → Diabetikerin).
    public var prefixes: [String]
    /// Compound heads: any word that ends with one matches (`schmerzen` → Rückenschmerzen).
    public var suffixes: [String]
    /// Words that never match, though a stem or head would catch them (`verschmerzen`).
    public var exclude: [String]
}

/// Finds the terms of every lexicon rule in one pass over the words of a message.
///
/// Words are compared in a canonical spelling: the normalised (case-folded) text with `ä`, `ö`,
/// `ü` written `ae`, `oe`, `ue`. Each term is also stored with its umlauts dropped (`a`, `o`, `u`),
/// so `Rückenschmerzen`, `Rueckenschmerzen` and `Ruckenschmerzen` all match `rückenschmerz`.
/// Every lookup is a hash of the word's bytes (or of its prefixes and suffixes, computed
/// incrementally), so the cost per message grows with its length, not with the lexicon's size.
struct LexiconMatcher: Sendable {
    private struct Term: Sendable {
        let bytes: [UInt8]
        let ruleIndex: Int
    }

    private struct Phrase: Sendable {
        let tokenHashes: [UInt64]
        let ruleIndex: Int
    }

    private var words: [UInt64: Term] = [:]
    private var phrases: [UInt64: [Phrase]] = [:]
    private var prefixes: [UInt64: Term] = [:]
    private var suffixes: [UInt64: Term] = [:]
    private var excluded: Set<UInt64> = []
    private var prefixLengths = (min: Int.max, max: 0)
    private var suffixLengths = (min: Int.max, max: 0)
    /// One bit per value of a hash's low 16 bits, set for every stem and head: most words of a
    /// message fail this bit test and never reach the dictionaries.
    private var affixFilter = [UInt64](repeating: 0, count: 1 << 10)

    var isEmpty: Bool { words.isEmpty && phrases.isEmpty && prefixes.isEmpty && suffixes.isEmpty }

    /// Adds the terms of the rule at `ruleIndex`. When two rules list the same term, the earlier keeps it.
    mutating func add(_ terms: LexiconTerms, ruleIndex: Int) {
        for word in terms.words {
            for spelling in Self.spellings(of: word) {
                let tokens = Self.tokens(of: spelling)
                if tokens.count == 1 {
                    if words[Self.hash(tokens[0])] == nil { words[Self.hash(tokens[0])] = Term(bytes: tokens[0], ruleIndex: ruleIndex) }
                } else if let first = tokens.first {
                    phrases[Self.hash(first), default: []].append(Phrase(tokenHashes: tokens.map(Self.hash), ruleIndex: ruleIndex))
                }
            }
        }
        for prefix in terms.prefixes {
            for spelling in Self.spellings(of: prefix) {
                let bytes = Array(spelling.utf8)
                if prefixes[Self.hash(bytes)] == nil { prefixes[Self.hash(bytes)] = Term(bytes: bytes, ruleIndex: ruleIndex) }
                setFilterBit(for: Self.hash(bytes))
                prefixLengths = (min(prefixLengths.min, bytes.count), max(prefixLengths.max, bytes.count))
            }
        }
        for suffix in terms.suffixes {
            for spelling in Self.spellings(of: suffix) {
                let reversed = Array(spelling.utf8.reversed())
                if suffixes[Self.hash(reversed)] == nil { suffixes[Self.hash(reversed)] = Term(bytes: reversed, ruleIndex: ruleIndex) }
                setFilterBit(for: Self.hash(reversed))
                suffixLengths = (min(suffixLengths.min, reversed.count), max(suffixLengths.max, reversed.count))
            }
        }
        for word in terms.exclude {
            for spelling in Self.spellings(of: word) { excluded.insert(Self.hash(Array(spelling.utf8))) }
        }
    }

    /// Calls `body` with the rule index and byte range (in `text`) of every term found.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, scratch: LexiconScratch, _ body: (Int, Range<Int>) -> Void) {
        scratch.tokenize(text)
        for (position, token) in scratch.tokens.enumerated() {
            if let candidates = phrases[token.hash] {
                for phrase in candidates where Self.matches(phrase, at: position, in: scratch.tokens) {
                    body(phrase.ruleIndex, token.range.lowerBound..<scratch.tokens[position + phrase.tokenHashes.count - 1].range.upperBound)
                }
            }
            if excluded.contains(token.hash) { continue }
            let canonical = scratch.canonical[token.canonical]
            if let term = words[token.hash], term.bytes.elementsEqual(canonical) {
                body(term.ruleIndex, token.range)
            } else if let term = longestAffix(of: canonical, in: prefixes, lengths: prefixLengths, fromEnd: false)
                        ?? longestAffix(of: canonical, in: suffixes, lengths: suffixLengths, fromEnd: true) {
                body(term.ruleIndex, token.range)
            }
        }
    }

    private static func matches(_ phrase: Phrase, at position: Int, in tokens: [LexiconScratch.Token]) -> Bool {
        guard position + phrase.tokenHashes.count <= tokens.count else { return false }
        for (offset, hash) in phrase.tokenHashes.enumerated() where tokens[position + offset].hash != hash { return false }
        return true
    }

    private mutating func setFilterBit(for hash: UInt64) {
        let bit = Int(hash & 0xFFFF)
        affixFilter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private func mayContainAffix(_ hash: UInt64) -> Bool {
        let bit = Int(hash & 0xFFFF)
        return affixFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The longest stem of `word` in `table`, or with `fromEnd` its longest compound head
    /// (`table` then holds heads written backwards).
    private func longestAffix(of word: ArraySlice<UInt8>, in table: [UInt64: Term], lengths: (min: Int, max: Int), fromEnd: Bool) -> Term? {
        guard !table.isEmpty, word.count >= lengths.min else { return nil }
        var hash = Self.offsetBasis
        var found: Term?
        for length in 1...min(word.count, lengths.max) {
            let byte = fromEnd ? word[word.endIndex - length] : word[word.startIndex + length - 1]
            hash = (hash ^ UInt64(byte)) &* Self.prime
            guard length >= lengths.min, mayContainAffix(hash), let term = table[hash], term.bytes.count == length else { continue }
            let same = fromEnd ? word.suffix(length).reversed().elementsEqual(term.bytes) : word.prefix(length).elementsEqual(term.bytes)
            if same { found = term }
        }
        return found
    }

    // MARK: Spelling

    /// The canonical spellings of a lexicon term: normalised and folded, umlauts written `ae`,
    /// and, when different, with umlauts dropped.
    static func spellings(of term: String) -> [String] {
        let folded = ContextWords.fold(term)
        let canonical = String(decoding: canonicalize(Array(folded.utf8)), as: UTF8.self)
        let dropped = String(folded.map { character -> Character in
            switch character {
            case "ä": "a"
            case "ö": "o"
            case "ü": "u"
            default: character
            }
        })
        return canonical == dropped ? [canonical] : [canonical, dropped]
    }

    /// `ä` `ö` `ü` (as NFKC_Casefold writes them) become `ae` `oe` `ue`; everything else is kept.
    static func canonicalize(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        appendCanonical(bytes[...], to: &output)
        return output
    }

    static func appendCanonical(_ bytes: ArraySlice<UInt8>, to output: inout [UInt8]) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0xC3, index + 1 < bytes.endIndex, let vowel = umlautBase(bytes[index + 1]) {
                output.append(vowel)
                output.append(UInt8(ascii: "e"))
                index += 2
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    private static func umlautBase(_ secondByte: UInt8) -> UInt8? {
        switch secondByte {
        case 0xA4: UInt8(ascii: "a")
        case 0xB6: UInt8(ascii: "o")
        case 0xBC: UInt8(ascii: "u")
        default: nil
        }
    }

    /// The words of a term, split at anything that is not a letter or digit.
    static func tokens(of text: String) -> [[UInt8]] {
        let scratch = LexiconScratch()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            scratch.tokenize(buffer)
            return scratch.tokens.map { Array(scratch.canonical[$0.canonical]) }
        }
    }

    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0100_0000_01B3

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

/// Reusable per-thread storage for the lexicon pass: the words of the current message.
final class LexiconScratch {
    struct Token {
        /// Where the word is in the normalised text.
        let range: Range<Int>
        /// Where its canonical spelling is in `canonical`.
        let canonical: Range<Int>
        let hash: UInt64
    }

    private(set) var tokens: [Token] = []
    private(set) var canonical: [UInt8] = []

    /// Splits normalised text into words: runs of ASCII letters and digits and of non-ASCII
    /// letters, digits and marks.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>) {
        tokens.removeAll(keepingCapacity: true)
        canonical.removeAll(keepingCapacity: true)
        var index = 0
        var start: Int?
        while index < text.count {
            let (isWord, length) = Self.wordCharacter(in: text, at: index)
            if isWord {
                if start == nil { start = index }
            } else if let wordStart = start {
                append(text, wordStart..<index)
                start = nil
            }
            index += length
        }
        if let wordStart = start { append(text, wordStart..<text.count) }
    }

    private func append(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let canonicalStart = canonical.count
        LexiconMatcher.appendCanonical(ArraySlice(text[range]), to: &canonical)
        let canonicalRange = canonicalStart..<canonical.count
        tokens.append(Token(range: range, canonical: canonicalRange, hash: LexiconMatcher.hash(canonical[canonicalRange])))
    }

    /// Whether the character at `index` belongs to a word, and its length in bytes.
    private static func wordCharacter(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = text[index]
        if byte < 0x80 {
            let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
            return (isWord, 1)
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var scalarValue = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < text.count {
            scalarValue = scalarValue << 6 | UInt32(text[index + offset] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { return (false, length) }
        let properties = scalar.properties
        let isWord = properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        return (isWord, length)
    }
}
