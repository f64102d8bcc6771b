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
    /// A term's bytes in `arena` and its rule. Plain values, so that lookups in the hot loop
    /// copy no references.
    private struct Term: Sendable {
        let start: Int32
        let count: Int32
        let ruleIndex: Int32
    }

    /// What a word's hash leads to: a whole-word term, whether the word is excluded, and the
    /// first of the phrases that start with it (an index into `phrases`, -1 when none).
    private struct WordEntry: Sendable {
        var term: Term?
        var isExcluded = false
        var firstPhrase: Int32 = -1
    }

    /// A phrase: the hashes of its words (in `phraseHashes`), its rule, and the next phrase
    /// with the same first word.
    private struct Phrase: Sendable {
        let hashesStart: Int32
        let hashesCount: Int32
        let ruleIndex: Int32
        var next: Int32 = -1
    }

    private var arena: [UInt8] = []
    private var entries = HashedTable<WordEntry>()
    private var phrases: [Phrase] = []
    private var phraseHashes: [UInt64] = []
    private var prefixes = HashedTable<Term>()
    private var suffixes = HashedTable<Term>()
    /// Bit `n` is set when some stem (head) is `n` bytes long; lengths from 64 up share bit 63.
    private var prefixLengths: UInt64 = 0
    private var suffixLengths: UInt64 = 0
    private var longestPrefix = 0
    private var longestSuffix = 0
    /// The bit filters of `Filter`, one after another, so that the hot loop reads them all in
    /// one buffer.
    private var filters = [UInt64](repeating: 0, count: Filter.totalSize)
    private var shortestAffix = Int.max
    private var hasTerms = false

    var isEmpty: Bool { !hasTerms }

    /// Bit sets that most words of a message fail, so that they never reach the tables, which
    /// are too large for the processor's first-level cache.
    private enum Filter {
        /// The top 16 bits of the hash of every key of `entries`.
        case word
        /// Bits 16–31 of the same hashes: a word whose hash passes `word` by chance (one in six
        /// here) rarely passes this too, and so rarely reaches `entries`, whose tables do not
        /// fit the first two cache levels.
        case wordAgain
        /// The low 16 bits of the hash of every stem and head.
        case affix
        /// `endKey` of the first four bytes of every stem. With `headEnd`, used only while every
        /// stem and head has four bytes or more: a word whose ends set no bit skips that search.
        case stemStart
        /// `endKey` of the last four bytes of every head; there are few, so 10 bits.
        case headEnd

        var bits: Int { self == .headEnd ? 10 : 16 }
        /// Where it starts in `filters`, in `UInt64`s.
        var offset: Int {
            switch self {
            case .word: 0
            case .wordAgain: 1 << 10
            case .affix: 2 << 10
            case .stemStart: 3 << 10
            case .headEnd: 4 << 10
            }
        }
        static let totalSize = (4 << 10) + (1 << 4)
    }

    private mutating func insert(_ key: Int, into filter: Filter) {
        filters[filter.offset + key >> 6] |= 1 << UInt64(key & 63)
    }

    @inline(__always) private static func contains(_ key: Int, in filter: Filter, _ filters: UnsafeBufferPointer<UInt64>) -> Bool {
        filters[filter.offset + key >> 6] & 1 << UInt64(key & 63) != 0
    }

    @inline(__always) private static func wordKey(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 48) }
    @inline(__always) private static func secondWordKey(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 16 & 0xFFFF) }
    @inline(__always) private static func affixKey(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash & 0xFFFF) }

    /// Adds the terms of the rule at `ruleIndex`. When two rules list the same term, the earlier keeps it.
    mutating func add(_ terms: LexiconTerms, ruleIndex: Int) {
        let buffers = Normalizer.Buffers()
        let words = WordList()
        for word in terms.words {
            for spelling in Self.spellings(of: word, using: buffers) {
                let tokens = Self.tokens(of: spelling, using: words)
                guard let first = tokens.first else { continue }
                hasTerms = true
                let hash = Self.hash(first)
                var entry = entries[hash] ?? WordEntry()
                if tokens.count == 1 {
                    if entry.term == nil { entry.term = store(first, ruleIndex: ruleIndex) }
                } else {
                    let phrase = Phrase(hashesStart: Int32(phraseHashes.count), hashesCount: Int32(tokens.count), ruleIndex: Int32(ruleIndex))
                    phraseHashes += tokens.map(Self.hash)
                    phrases.append(phrase)
                    let index = Int32(phrases.count - 1)
                    if entry.firstPhrase < 0 {
                        entry.firstPhrase = index
                    } else {
                        var last = Int(entry.firstPhrase)
                        while phrases[last].next >= 0 { last = Int(phrases[last].next) }
                        phrases[last].next = index
                    }
                }
                setEntry(entry, for: hash)
            }
        }
        for prefix in terms.prefixes {
            for bytes in Self.spellings(of: prefix, using: buffers) {
                addAffix(bytes, ruleIndex: ruleIndex, isSuffix: false)
                shortestAffix = min(shortestAffix, bytes.count)
                noteEnd(bytes.prefix(4), in: .stemStart)
            }
        }
        for suffix in terms.suffixes {
            for bytes in Self.spellings(of: suffix, using: buffers) {
                addAffix(bytes.reversed(), ruleIndex: ruleIndex, isSuffix: true)
                shortestAffix = min(shortestAffix, bytes.count)
                noteEnd(bytes.suffix(4), in: .headEnd)
            }
        }
        for word in terms.exclude {
            for spelling in Self.spellings(of: word, using: buffers) {
                let hash = Self.hash(spelling)
                var entry = entries[hash] ?? WordEntry()
                entry.isExcluded = true
                setEntry(entry, for: hash)
            }
        }
    }

    /// Stores `entry` under `hash` and notes the hash in the word filters.
    private mutating func setEntry(_ entry: WordEntry, for hash: UInt64) {
        entries[hash] = entry
        insert(Self.wordKey(hash), into: .word)
        insert(Self.secondWordKey(hash), into: .wordAgain)
    }

    private mutating func store(_ bytes: [UInt8], ruleIndex: Int) -> Term {
        let term = Term(start: Int32(arena.count), count: Int32(bytes.count), ruleIndex: Int32(ruleIndex))
        arena += bytes
        return term
    }

    private mutating func noteEnd(_ end: ArraySlice<UInt8>, in filter: Filter) {
        guard end.count == 4 else { return }
        insert(end.withUnsafeBufferPointer { Self.endKey($0, bits: filter.bits) }, into: filter)
    }

    /// A key of `bits` bits of four bytes.
    @inline(__always) private static func endKey(_ bytes: UnsafeBufferPointer<UInt8>, bits: Int) -> Int {
        let value = UInt64(UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt32.self))
        return Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// Whether `word`'s first (or with `fromEnd` last) four bytes may begin (end) an affix.
    @inline(__always) private func mayHoldAffix(_ word: UnsafeBufferPointer<UInt8>, fromEnd: Bool,
                                                filters: UnsafeBufferPointer<UInt64>) -> Bool {
        guard shortestAffix >= 4 else { return true }
        guard word.count >= 4 else { return false }
        let filter: Filter = fromEnd ? .headEnd : .stemStart
        let key = Self.endKey(UnsafeBufferPointer(rebasing: fromEnd ? word[(word.count - 4)...] : word[..<4]), bits: filter.bits)
        return Self.contains(key, in: filter, filters)
    }

    /// Adds a stem, or with `isSuffix` a compound head written backwards.
    private mutating func addAffix(_ bytes: [UInt8], ruleIndex: Int, isSuffix: Bool) {
        guard !bytes.isEmpty else { return }
        hasTerms = true
        let hash = Self.hash(bytes)
        let lengthBit: UInt64 = 1 << UInt64(min(bytes.count, 63))
        if isSuffix {
            if suffixes[hash] == nil { suffixes[hash] = store(bytes, ruleIndex: ruleIndex) }
            suffixLengths |= lengthBit
            longestSuffix = max(longestSuffix, bytes.count)
        } else {
            if prefixes[hash] == nil { prefixes[hash] = store(bytes, ruleIndex: ruleIndex) }
            prefixLengths |= lengthBit
            longestPrefix = max(longestPrefix, bytes.count)
        }
        insert(Self.affixKey(hash), into: .affix)
    }

    /// Appends to `matches` the rule index and byte range (in `text`) of every term found among
    /// `words`, the words of `text`.
    func appendMatches(in text: UnsafeBufferPointer<UInt8>, words: WordList, to matches: inout [(ruleIndex: Int, range: Range<Int>)]) {
        let tokens = words.tokens
        let canonicalBuffer = words.canonical
        arena.withUnsafeBufferPointer { arena in
            filters.withUnsafeBufferPointer { filters in
                // While every stem and head has four bytes or more, a shorter word needs no affix search.
                let minimumAffixWord = shortestAffix >= 4 ? 4 : 0
                for position in tokens.indices {
                    let token = tokens[position]
                    // The word's bytes are read only for a hit or an affix search: most words need neither.
                    let range = token.range
                    var spelling: UnsafeBufferPointer<UInt8> {
                        token.canonical.map { UnsafeBufferPointer(rebasing: canonicalBuffer[$0]) } ?? UnsafeBufferPointer(rebasing: text[range])
                    }
                    if Self.contains(Self.wordKey(token.hash), in: .word, filters),
                       Self.contains(Self.secondWordKey(token.hash), in: .wordAgain, filters), let entry = entries[token.hash] {
                        var next = Int(entry.firstPhrase)
                        while next >= 0 {
                            let phrase = phrases[next]
                            if let end = matchEnd(of: phrase, at: position, in: tokens) {
                                matches.append((Int(phrase.ruleIndex), token.range.lowerBound..<end))
                            }
                            next = Int(phrase.next)
                        }
                        if entry.isExcluded { continue }
                        if let term = entry.term, Self.bytes(of: term, in: arena).elementsEqual(spelling) {
                            matches.append((Int(term.ruleIndex), token.range))
                            continue
                        }
                    }
                    guard range.count >= minimumAffixWord else { continue }
                    let word = spelling
                    if let term = (mayHoldAffix(word, fromEnd: false, filters: filters)
                                   ? longestAffix(of: word, in: prefixes, lengths: prefixLengths, longest: longestPrefix,
                                                  fromEnd: false, arena: arena, filters: filters) : nil)
                        ?? (mayHoldAffix(word, fromEnd: true, filters: filters)
                            ? longestAffix(of: word, in: suffixes, lengths: suffixLengths, longest: longestSuffix,
                                           fromEnd: true, arena: arena, filters: filters) : nil) {
                        matches.append((Int(term.ruleIndex), token.range))
                    }
                }
            }
        }
    }

    private static func bytes(of term: Term, in arena: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: arena[Int(term.start)..<Int(term.start + term.count)])
    }

    /// Where `phrase` ends in the text when it starts at token `position`, or nil.
    private func matchEnd(of phrase: Phrase, at position: Int, in tokens: UnsafeBufferPointer<WordList.Token>) -> Int? {
        let count = Int(phrase.hashesCount)
        guard position + count <= tokens.count else { return nil }
        for offset in 0..<count where tokens[position + offset].hash != phraseHashes[Int(phrase.hashesStart) + offset] { return nil }
        return tokens[position + count - 1].range.upperBound
    }

    /// The longest stem of `word` in `table`, or with `fromEnd` its longest compound head
    /// (`table` then holds heads written backwards).
    private func longestAffix(of word: UnsafeBufferPointer<UInt8>, in table: HashedTable<Term>, lengths: UInt64, longest: Int,
                              fromEnd: Bool, arena: UnsafeBufferPointer<UInt8>, filters: UnsafeBufferPointer<UInt64>) -> Term? {
        guard lengths != 0, word.count >= lengths.trailingZeroBitCount else { return nil }
        var hash = Self.offsetBasis
        var found: Term?
        for length in 1...min(word.count, longest) {
            let byte = fromEnd ? word[word.count - length] : word[length - 1]
            hash = (hash ^ UInt64(byte)) &* Self.prime
            guard lengths & (1 << UInt64(min(length, 63))) != 0 else { continue }
            guard Self.contains(Self.affixKey(hash), in: .affix, filters), let term = table[hash], Int(term.count) == length else { continue }
            let stored = Self.bytes(of: term, in: arena)
            let same = fromEnd ? word.suffix(length).reversed().elementsEqual(stored) : word.prefix(length).elementsEqual(stored)
            if same { found = term }
        }
        return found
    }

    // MARK: Spelling

    /// The canonical spellings of a lexicon term: normalised and folded, umlauts written `ae`,
    /// and, when different, with umlauts dropped.
    static func spellings(of term: String, using buffers: Normalizer.Buffers = Normalizer.Buffers()) -> [[UInt8]] {
        let folded = ContextWords.foldedBytes(term, using: buffers)
        guard folded.contains(0xC3) else { return [folded] }
        let canonical = canonicalize(folded)
        var dropped: [UInt8] = []
        var index = 0
        while index < folded.count {
            if folded[index] == 0xC3, index + 1 < folded.count, let vowel = umlautBase(folded[index + 1]) {
                dropped.append(vowel)
                index += 2
            } else {
                dropped.append(folded[index])
                index += 1
            }
        }
        return canonical == dropped ? [canonical] : [canonical, dropped]
    }

    /// `ä` `ö` `ü` (as NFKC_Casefold writes them) become `ae` `oe` `ue`; everything else is kept.
    static func canonicalize(_ bytes: [UInt8]) -> [UInt8] {
        var output = bytes
        bytes.withUnsafeBufferPointer { bytes in
            output.withUnsafeMutableBufferPointer { writeCanonical(bytes, to: $0) }
        }
        return output
    }

    /// Writes the canonical spelling of `bytes` to `output`, which is as long: `ä` and `ae`
    /// are both two bytes.
    static func writeCanonical(_ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count, bytes[index] == 0xC3, let vowel = umlautBase(bytes[index + 1]) {
                output[index] = vowel
                output[index + 1] = UInt8(ascii: "e")
                index += 2
            } else {
                output[index] = bytes[index]
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

    /// The words of a term, split at anything that is not a letter or digit, with `words` as
    /// scratch space.
    static func tokens(of term: [UInt8], using words: WordList) -> [[UInt8]] {
        if term.allSatisfy({ $0 &- 0x61 < 26 }) { return term.isEmpty ? [] : [term] }
        return term.withUnsafeBufferPointer { buffer in
            words.tokenize(buffer)
            return words.tokens.map { token in token.canonical.map { Array(words.canonical[$0]) } ?? Array(buffer[token.range]) }
        }
    }

    @inline(__always) static var offsetBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }
    @inline(__always) static var prime: UInt64 { 0x0100_0000_01B3 }

    /// FNV-1a, 64 bits: words, stems and heads alike, so that `longestAffix` and the tokenizer
    /// can extend a hash byte by byte.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

/// An open-addressing table keyed by a 64-bit hash that is already computed, so a lookup is a
/// multiply-free probe instead of a second hash of the key.
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
