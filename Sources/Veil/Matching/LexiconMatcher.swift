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

    private var words = HashedTable<Term>()
    private var phrases = HashedTable<[Phrase]>()
    private var prefixes = HashedTable<Term>()
    private var suffixes = HashedTable<Term>()
    private var excluded = HashedTable<Bool>()
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
                    phrases[Self.hash(first)] = (phrases[Self.hash(first)] ?? []) + [Phrase(tokenHashes: tokens.map(Self.hash), ruleIndex: ruleIndex)]
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
            for spelling in Self.spellings(of: word) { excluded[Self.hash(Array(spelling.utf8))] = true }
        }
    }

    /// Calls `body` with the rule index and byte range (in `text`) of every term found.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, scratch: LexiconScratch, _ body: (Int, Range<Int>) -> Void) {
        scratch.tokenize(text)
        let tokens = scratch.tokens
        scratch.canonical.withUnsafeBufferPointer { canonicalBuffer in
            for (position, token) in tokens.enumerated() {
                if let candidates = phrases[token.hash] {
                    for phrase in candidates where Self.matches(phrase, at: position, in: tokens) {
                        body(phrase.ruleIndex, token.range.lowerBound..<tokens[position + phrase.tokenHashes.count - 1].range.upperBound)
                    }
                }
                if excluded[token.hash] != nil { continue }
                let word = token.canonical.map { UnsafeBufferPointer(rebasing: canonicalBuffer[$0]) }
                    ?? UnsafeBufferPointer(rebasing: text[token.range])
                if let term = words[token.hash], term.bytes.elementsEqual(word) {
                    body(term.ruleIndex, token.range)
                } else if let term = longestAffix(of: word, in: prefixes, lengths: prefixLengths, fromEnd: false)
                            ?? longestAffix(of: word, in: suffixes, lengths: suffixLengths, fromEnd: true) {
                    body(term.ruleIndex, token.range)
                }
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
    private func longestAffix(of word: UnsafeBufferPointer<UInt8>, in table: HashedTable<Term>, lengths: (min: Int, max: Int), fromEnd: Bool) -> Term? {
        guard !table.isEmpty, word.count >= lengths.min else { return nil }
        var hash = Self.offsetBasis
        var found: Term?
        for length in 1...min(word.count, lengths.max) {
            let byte = fromEnd ? word[word.count - length] : word[length - 1]
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
        bytes.withUnsafeBufferPointer { appendCanonical($0, to: &output) }
        return output
    }

    static func appendCanonical(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xC3, index + 1 < bytes.count, let vowel = umlautBase(bytes[index + 1]) {
                output.append(vowel)
                output.append(UInt8(ascii: "e"))
                index += 2
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    static func umlautBase(_ secondByte: UInt8) -> UInt8? {
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
            return scratch.tokens.map { token in token.canonical.map { Array(scratch.canonical[$0]) } ?? Array(buffer[token.range]) }
        }
    }

    @inline(__always) static var offsetBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }
    @inline(__always) static var prime: UInt64 { 0x0100_0000_01B3 }

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
        /// Where its canonical spelling is in `canonical`, when it differs from the text
        /// (the word has an umlaut).
        let canonical: Range<Int>?
        let hash: UInt64
    }

    private(set) var tokens: [Token] = []
    private(set) var canonical: [UInt8] = []

    /// Splits normalised text into words: runs of ASCII letters and digits and of non-ASCII
    /// letters, digits and marks.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>) {
        // Work on local arrays: appending to a class's stored arrays costs an exclusivity check each time.
        var tokens = [Token]()
        var canonical = [UInt8]()
        swap(&tokens, &self.tokens)
        swap(&canonical, &self.canonical)
        tokens.removeAll(keepingCapacity: true)
        canonical.removeAll(keepingCapacity: true)
        var index = 0
        var start = -1
        var hash = LexiconMatcher.offsetBasis
        var hasUmlaut = false
        while index < text.count {
            let byte = text[index]
            let length: Int
            let isWord: Bool
            if byte < 0x80 {
                length = 1
                isWord = (byte &- 0x30 < 10) || ((byte | 0x20) &- 0x61 < 26)
            } else {
                (isWord, length) = Self.nonASCIIWordCharacter(in: text, at: index)
                if byte == 0xC3 && index + 1 < text.count && LexiconMatcher.umlautBase(text[index + 1]) != nil { hasUmlaut = true }
            }
            if isWord {
                if start < 0 {
                    start = index
                    hash = LexiconMatcher.offsetBasis
                    hasUmlaut = byte == 0xC3 && index + 1 < text.count && LexiconMatcher.umlautBase(text[index + 1]) != nil
                }
                for offset in 0..<length where index + offset < text.count {
                    hash = (hash ^ UInt64(text[index + offset])) &* LexiconMatcher.prime
                }
            } else if start >= 0 {
                tokens.append(Self.token(text, start..<index, hash: hash, hasUmlaut: hasUmlaut, canonical: &canonical))
                start = -1
            }
            index += length
        }
        if start >= 0 {
            tokens.append(Self.token(text, start..<min(index, text.count), hash: hash, hasUmlaut: hasUmlaut, canonical: &canonical))
        }
        swap(&tokens, &self.tokens)
        swap(&canonical, &self.canonical)
    }

    /// A token; one with an umlaut gets its canonical spelling written out and hashed.
    private static func token(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, hasUmlaut: Bool,
                              canonical: inout [UInt8]) -> Token {
        guard hasUmlaut else { return Token(range: range, canonical: nil, hash: hash) }
        let canonicalStart = canonical.count
        LexiconMatcher.appendCanonical(UnsafeBufferPointer(rebasing: text[range]), to: &canonical)
        let canonicalRange = canonicalStart..<canonical.count
        return Token(range: range, canonical: canonicalRange, hash: LexiconMatcher.hash(canonical[canonicalRange]))
    }

    /// Whether the non-ASCII character at `index` belongs to a word, and its length in bytes.
    private static func nonASCIIWordCharacter(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = text[index]
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

/// An open-addressing table keyed by a 64-bit FNV-1a hash that is already computed, so a lookup
/// is a multiply-free probe instead of a second hash of the key.
struct HashedTable<Value: Sendable>: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    private var values: [Value?] = Array(repeating: nil, count: 16)
    private var count = 0

    subscript(hash: UInt64) -> Value? {
        get {
            guard count > 0 else { return nil }
            let key = hash == 0 ? 1 : hash
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            let key = hash == 0 ? 1 : hash
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { count += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    var isEmpty: Bool { count == 0 }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        values = Array(repeating: nil, count: keys.count)
        count = 0
        for (key, value) in old { self[key] = value }
    }
}
