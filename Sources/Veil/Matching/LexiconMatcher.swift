import ICUBridge

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
    /// Words of the language one letter away from a term, which are not read as a misspelling
    /// of it (`prostrate` for `prostate`): a single word of `minimumTypoLength` letters or more
    /// also matches one typo away.
    public var notTypos: [String]

    public init(words: [String], prefixes: [String] = [], suffixes: [String] = [], exclude: [String] = [], notTypos: [String] = []) {
        self.words = words
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.exclude = exclude
        self.notTypos = notTypos
    }
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

    /// What a word's hash leads to: a whole-word term, whether the word is excluded, and
    /// whether phrases start with it.
    private struct WordEntry: Sendable {
        var term: Term?
        var isExcluded = false
        /// A word of the language that is not a misspelling of the term next to it (`notTypos`).
        var isNotTypo = false
        /// Whether some phrase starts with the word (its phrases are in `phraseChains`).
        var startsPhrases = false
        /// The first of the `misspeltWords` this word is the anchor of, -1 for none.
        var misspeltWords: Int32 = -1
    }

    /// The phrases that start with the same two words, linked through `Phrase.next`: keyed by
    /// both words, not the first alone, since hundreds of phrases start with `acute` or `l`
    /// (`L-Thyroxin`), and walking them all at every such word made a megabyte of `.l.` take
    /// 0.4 s.
    /// A stem of `typoMiddles`, and the next with the same key.
    private struct MiddleTerm: Sendable {
        let term: Term
        /// `TypoKeys.letters` of its first five letters: a word one typo away lacks one of them at most.
        let firstLetters: UInt32
        var next: Int32
    }

    private struct PhraseChain: Sendable {
        var first: Int32
        var last: Int32
    }

    /// A phrase: the hashes of its words (in `phraseHashes`), its rule, and the next phrase
    /// with the same first two words.
    private struct Phrase: Sendable {
        let hashesStart: Int32
        let hashesCount: Int32
        let ruleIndex: Int32
        var next: Int32 = -1
    }

    /// A word of a phrase that may be misspelt while the phrase's other words stand as they are
    /// (`generailsed anxiety disorder`, `muscle carmps`, `prostate kancer`): the phrase, the
    /// word's place in it and bytes in `arena`, the place of the phrase's longest other word
    /// (its anchor, which finds it), and the next such word with the same anchor.
    private struct MisspeltPhraseWord: Sendable {
        let phrase: Int32
        let place: Int32
        let anchorPlace: Int32
        let start: Int32
        let count: Int32
        var next: Int32 = -1
    }

    private var arena: [UInt8] = []
    private var entries = HashedTable<WordEntry>()
    private var phrases: [Phrase] = []
    private var phraseChains = HashedTable<PhraseChain>()
    private var phraseHashes: [UInt64] = []
    private var misspeltWords: [MisspeltPhraseWord] = []
    /// The chains of `misspeltWords` by their anchor's hash while terms are added; `finish`
    /// notes each chain's start in its anchor's `WordEntry`, which every word is looked up in anyway
    /// (a filter of its own cost 675 instructions a line of the mix).
    private var misspeltWordsByAnchor = HashedTable<PhraseChain>()
    private var prefixes = HashedTable<Term>()
    private var suffixes = HashedTable<Term>()
    /// Bit `n` is set when some stem (head) is `n` bytes long; lengths from 64 up share bit 63.
    private var prefixLengths: UInt64 = 0
    private var suffixLengths: UInt64 = 0
    private var longestPrefix = 0
    private var longestSuffix = 0
    /// The hashes of every ending of three letters or more of a compound head, short of its
    /// first three (`bruch`, `riss` of `kniescheibenbruch`, `kreuzbandriss`): a word that is one
    /// may end the head written in two words (`Kniescheiben Bruch`). An exact word test: keyed
    /// on a head's last four letters, every `Bestellung` and `Zahlung` tried a compound, 1,470
    /// instructions a line of the mix (callgrind).
    private var headEndings = HashedTable<Bool>()
    /// The bit filters of `Filter`, one after another, so that the hot loop reads them all in
    /// one buffer; `finish` sizes the word and affix filters to the number of terms.
    private var filters = [UInt64](repeating: 0, count: FilterLayout(wordBits: 16, affixBits: 16).totalSize)
    private var layout = FilterLayout(wordBits: 16, affixBits: 16)
    private var shortestAffix = Int.max
    private var hasTerms = false
    /// `TypoKeys` of every single-word term of `minimumTypoLength` bytes or more and of each of
    /// its one-letter deletions; `finish` turns them into `typoFilter`.
    private var typoKeys: [UInt64] = []
    /// Two bits per key of `typoKeys`, so that a word that is no typo of a term rarely reaches
    /// the candidate spellings of `typoMatch`.
    private var typoFilter: [UInt64] = []
    private var typoFilterBits = 0
    /// `TypoKeys.startKey` of every term that may be misspelled, 2^16 bits.
    private var typoStarts = [UInt64](repeating: 0, count: 1 << 10)
    /// `TypoKeys.startKey` of every stem (prefix) that may be misspelled, 2^16 bits.
    private var typoStemStarts = [UInt64](repeating: 0, count: 1 << 10)
    /// Stems of `minimumMiddleTypoStem` letters or more by `TypoKeys.middleKey`, for a typo
    /// among their first four letters (`letorzole`, `Skhlafstörungen`): the three letters after
    /// the fifth are still there, one place earlier or later at most. Whole-word terms have
    /// their last letters for that (`typoEnds`); indexed here too, they cost 1,000 instructions
    /// a line of the mix and 14 million at start-up for none of the misspelt values of the
    /// read sets (callgrind, 20,000 lines).
    private var typoMiddles = HashedTable<Int32>()
    private var typoMiddleTerms: [MiddleTerm] = []
    /// The key of each of `typoMiddleTerms`, until `finish` fills `typoMiddles`.
    private var typoMiddleKeys: [UInt64] = []
    /// `TypoKeys.middleBit` of every key of `typoMiddles`, 2^20 bits.
    private var typoMiddleBits: [UInt64] = []
    /// `TypoKeys.endKey` of every term that may be misspelled, at its length and one letter
    /// shorter and longer, 2^20 bits: a typo among the first letters leaves the first and the
    /// last three as they are (`shongles`, `tinitus`).
    private var typoEnds = [UInt64](repeating: 0, count: 1 << (TypoKeys.endKeyBits - 6))
    /// Keys of the terms and stems of six and seven letters, 2^20 bits: in so short a term the
    /// first four letters and the last three meet, and a typo where they meet breaks both keys
    /// above (`astma`, `ashtma`, `codiene`, `eczmea`: 8% of the one-letter typos of such terms).
    /// Such a typo is a swap, which keeps `TypoKeys.swapKey`, or in a six-letter term the
    /// fourth letter replaced or dropped, which keeps `TypoKeys.shapeKey`. Of the words of five
    /// to seven letters in German and English text, under 1% pass (by wordfreq's frequencies),
    /// and the search costs 314 instructions a line of the mix; keys of the first two letters
    /// and the last two let 20% through and cost 975 (callgrind, 20,000 lines).
    private var typoShortShapes = [UInt64](repeating: 0, count: 1 << (TypoKeys.endKeyBits - 6))

    /// The lengths of the terms that `typoShortShapes` holds.
    static let shortTypoTerms = 6...7

    /// The shortest term that also matches one typo away: shorter words have too many everyday
    /// words one letter away. Six rather than seven found `Fieeber`, `asthama`, `chils` (6 of 163
    /// misspelt values of blind6–13, 2 of blind14 unread) for 790 instructions more a line of the
    /// mix (+1.6%, callgrind, start-up +4 million) and one clean message more changed in the test
    /// split and in blind7.
    static let minimumTypoLength = 6

    /// The shortest stem found with a typo among its first four letters by the three letters
    /// after its fifth (`TypoKeys.middleKey`).
    static let minimumMiddleTypoStem = 8

    var isEmpty: Bool { !hasTerms }

    /// Bit sets that most words of a message fail, so that they never reach the tables, which
    /// are too large for the processor's first-level cache.
    private enum Filter {
        /// `wordBits` top bits of the hash of every key of `entries`.
        case word
        /// `wordBits` bits from bit 16 of the same hashes: a word whose hash passes `word` by
        /// chance rarely passes this too, and so rarely reaches `entries`, whose tables do not
        /// fit the first two cache levels.
        case wordAgain
        /// The low `affixBits` bits of the hash of every stem and head.
        case affix
        /// `endKey` of the first four bytes of every stem (16 bits). With `headEnd`, used only
        /// while every stem and head has four bytes or more: a word whose ends set no bit skips that search.
        case stemStart
        /// `endKey` of the last four bytes of every head (10 bits: there are few).
        case headEnd
    }

    /// Where each filter starts in `filters`, in `UInt64`s. A filter gets about sixteen bits per
    /// key, so that one word in two hundred passes it by chance however large the lexicon:
    /// 2^16 bits for the 8,000 spellings of the hand-written lexicon, up to 2^22 (512 KiB).
    private struct FilterLayout {
        let wordBits: Int
        let affixBits: Int

        static func bits(forKeys count: Int) -> Int {
            var bits = 16
            while bits < 22 && 1 << bits < count * 16 { bits += 1 }
            return bits
        }

        func offset(_ filter: Filter) -> Int {
            switch filter {
            case .word: 0
            case .wordAgain: 1 << (wordBits - 6)
            case .affix: 2 << (wordBits - 6)
            case .stemStart: 2 << (wordBits - 6) + 1 << (affixBits - 6)
            case .headEnd: 2 << (wordBits - 6) + 1 << (affixBits - 6) + 1 << 10
            }
        }

        var totalSize: Int { offset(.headEnd) + 1 << 4 }

        static func endBits(_ filter: Filter) -> Int { filter == .headEnd ? 10 : 16 }

        @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
        func wordKey(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - wordBits)) }
        @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
        func secondWordKey(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 16) & (1 << wordBits - 1) }
        @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
        func affixKey(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash) & (1 << affixBits - 1) }
    }

    private mutating func insert(_ key: Int, into filter: Filter) {
        filters[layout.offset(filter) + key >> 6] |= 1 << UInt64(key & 63)
    }

    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private func contains(_ key: Int, in filter: Filter, _ filters: UnsafeBufferPointer<UInt64>) -> Bool {
        filters[layout.offset(filter) + key >> 6] & 1 << UInt64(key & 63) != 0
    }

    /// A matcher for the lexicon rules among `rules` (their indices are the rule indices).
    init(rules: [Rule] = []) {
        // Sized once for the terms, instead of grown and rehashed step by step while they are
        // added (start-up with the generated lexicon: 366 -> 3xx million instructions).
        let termCount = rules.reduce(0) { count, rule in
            guard case .lexicon(let terms) = rule.matcher else { return count }
            return count + terms.words.count + terms.exclude.count + terms.notTypos.count
        }
        // Room for the anchors of misspelt phrase words too (`finish`), and their bytes.
        entries.reserve(termCount + termCount / 4)
        arena.reserveCapacity(termCount * 24)
        typoKeys.reserveCapacity(termCount * 8)
        misspeltWords.reserveCapacity(termCount + termCount / 4)
        misspeltWordsByAnchor.reserve(termCount / 4)
        for (index, rule) in rules.enumerated() {
            if case .lexicon(let terms) = rule.matcher { add(terms, ruleIndex: index) }
        }
        finish()
    }

    /// Sizes the word and affix filters to the terms added and fills them.
    private mutating func finish() {
        for anchor in misspeltWordsByAnchor.keys {
            var entry = entries[anchor] ?? WordEntry()
            entry.misspeltWords = misspeltWordsByAnchor[anchor]!.first
            entries[anchor] = entry
        }
        misspeltWordsByAnchor = HashedTable()
        let stemStart = (0..<1 << 10).map { filters[layout.offset(.stemStart) + $0] }
        let headEnd = (0..<1 << 4).map { filters[layout.offset(.headEnd) + $0] }
        layout = FilterLayout(wordBits: FilterLayout.bits(forKeys: entries.storedCount),
                              affixBits: FilterLayout.bits(forKeys: prefixes.storedCount + suffixes.storedCount))
        filters = [UInt64](repeating: 0, count: layout.totalSize)
        filters.replaceSubrange(layout.offset(.stemStart)..<layout.offset(.stemStart) + stemStart.count, with: stemStart)
        filters.replaceSubrange(layout.offset(.headEnd)..<layout.offset(.headEnd) + headEnd.count, with: headEnd)
        for hash in entries.keys {
            insert(layout.wordKey(hash), into: .word)
            insert(layout.secondWordKey(hash), into: .wordAgain)
        }
        for hash in prefixes.keys + suffixes.keys { insert(layout.affixKey(hash), into: .affix) }
        typoMiddleBits = [UInt64](repeating: 0, count: 1 << (TypoKeys.middleBits - 6))
        typoMiddles.reserve(typoMiddleKeys.count)
        for (index, key) in typoMiddleKeys.enumerated() {
            typoMiddleTerms[index].next = typoMiddles[key] ?? -1
            typoMiddles[key] = Int32(index)
            let bit = TypoKeys.middleBit(key)
            typoMiddleBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        typoMiddleKeys = []
        guard !typoKeys.isEmpty else { return }
        typoFilterBits = 16
        while typoFilterBits < 23 && 1 << typoFilterBits < typoKeys.count * 16 { typoFilterBits += 1 }
        typoFilter = [UInt64](repeating: 0, count: 1 << (typoFilterBits - 6))
        for key in typoKeys {
            let (first, second) = TypoKeys.bits(of: key, filterBits: typoFilterBits)
            typoFilter[first >> 6] |= 1 << UInt64(first & 63)
            typoFilter[second >> 6] |= 1 << UInt64(second & 63)
        }
        typoKeys = []
    }

    /// Adds the terms of the rule at `ruleIndex`. When two rules list the same term, the earlier keeps it.
    private mutating func add(_ terms: LexiconTerms, ruleIndex: Int) {
        let buffers = Normalizer.Buffers()
        let words = WordList()
        var hashes: [UInt64] = []
        var ranges: [Range<Int>] = []
        for word in terms.words {
            // Most terms are words of small ASCII letters between spaces or hyphens: they are
            // their own spelling, and adding them builds no arrays (start-up with the generated
            // lexicon: 513 -> 305 million instructions).
            var word = word
            if word.withUTF8({ bytes in
                guard !bytes.isEmpty, bytes.allSatisfy({ ASCII.isLowercaseLetter($0) || $0 == 0x20 || $0 == 0x2D }) else { return false }
                hashes.removeAll(keepingCapacity: true)
                ranges.removeAll(keepingCapacity: true)
                var tokenStart = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] &- 0x61 >= 26 {
                    if index > tokenStart {
                        ranges.append(tokenStart..<index)
                        hashes.append(Self.hash(UnsafeBufferPointer(rebasing: bytes[tokenStart..<index])))
                    }
                    tokenStart = index + 1
                }
                if hashes.count == 1 {
                    addWord(UnsafeBufferPointer(rebasing: bytes[ranges[0]]), ruleIndex: ruleIndex)
                } else if !hashes.isEmpty {
                    addPhrase(hashes, ruleIndex: ruleIndex) { UnsafeBufferPointer(rebasing: bytes[ranges[$0]]) }
                }
                return true
            }) { continue }
            for spelling in Self.spellings(of: word, using: buffers) {
                let tokens = Self.tokens(of: spelling, using: words)
                guard let first = tokens.first else { continue }
                if tokens.count == 1 {
                    first.withUnsafeBufferPointer { addWord($0, ruleIndex: ruleIndex) }
                } else {
                    // The words laid end to end, so that `addPhrase` reads each through one buffer.
                    var tokenRanges: [Range<Int>] = []
                    var joined: [UInt8] = []
                    for token in tokens {
                        tokenRanges.append(joined.count..<joined.count + token.count)
                        joined += token
                    }
                    joined.withUnsafeBufferPointer { joined in
                        addPhrase(tokens.map(Self.hash), ruleIndex: ruleIndex) { UnsafeBufferPointer(rebasing: joined[tokenRanges[$0]]) }
                    }
                }
            }
        }
        for prefix in terms.prefixes {
            for bytes in Self.spellings(of: prefix, using: buffers) {
                let stored = addAffix(bytes, ruleIndex: ruleIndex, isSuffix: false)
                bytes.withUnsafeBufferPointer { noteTypoKeys(of: $0, stored: stored, isStem: true) }
                shortestAffix = min(shortestAffix, bytes.count)
                noteEnd(bytes.prefix(4), in: .stemStart)
            }
        }
        for suffix in terms.suffixes {
            for bytes in Self.spellings(of: suffix, using: buffers) {
                addAffix(bytes.reversed(), ruleIndex: ruleIndex, isSuffix: true)
                shortestAffix = min(shortestAffix, bytes.count)
                noteEnd(bytes.suffix(4), in: .headEnd)
                for length in stride(from: 3, through: bytes.count - 3, by: 1) { headEndings[Self.hash(bytes.suffix(length))] = true }
            }
        }
        for (list, isExclusion) in [(terms.exclude, true), (terms.notTypos, false)] {
            for word in list {
                for spelling in Self.spellings(of: word, using: buffers) {
                    // An excluded phrase (`Cancer Research UK`) stands against every word inside it.
                    let tokens = Self.tokens(of: spelling, using: words)
                    if isExclusion && tokens.count > 1 {
                        addPhrase(tokens.map(Self.hash), ruleIndex: Self.exclusion) { _ in UnsafeBufferPointer(start: nil, count: 0) }
                        continue
                    }
                    let hash = Self.hash(spelling)
                    var entry = entries[hash] ?? WordEntry()
                    if isExclusion { entry.isExcluded = true } else { entry.isNotTypo = true }
                    setEntry(entry, for: hash)
                }
            }
        }
    }

    /// The rule index of an excluded phrase: no rule's.
    private static let exclusion = -1

    /// Adds a phrase, given by the hashes of its words in their canonical spelling, and notes
    /// which of its words may be found misspelt (`word(place)` gives their bytes); an excluded
    /// phrase (`exclusion`) is never misspelt.
    private mutating func addPhrase(_ hashes: [UInt64], ruleIndex: Int, word: (Int) -> UnsafeBufferPointer<UInt8>) {
        if ruleIndex != Self.exclusion {
            hasTerms = true
            noteMisspellableWords(ofPhrase: Int32(phrases.count), hashes, word: word)
        }
        var entry = entries[hashes[0]] ?? WordEntry()
        phrases.append(Phrase(hashesStart: Int32(phraseHashes.count), hashesCount: Int32(hashes.count), ruleIndex: Int32(ruleIndex)))
        phraseHashes += hashes
        let index = Int32(phrases.count - 1)
        let key = Self.phraseKey(hashes[0], hashes[1])
        if var chain = phraseChains[key] {
            phrases[Int(chain.last)].next = index
            chain.last = index
            phraseChains[key] = chain
        } else {
            phraseChains[key] = PhraseChain(first: index, last: index)
        }
        entry.startsPhrases = true
        setEntry(entry, for: hashes[0])
    }

    /// Notes the words of a phrase that may be found misspelt: words of `minimumMisspeltWord`
    /// letters or more, each found from the phrase's longest other word.
    private mutating func noteMisspellableWords(ofPhrase phrase: Int32, _ hashes: [UInt64], word: (Int) -> UnsafeBufferPointer<UInt8>) {
        // The longest word and the second longest: the anchor of every other word, and of the longest.
        var longest = -1, second = -1
        for place in hashes.indices {
            let count = word(place).count
            if longest < 0 || count > word(longest).count {
                second = longest
                longest = place
            } else if second < 0 || count > word(second).count {
                second = place
            }
        }
        for place in hashes.indices {
            let bytes = word(place)
            guard bytes.count >= Self.minimumMisspeltWord, bytes.count <= TypoKeys.longestWord,
                  bytes.allSatisfy(ASCII.isLowercaseLetter) else { continue }
            let anchor = place == longest ? second : longest
            // A number or a short word vouches for little (`born 11` is no misspelt `boron 11`).
            guard anchor >= 0, word(anchor).count >= 3, word(anchor).allSatisfy(ASCII.isLowercaseLetter) else { continue }
            let index = Int32(misspeltWords.count)
            misspeltWords.append(MisspeltPhraseWord(phrase: phrase, place: Int32(place), anchorPlace: Int32(anchor),
                                                    start: Int32(arena.count), count: Int32(bytes.count)))
            arena.append(contentsOf: bytes)
            let anchorHash = hashes[anchor]
            if var chain = misspeltWordsByAnchor[anchorHash] {
                misspeltWords[Int(chain.last)].next = index
                chain.last = index
                misspeltWordsByAnchor[anchorHash] = chain
            } else {
                misspeltWordsByAnchor[anchorHash] = PhraseChain(first: index, last: index)
            }
        }
    }

    /// The shortest word of a phrase that is found misspelt: the phrase's other words vouch for
    /// it, so it may be shorter than a single word (`minimumTypoLength`).
    static let minimumMisspeltWord = 5

    /// Appends the phrases whose anchor is the word at `position` and which stand around it
    /// with one word misspelt, one letter added, dropped, replaced or two swapped.
    private func appendMisspeltPhrases(anchoredAt position: Int, first: Int32, tokens: UnsafeBufferPointer<WordList.Token>,
                                       text: UnsafeBufferPointer<UInt8>, canonical: UnsafeBufferPointer<UInt8>,
                                       arena: UnsafeBufferPointer<UInt8>, to matches: inout [(ruleIndex: Int, range: Range<Int>)]) {
        var next = Int(first)
        while next >= 0 {
            let candidate = misspeltWords[next]
            next = Int(candidate.next)
            let phrase = phrases[Int(candidate.phrase)]
            let start = position - Int(candidate.anchorPlace), place = Int(candidate.place)
            guard start >= 0, start + Int(phrase.hashesCount) <= tokens.count else { continue }
            let misspelt = tokens[start + place]
            guard misspelt.range.count + 1 >= Int(candidate.count), misspelt.range.count <= Int(candidate.count) + 1,
                  misspelt.hash != phraseHashes[Int(phrase.hashesStart) + place],
                  let end = matchEnd(of: phrase, at: start, in: tokens, except: place),
                  entries[misspelt.hash]?.isNotTypo != true else { continue }
            let spelling = Self.spelling(of: misspelt, in: text, canonical: canonical)
            let term = UnsafeBufferPointer(rebasing: arena[Int(candidate.start)..<Int(candidate.start + candidate.count)])
            guard spelling.count >= Self.minimumMisspeltWord - 1, spelling.allSatisfy(ASCII.isLowercaseLetter),
                  Self.isOneEditAway(spelling, term) else { continue }
            matches.append((Int(phrase.ruleIndex), tokens[start].range.lowerBound..<end))
        }
    }

    /// A word's canonical spelling: its bytes in `text`, or in `canonical` when they differ (umlauts).
    private static func spelling(of token: WordList.Token, in text: UnsafeBufferPointer<UInt8>,
                                 canonical: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        token.canonical.map { UnsafeBufferPointer(rebasing: canonical[$0]) } ?? UnsafeBufferPointer(rebasing: text[token.range])
    }

    /// Whether `a` is `b` with one letter added, dropped or replaced, or two neighbours swapped.
    static func isOneEditAway(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
        if i == a.count && i == b.count { return false }
        func rest(_ x: Int, _ y: Int) -> Bool {
            guard a.count - x == b.count - y else { return false }
            var x = x, y = y
            while x < a.count { if a[x] != b[y] { return false }; x += 1; y += 1 }
            return true
        }
        if a.count == b.count {
            return rest(i + 1, i + 1) || (i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && rest(i + 2, i + 2))
        }
        return a.count > b.count ? rest(i + 1, i) : rest(i, i + 1)
    }

    /// The key of the phrases that start with words of hashes `first` and `second`. Two pairs
    /// with one key share a chain, which costs a comparison, never a wrong match (`matchEnd`
    /// compares every word).
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    private static func phraseKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* prime) ^ (second << 29 | second >> 35)
    }

    /// Adds a single-word term, in its canonical spelling.
    private mutating func addWord(_ bytes: UnsafeBufferPointer<UInt8>, ruleIndex: Int) {
        hasTerms = true
        let hash = Self.hash(bytes)
        var entry = entries[hash] ?? WordEntry()
        var stored: Term?
        if entry.term == nil {
            entry.term = Term(start: Int32(arena.count), count: Int32(bytes.count), ruleIndex: Int32(ruleIndex))
            stored = entry.term
            arena.append(contentsOf: bytes)
            setEntry(entry, for: hash)
        }
        noteTypoKeys(of: bytes, stored: stored)
    }

    /// Notes the typo keys of a single-word term or a stem, when it is long enough to match one
    /// typo away; `stored` is the term when this spelling was new.
    private mutating func noteTypoKeys(of term: UnsafeBufferPointer<UInt8>, stored: Term?, isStem: Bool = false) {
        guard term.count >= Self.minimumTypoLength, term.count <= TypoKeys.longestWord, term.allSatisfy(ASCII.isLowercaseLetter) else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: term.count + 1) { keys in
            TypoKeys.keys(of: term, into: keys)
            // The whole term, and its deletions after its first letter: a typo never touches
            // that, so its deletion would only fill the filter.
            typoKeys.append(keys[0])
            typoKeys += keys[2...]
        }
        let start = TypoKeys.startKey(term)
        typoStarts[start >> 6] |= 1 << UInt64(start & 63)
        for length in term.count - 1...term.count + 1 {
            let end = TypoKeys.endKey(term, length: length)
            typoEnds[end >> 6] |= 1 << UInt64(end & 63)
        }
        if Self.shortTypoTerms.contains(term.count) {
            noteShortShape(TypoKeys.swapKey(term))
            if term.count == Self.shortTypoTerms.lowerBound {
                // Its fourth letter replaced, or dropped.
                noteShortShape(TypoKeys.shapeKey(term, length: term.count))
                noteShortShape(TypoKeys.shapeKey(term, length: term.count - 1))
            }
        }
        if isStem { typoStemStarts[start >> 6] |= 1 << UInt64(start & 63) }
        if isStem, let stored, term.count >= Self.minimumMiddleTypoStem {
            typoMiddleKeys.append(TypoKeys.middleKey(term, from: TypoKeys.keptLetters + 1))
            typoMiddleTerms.append(MiddleTerm(term: stored, firstLetters: TypoKeys.letters(term[..<5]), next: -1))
        }
    }

    private mutating func noteShortShape(_ key: Int) {
        typoShortShapes[key >> 6] |= 1 << UInt64(key & 63)
    }

    /// Stores `entry` under `hash`; `finish` notes the hash in the word filters.
    private mutating func setEntry(_ entry: WordEntry, for hash: UInt64) {
        entries[hash] = entry
    }

    private mutating func store(_ bytes: [UInt8], ruleIndex: Int) -> Term {
        let term = Term(start: Int32(arena.count), count: Int32(bytes.count), ruleIndex: Int32(ruleIndex))
        arena += bytes
        return term
    }

    private mutating func noteEnd(_ end: ArraySlice<UInt8>, in filter: Filter) {
        guard end.count == 4 else { return }
        insert(end.withUnsafeBufferPointer { Self.endKey($0, bits: FilterLayout.endBits(filter)) }, into: filter)
    }

    /// A key of `bits` bits of four bytes.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private static func endKey(_ bytes: UnsafeBufferPointer<UInt8>, bits: Int) -> Int {
        let value = UInt64(UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt32.self))
        return Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// Whether `word`'s first (or with `fromEnd` last) four bytes may begin (end) an affix.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private func mayHoldAffix(_ word: UnsafeBufferPointer<UInt8>, fromEnd: Bool,
                                                filters: UnsafeBufferPointer<UInt64>) -> Bool {
        guard shortestAffix >= 4 else { return true }
        guard word.count >= 4 else { return false }
        let filter: Filter = fromEnd ? .headEnd : .stemStart
        let key = Self.endKey(UnsafeBufferPointer(rebasing: fromEnd ? word[(word.count - 4)...] : word[..<4]), bits: FilterLayout.endBits(filter))
        return contains(key, in: filter, filters)
    }

    /// Adds a stem, or with `isSuffix` a compound head written backwards; returns a stem that
    /// was new.
    @discardableResult
    private mutating func addAffix(_ bytes: [UInt8], ruleIndex: Int, isSuffix: Bool) -> Term? {
        guard !bytes.isEmpty else { return nil }
        hasTerms = true
        let hash = Self.hash(bytes)
        let lengthBit: UInt64 = 1 << UInt64(min(bytes.count, 63))
        if isSuffix {
            if suffixes[hash] == nil { suffixes[hash] = store(bytes, ruleIndex: ruleIndex) }
            suffixLengths |= lengthBit
            longestSuffix = max(longestSuffix, bytes.count)
        } else {
            prefixLengths |= lengthBit
            longestPrefix = max(longestPrefix, bytes.count)
            if prefixes[hash] == nil {
                let stored = store(bytes, ruleIndex: ruleIndex)
                prefixes[hash] = stored
                return stored
            }
        }
        return nil
    }

    /// Appends to `matches` the rule index and byte range (in `text`) of every term found among
    /// `words`, the words of `text`. `joined` are the stretches where the normaliser joined a
    /// spaced-out run (`DigitReadings.joinValues`): a word made there may be a phrase whose spaces
    /// went with the others (`b o w e l c a n c e r` → `bowelcancer`, `spacedOutTerm`).
    func appendMatches(in text: UnsafeBufferPointer<UInt8>, words: WordList, joined: UnsafeBufferPointer<veil_changed_span> = .init(start: nil, count: 0),
                       to matches: inout [(ruleIndex: Int, range: Range<Int>)]) {
        let tokens = words.tokens
        let canonicalBuffer = words.canonical
        arena.withUnsafeBufferPointer { arena in
            filters.withUnsafeBufferPointer { filters in
                // While every stem and head has four bytes or more, a shorter word needs no affix search.
                let minimumAffixWord = shortestAffix >= 4 ? 4 : 0
                // The first of `joined` that may fall in the current word: words come in order.
                var joinedSpan = 0
                // The end of the last excluded phrase found: no word inside it is a term.
                var excludedUntil = 0
                for position in tokens.indices {
                    let token = tokens[position]
                    if token.range.lowerBound < excludedUntil { continue }
                    // The word's bytes are read only for a hit or an affix search: most words need neither.
                    let range = token.range
                    var spelling: UnsafeBufferPointer<UInt8> {
                        Self.spelling(of: token, in: text, canonical: canonicalBuffer)
                    }
                    if contains(layout.wordKey(token.hash), in: .word, filters),
                       contains(layout.secondWordKey(token.hash), in: .wordAgain, filters), let entry = entries[token.hash] {
                        let matchesBefore = matches.count
                        if entry.misspeltWords >= 0 {
                            appendMisspeltPhrases(anchoredAt: position, first: entry.misspeltWords, tokens: tokens, text: text,
                                                  canonical: canonicalBuffer, arena: arena, to: &matches)
                        }
                        if entry.startsPhrases && position + 1 < tokens.count {
                            excludedUntil = max(excludedUntil, appendPhrases(startingAt: position, in: tokens, to: &matches))
                        }
                        if token.range.lowerBound < excludedUntil {
                            // What this word began (a misspelt phrase, a phrase) lies inside the excluded one.
                            matches.removeSubrange(matchesBefore...)
                            continue
                        }
                        if entry.isExcluded { continue }
                        if let term = entry.term, Self.bytes(of: term, in: arena).elementsEqual(spelling) {
                            matches.append((Int(term.ruleIndex), token.range))
                            appendSplitCompounds(around: position, tokens: tokens, text: text, canonical: canonicalBuffer,
                                                 arena: arena, filters: filters, to: &matches)
                            continue
                        }
                    }
                    guard range.count >= minimumAffixWord else {
                        if range.upperBound + 1 < text.count, text[range.upperBound] == UInt8(ascii: "-") {
                            _ = appendSyllableWord(startingAt: position, tokens: tokens, text: text, canonical: canonicalBuffer,
                                                   arena: arena, filters: filters, to: &matches)
                        }
                        continue
                    }
                    let word = spelling
                    if let term = (mayHoldAffix(word, fromEnd: false, filters: filters)
                                   ? longestAffix(of: word, in: prefixes, lengths: prefixLengths, longest: longestPrefix,
                                                  fromEnd: false, arena: arena, filters: filters) : nil)
                        ?? (mayHoldAffix(word, fromEnd: true, filters: filters)
                            ? longestAffix(of: word, in: suffixes, lengths: suffixLengths, longest: longestSuffix,
                                           fromEnd: true, arena: arena, filters: filters) : nil) {
                        matches.append((Int(term.ruleIndex), token.range))
                        appendSplitCompounds(around: position, tokens: tokens, text: text, canonical: canonicalBuffer,
                                             arena: arena, filters: filters, to: &matches)
                    } else if !typoFilter.isEmpty, token.shape & WordList.Shape.digit == 0,
                              let term = typoMatch(of: word, filters: filters, arena: arena) {
                        matches.append((Int(term.ruleIndex), token.range))
                    } else if token.shape & WordList.Shape.digit != 0,
                              token.shape & (WordList.Shape.lookAlike | WordList.Shape.otherASCIILetter) != 0,
                              let term = leetMatch(of: word, filters: filters, arena: arena) {
                        matches.append((Int(term.ruleIndex), token.range))
                    } else if (Self.shortestSpacedOutPhrase...Self.longestSpacedOutPhrase).contains(word.count),
                              token.shape & (WordList.Shape.digit | WordList.Shape.nonASCII) == 0,
                              // A hashtag writes a phrase without its spaces too (`#kidneydisease`).
                              (range.lowerBound > 0 && text[range.lowerBound - 1] == UInt8(ascii: "#"))
                                || (!joined.isEmpty && Self.wasJoined(range, joined, from: &joinedSpan)),
                              let ruleIndex = spacedOutTerm(word, filters: filters, arena: arena) {
                        matches.append((ruleIndex, token.range))
                    } else if range.upperBound + 1 < text.count, text[range.upperBound] == UInt8(ascii: "-"),
                              position + 1 < tokens.count, tokens[position + 1].range.lowerBound == range.upperBound + 1 {
                        // `Herzrhythmus-Störungen`: neither half is a term, the compound is; or
                        // `Bron-chi-tis`, a word in syllables.
                        if !appendSyllableWord(startingAt: position, tokens: tokens, text: text, canonical: canonicalBuffer,
                                               arena: arena, filters: filters, to: &matches) {
                            appendSplitCompounds(around: position + 1, tokens: tokens, text: text, canonical: canonicalBuffer,
                                                 arena: arena, filters: filters, to: &matches)
                        }
                    } else if position > 0, range.lowerBound == tokens[position - 1].range.upperBound + 1,
                              text[range.lowerBound - 1] == UInt8(ascii: " "), headEndings[token.hash] != nil {
                        // `Kniescheiben Bruch`: a word that ends a compound head, after one that
                        // is no term either, may be the compound written in two.
                        appendSplitCompounds(around: position, tokens: tokens, text: text, canonical: canonicalBuffer,
                                             arena: arena, filters: filters, to: &matches)
                    }
                }
            }
        }
    }

    /// Appends the phrases that start at word `position` and returns the end of the longest
    /// excluded phrase among them, or 0.
    @inline(never)  // out of `appendMatches`, whose inlining the excluded phrases upset: 52,325 -> 52,253 instructions a mixed line (callgrind)
    private func appendPhrases(startingAt position: Int, in tokens: UnsafeBufferPointer<WordList.Token>,
                               to matches: inout [(ruleIndex: Int, range: Range<Int>)]) -> Int {
        var excludedUntil = 0
        var next = phraseChains[Self.phraseKey(tokens[position].hash, tokens[position + 1].hash)].map { Int($0.first) } ?? -1
        while next >= 0 {
            let phrase = phrases[next]
            if let end = matchEnd(of: phrase, at: position, in: tokens) {
                if Int(phrase.ruleIndex) == Self.exclusion {
                    excludedUntil = max(excludedUntil, end)
                } else {
                    matches.append((Int(phrase.ruleIndex), tokens[position].range.lowerBound..<end))
                }
            }
            next = Int(phrase.next)
        }
        return excludedUntil
    }

    /// The longest a compound written as two words may be, joined, to be looked up.
    static let longestSplitCompound = 48

    /// A German compound written as two words (`Herz Insuffizienz`, `Meniskus Riss`) or with a
    /// hyphen (`Herzrhythmus-Störungen`): the word at `position`, and the word of letters one space
    /// or hyphen before or after it, joined, are a term, or a compound whose stem or head reaches
    /// into both words (so that `meine Insuffizienz` stays one finding). The match then covers
    /// both words. Tried only for words that matched, which few words of a message do, and for
    /// the words around a hyphen.
    @inline(never)  // kept out of `appendMatches`, whose inlining it upset: 51,715 -> 51,483 instructions a mixed line (callgrind)
    private func appendSplitCompounds(around position: Int, tokens: UnsafeBufferPointer<WordList.Token>,
                                      text: UnsafeBufferPointer<UInt8>, canonical: UnsafeBufferPointer<UInt8>,
                                      arena: UnsafeBufferPointer<UInt8>, filters: UnsafeBufferPointer<UInt64>,
                                      to matches: inout [(ruleIndex: Int, range: Range<Int>)]) {
        for first in position - 1...position where first >= 0 && first + 1 < tokens.count {
            let (left, right) = (tokens[first], tokens[first + 1])
            guard right.range.lowerBound == left.range.upperBound + 1,
                  text[left.range.upperBound] == UInt8(ascii: " ") || text[left.range.upperBound] == UInt8(ascii: "-"),
                  (left.shape | right.shape) & WordList.Shape.digit == 0, left.range.count >= 3, right.range.count >= 3 else { continue }
            let leftWord = Self.spelling(of: left, in: text, canonical: canonical)
            let rightWord = Self.spelling(of: right, in: text, canonical: canonical)
            let length = leftWord.count + rightWord.count
            guard length <= Self.longestSplitCompound else { continue }
            let ruleIndex: Int? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { joined in
                _ = joined.initialize(fromContentsOf: leftWord)
                _ = joined[leftWord.count...].initialize(fromContentsOf: rightWord)
                let word = UnsafeBufferPointer(joined)
                let hash = Self.hash(word)
                if contains(layout.wordKey(hash), in: .word, filters), contains(layout.secondWordKey(hash), in: .wordAgain, filters),
                   let entry = entries[hash], !entry.isExcluded, let term = entry.term, Self.bytes(of: term, in: arena).elementsEqual(word) {
                    return Int(term.ruleIndex)
                }
                if mayHoldAffix(word, fromEnd: false, filters: filters),
                   let stem = longestAffix(of: word, in: prefixes, lengths: prefixLengths, longest: longestPrefix,
                                           fromEnd: false, arena: arena, filters: filters), Int(stem.count) > leftWord.count {
                    return Int(stem.ruleIndex)
                }
                if mayHoldAffix(word, fromEnd: true, filters: filters),
                   let head = longestAffix(of: word, in: suffixes, lengths: suffixLengths, longest: longestSuffix,
                                           fromEnd: true, arena: arena, filters: filters), Int(head.count) > rightWord.count {
                    return Int(head.ruleIndex)
                }
                return nil
            }
            if let ruleIndex { matches.append((ruleIndex, left.range.lowerBound..<right.range.upperBound)) }
        }
    }

    /// The fewest syllables, and the longest in bytes, of a word written with a hyphen between
    /// its syllables: `Mutter-Kind-Kur` and `E-Mail-Adresse` are compounds.
    static let minimumSyllables = 3
    static let maximumSyllable = 5

    /// A word written with a hyphen between its syllables, to slip a filter past or as a
    /// dictation app writes it (`Leu-kä-mie`, `de-men-ti-a`, `Me-no-pur`): the words from
    /// `position` on, `minimumSyllables` or more of `maximumSyllable` bytes at most, one hyphen
    /// apart, joined, are a term or one typo from a term (which takes a stem with its ending).
    /// Appends the match over them all and returns true then. Tried for a word before a hyphen
    /// that matched nothing; tried first for every word, with stem and head searches, it cost
    /// 400 instructions a line of the mix, `longestAffix` no longer inlined into `appendMatches`
    /// (callgrind).
    @inline(never)  // rare, kept out of `appendMatches`
    private func appendSyllableWord(startingAt position: Int, tokens: UnsafeBufferPointer<WordList.Token>,
                                    text: UnsafeBufferPointer<UInt8>, canonical: UnsafeBufferPointer<UInt8>,
                                    arena: UnsafeBufferPointer<UInt8>, filters: UnsafeBufferPointer<UInt64>,
                                    to matches: inout [(ruleIndex: Int, range: Range<Int>)]) -> Bool {
        // The run's first word only: `kä-mie` of `Leu-kä-mie` is no word in syllables.
        if position > 0, tokens[position - 1].range.upperBound + 1 == tokens[position].range.lowerBound,
           text[tokens[position].range.lowerBound - 1] == UInt8(ascii: "-") { return false }
        var end = position, length = 0
        while end < tokens.count, tokens[end].range.count <= Self.maximumSyllable, tokens[end].shape & WordList.Shape.digit == 0,
              end == position || (tokens[end].range.lowerBound == tokens[end - 1].range.upperBound + 1
                                  && text[tokens[end].range.lowerBound - 1] == UInt8(ascii: "-")) {
            length += tokens[end].range.count
            end += 1
        }
        guard end - position >= Self.minimumSyllables, length <= TypoKeys.longestWord else { return false }
        let term: Term? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { joined in
            var written = 0
            for token in tokens[position..<end] {
                let spelling = Self.spelling(of: token, in: text, canonical: canonical)
                _ = joined[written...].initialize(fromContentsOf: spelling)
                written += spelling.count
            }
            let word = UnsafeBufferPointer(joined)
            let hash = Self.hash(word)
            if contains(layout.wordKey(hash), in: .word, filters), contains(layout.secondWordKey(hash), in: .wordAgain, filters),
               let entry = entries[hash], !entry.isExcluded, let term = entry.term, Self.bytes(of: term, in: arena).elementsEqual(word) {
                return term
            }
            return typoFilter.isEmpty ? nil : typoMatch(of: word, filters: filters, arena: arena)
        }
        guard let term else { return false }
        matches.append((Int(term.ruleIndex), tokens[position].range.lowerBound..<tokens[end - 1].range.upperBound))
        return true
    }

    /// Whether a separator was taken out inside `range` when a spaced-out run was joined:
    /// `joined` is in text order, and `next` is moved past the stretches before `range`, so the
    /// words of a message walk the stretches once.
    private static func wasJoined(_ range: Range<Int>, _ joined: UnsafeBufferPointer<veil_changed_span>, from next: inout Int) -> Bool {
        while next < joined.count && Int(joined[next].dst_start) < range.lowerBound { next += 1 }
        var index = next
        while index < joined.count && Int(joined[index].dst_start) < range.upperBound {
            if joined[index].dst_len == 0 { return true }
            index += 1
        }
        return false
    }

    /// The fewest and the most letters of a joined word that is tried as a spaced-out phrase:
    /// every cut of it is tried, so a longer one (a megabyte of `a k u t e …` joins into one
    /// word) would take time that grows with its square.
    static let shortestSpacedOutPhrase = 8
    static let longestSpacedOutPhrase = 64

    /// The rule of the term that `word`, a spaced-out run the normaliser joined, spells with
    /// its spaces gone: a phrase (`hipreplacement`: hip replacement), or a word of five letters
    /// or more that ends it (`reallybadnausea`: nausea; `akutesinusitis`: the stem sinusit).
    /// English `a` and `I` before the term were spaced out too and joined to it
    /// (`a h i p r e p …`). Nil when it spells none. Only for joined runs, which are rare:
    /// every way to cut the word is tried.
    private func spacedOutTerm(_ word: UnsafeBufferPointer<UInt8>, filters: UnsafeBufferPointer<UInt64>,
                               arena: UnsafeBufferPointer<UInt8>) -> Int? {
        func entry(_ hash: UInt64) -> WordEntry? {
            guard contains(layout.wordKey(hash), in: .word, filters), contains(layout.secondWordKey(hash), in: .wordAgain, filters) else {
                return nil
            }
            return entries[hash]
        }
        /// Whether `hashes` are the hashes of words that together make `word[start...]`.
        func spells(_ hashes: ArraySlice<UInt64>, from start: Int) -> Bool {
            guard let first = hashes.first else { return start == word.count }
            var hash = Self.offsetBasis
            for end in start..<word.count {
                hash = (hash ^ UInt64(word[end])) &* Self.prime
                if hash == first && spells(hashes.dropFirst(), from: end + 1) { return true }
            }
            return false
        }
        let starts = word[0] == UInt8(ascii: "a") || word[0] == UInt8(ascii: "i") ? [0, 1] : [0]
        for start in starts {
            var firstHash = Self.offsetBasis
            for firstEnd in start..<word.count - 1 {
                firstHash = (firstHash ^ UInt64(word[firstEnd])) &* Self.prime
                guard firstEnd > start, entry(firstHash)?.startsPhrases == true else { continue }
                var secondHash = Self.offsetBasis
                for secondEnd in firstEnd + 1..<word.count {
                    secondHash = (secondHash ^ UInt64(word[secondEnd])) &* Self.prime
                    var next = phraseChains[Self.phraseKey(firstHash, secondHash)].map { Int($0.first) } ?? -1
                    while next >= 0 {
                        let phrase = phrases[next]
                        let hashes = phraseHashes[Int(phrase.hashesStart) + 2..<Int(phrase.hashesStart) + Int(phrase.hashesCount)]
                        if Int(phrase.ruleIndex) != Self.exclusion && spells(hashes, from: secondEnd + 1) { return Int(phrase.ruleIndex) }
                        next = Int(phrase.next)
                    }
                }
            }
        }
        for start in 1...(word.count - 5) {
            let rest = UnsafeBufferPointer(rebasing: word[start...])
            if let term = entry(Self.hash(rest))?.term, Self.bytes(of: term, in: arena).elementsEqual(rest) { return Int(term.ruleIndex) }
            if let term = longestAffix(of: rest, in: prefixes, lengths: prefixLengths, longest: longestPrefix, fromEnd: false,
                                       arena: arena, filters: filters), term.count >= 5 {
                return Int(term.ruleIndex)
            }
        }
        return nil
    }

    /// The term that `word` misspells by one letter dropped, added, replaced or swapped with its
    /// neighbour, after its first letter, or nil. `TypoKeys` of the word and of its
    /// deletions go through `typoFilter` first; only a hit tries the spellings that could be
    /// the term (25 letters at the place, the two swaps, the deletion itself, and for the whole
    /// word a letter added anywhere). A typo from the fifth letter on is looked for in words
    /// whose first four letters begin a term (`typoStarts`), one among the first four in words
    /// with a term's first letter, last three letters and length, give or take one (`typoEnds`):
    /// most words of a message fail both tests. Keyed on the last three letters alone, the
    /// second search cost 2,580 instructions a line of the mix; keyed so, 600 (callgrind).
    /// With the first three letters as the only test, 94% of the words went on and the lexicon
    /// cost 2,400 more instructions per message of the mix (callgrind, 20,000 messages).
    private func typoMatch(of word: UnsafeBufferPointer<UInt8>, filters: UnsafeBufferPointer<UInt64>,
                           arena: UnsafeBufferPointer<UInt8>) -> Term? {
        guard word.count >= Self.minimumTypoLength - 1, word.count <= TypoKeys.longestWord else { return nil }
        let start = TypoKeys.startKey(word), end = TypoKeys.endKey(word, length: word.count)
        let startsTerm = typoStarts[start >> 6] & 1 << UInt64(start & 63) != 0
        let endsTerm = typoEnds[end >> 6] & 1 << UInt64(end & 63) != 0
        let middleShifts = middleTypoShifts(of: word)
        let shapesShortTerm = word.count >= Self.shortTypoTerms.lowerBound - 1 && word.count <= Self.shortTypoTerms.upperBound
            && shapesShortTerm(word)
        guard startsTerm || endsTerm || middleShifts != 0 || shapesShortTerm, word.allSatisfy(ASCII.isLowercaseLetter),
              entries[Self.hash(word)]?.isNotTypo != true else { return nil }
        if startsTerm {
            if let term = typoTerm(misspelledAs: word, stemsOnly: false, filters: filters, arena: arena) { return term }
            // A misspelled stem with its ending (`bronchitus` of `bronchiti…`, `doxycyline` of
            // `doxycyclin…`): the word's first letters, up to `longestStemEnding` short of its end,
            // tried against the stems of one length more, the same or one less.
            if typoStemStarts[start >> 6] & 1 << UInt64(start & 63) != 0 {
                for length in max(Self.minimumTypoLength - 1, word.count - Self.longestStemEnding)..<word.count
                where prefixLengths & (0b111 << UInt64(length - 1)) != 0 {
                    if let term = typoTerm(misspelledAs: UnsafeBufferPointer(rebasing: word[..<length]), stemsOnly: true,
                                           filters: filters, arena: arena) { return term }
                }
            }
        }
        // A typo among the first letters, the first one kept (`shongles`, `tinitus`, `pnuemonia`),
        // in the whole word: found by its last letters, which the typo left as they are.
        if endsTerm, let term = typoTerm(misspelledAs: word, atStart: true, filters: filters, arena: arena) { return term }
        // In a short word, a typo where the first four letters and the last three meet (the
        // third to fifth letter), found by the letters around it.
        if shapesShortTerm, let term = typoTerm(misspelledAs: word, inShortWord: true, filters: filters, arena: arena) { return term }
        // Or by the three letters after the first five, in a long stem (`prendisolone`).
        return middleShifts != 0 ? middleTypoTerm(of: word, shifts: middleShifts, arena: arena) : nil
    }

    /// Whether `word` (of five to seven letters) has a key of `typoShortShapes`.
    private func shapesShortTerm(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func holds(_ key: Int) -> Bool { typoShortShapes[key >> 6] & 1 << UInt64(key & 63) != 0 }
        return (word.count >= Self.shortTypoTerms.lowerBound && holds(TypoKeys.swapKey(word)))
            || (word.count <= Self.shortTypoTerms.lowerBound && holds(TypoKeys.shapeKey(word, length: word.count)))
    }

    /// The term that `word` writes with digits for letters, as people do to slip a filter past
    /// (`T1nn1tus`, `depress10n`, `3mbryo`, `w4rfar1n`): `0` read as `o`, `1` as `i` or `l`,
    /// `3` as `e`, `4` as `a`, `5` as `s`, `7` as `t`; exact, a stem or head, or one typo away.
    /// Only a word of five characters or more with at least twice as many letters as digits.
    private func leetMatch(of word: UnsafeBufferPointer<UInt8>, filters: UnsafeBufferPointer<UInt64>,
                           arena: UnsafeBufferPointer<UInt8>) -> Term? {
        guard word.count >= 5, word.count <= TypoKeys.longestWord else { return nil }
        var digits = 0
        for byte in word {
            switch byte {
            case UInt8(ascii: "0"), UInt8(ascii: "1"), UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "5"), UInt8(ascii: "7"): digits += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): break
            default: return nil
            }
        }
        guard digits > 0, (word.count - digits) >= 2 * digits else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { letters in
            /// The term of `word` with `one` for its `1`s.
            func term(readingOneAs one: UInt8) -> Term? {
                for (index, byte) in word.enumerated() {
                    switch byte {
                    case UInt8(ascii: "0"): letters[index] = UInt8(ascii: "o")
                    case UInt8(ascii: "1"): letters[index] = one
                    case UInt8(ascii: "3"): letters[index] = UInt8(ascii: "e")
                    case UInt8(ascii: "4"): letters[index] = UInt8(ascii: "a")
                    case UInt8(ascii: "5"): letters[index] = UInt8(ascii: "s")
                    case UInt8(ascii: "7"): letters[index] = UInt8(ascii: "t")
                    default: letters[index] = byte
                    }
                }
                let read = UnsafeBufferPointer(letters)
                let hash = Self.hash(read)
                if let term = entries[hash]?.term, Self.bytes(of: term, in: arena).elementsEqual(read) { return term }
                if let term = longestAffix(of: read, in: prefixes, lengths: prefixLengths, longest: longestPrefix, fromEnd: false,
                                           arena: arena, filters: filters) ?? longestAffix(of: read, in: suffixes, lengths: suffixLengths,
                                                                                          longest: longestSuffix, fromEnd: true, arena: arena, filters: filters) {
                    return term
                }
                if !typoFilter.isEmpty, let term = typoMatch(of: read, filters: filters, arena: arena) { return term }
                return nil
            }
            // `l` only where a `1` was read, and as `i` gave nothing: the word is the same otherwise.
            return term(readingOneAs: UInt8(ascii: "i"))
                ?? (word.contains(UInt8(ascii: "1")) ? term(readingOneAs: UInt8(ascii: "l")) : nil)
        }
    }

    /// Which of the places 4, 5 and 6 (bits 0, 1, 2) hold three letters of `word` that follow
    /// the first five letters of a long stem, by `typoMiddleBits`: a typo among the
    /// first letters, a swap of the fourth and fifth too, moves them one place at most.
    private func middleTypoShifts(of word: UnsafeBufferPointer<UInt8>) -> Int {
        guard word.count >= Self.minimumMiddleTypoStem - 1, !typoMiddleTerms.isEmpty else { return 0 }
        var shifts = 0
        for shift in 0..<3 where TypoKeys.keptLetters + shift + 3 <= word.count {
            let bit = TypoKeys.middleBit(TypoKeys.middleKey(word, from: TypoKeys.keptLetters + shift))
            if typoMiddleBits[bit >> 6] & 1 << UInt64(bit & 63) != 0 { shifts |= 1 << shift }
        }
        return shifts
    }

    /// The stem that `word` starts with one typo away, found by the three letters after the
    /// stem's first five (`middleTypoShifts`).
    private func middleTypoTerm(of word: UnsafeBufferPointer<UInt8>, shifts: Int, arena: UnsafeBufferPointer<UInt8>) -> Term? {
        // The word's first six letters hold all but one of a candidate's first five, which
        // turns most candidates away before their letters are compared.
        let wordLetters = TypoKeys.letters(word[..<min(6, word.count)])
        for shift in 0..<3 where shifts & 1 << shift != 0 {
            var next = Int(typoMiddles[TypoKeys.middleKey(word, from: TypoKeys.keptLetters + shift)] ?? -1)
            while next >= 0 {
                let candidate = typoMiddleTerms[next]
                next = Int(candidate.next)
                guard (candidate.firstLetters & ~wordLetters).nonzeroBitCount <= 1 else { continue }
                let term = Self.bytes(of: candidate.term, in: arena)
                for length in term.count - 1...term.count + 1 where length <= word.count {
                    if Self.isOneEditAway(UnsafeBufferPointer(rebasing: word[..<length]), term) { return candidate.term }
                }
            }
        }
        return nil
    }

    /// The longest ending after a misspelled stem that `typoMatch` looks past (`-ung` after `behandl…`).
    static let longestStemEnding = 4

    /// The term (with `stemsOnly`, the stem) one typo from `word`, or nil: a typo after the
    /// kept letters, with `atStart` among them, after the first letter, or with `inShortWord`
    /// at its third to fifth letter.
    private func typoTerm(misspelledAs word: UnsafeBufferPointer<UInt8>, stemsOnly: Bool = false, atStart: Bool = false,
                          inShortWord: Bool = false, filters: UnsafeBufferPointer<UInt64>, arena: UnsafeBufferPointer<UInt8>) -> Term? {
        // Where a letter may have been dropped, replaced or swapped, and where one may be missing
        // (after the word's last letter too, unless the typo is among the first letters).
        let places = inShortWord ? 2..<min(TypoKeys.keptLetters + 1, word.count)
            : atStart ? 1..<min(TypoKeys.keptLetters, word.count) : TypoKeys.keptLetters..<word.count
        let missingPlaces = atStart || inShortWord ? places : places.lowerBound..<word.count + 1
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: word.count + 1) { keys in
            TypoKeys.keys(of: word, into: keys)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 1) { spelling in
                typoFilter.withUnsafeBufferPointer { typoFilter in
                    // keys[0] is the whole word's, keys[1 + i] the word's without letter i.
                    if typoHit(keys[0], typoFilter),
                       let term = termMissingALetter(in: word, at: missingPlaces, spelling: spelling, stemsOnly: stemsOnly, filters: filters, arena: arena) {
                        return term
                    }
                    for deleted in places where typoHit(keys[1 + deleted], typoFilter) {
                        if let term = termAround(deleted, in: word, firstSwap: places.lowerBound, spelling: spelling,
                                                 stemsOnly: stemsOnly, filters: filters, arena: arena) {
                            return term
                        }
                    }
                    return nil
                }
            }
        }
    }

    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private func typoHit(_ key: UInt64, _ typoFilter: UnsafeBufferPointer<UInt64>) -> Bool {
        let (first, second) = TypoKeys.bits(of: key, filterBits: typoFilterBits)
        return typoFilter[first >> 6] & 1 << UInt64(first & 63) != 0 && typoFilter[second >> 6] & 1 << UInt64(second & 63) != 0
    }

    /// The term `word` is with a letter added at one of `places`.
    private func termMissingALetter(in word: UnsafeBufferPointer<UInt8>, at places: Range<Int>, spelling: UnsafeMutableBufferPointer<UInt8>,
                                    stemsOnly: Bool, filters: UnsafeBufferPointer<UInt64>, arena: UnsafeBufferPointer<UInt8>) -> Term? {
        for place in places {
            for index in 0..<place { spelling[index] = word[index] }
            for index in place..<word.count { spelling[index + 1] = word[index] }
            for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
                spelling[place] = letter
                if let term = typoTerm(UnsafeBufferPointer(rebasing: spelling[..<(word.count + 1)]), stemsOnly: stemsOnly, filters: filters, arena: arena) { return term }
            }
        }
        return nil
    }

    /// The term `word` is with the letter at `place` dropped, replaced, or swapped with a
    /// neighbour at `firstSwap` or later.
    private func termAround(_ place: Int, in word: UnsafeBufferPointer<UInt8>, firstSwap: Int, spelling: UnsafeMutableBufferPointer<UInt8>,
                            stemsOnly: Bool, filters: UnsafeBufferPointer<UInt64>, arena: UnsafeBufferPointer<UInt8>) -> Term? {
        for index in 0..<place { spelling[index] = word[index] }
        for index in (place + 1)..<word.count { spelling[index - 1] = word[index] }
        if let term = typoTerm(UnsafeBufferPointer(rebasing: spelling[..<(word.count - 1)]), stemsOnly: stemsOnly, filters: filters, arena: arena) { return term }
        for index in word.indices { spelling[index] = word[index] }
        let whole = UnsafeBufferPointer(rebasing: spelling[..<word.count])
        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") where letter != word[place] {
            spelling[place] = letter
            if let term = typoTerm(whole, stemsOnly: stemsOnly, filters: filters, arena: arena) { return term }
        }
        spelling[place] = word[place]
        for first in [place - 1, place] where first >= firstSwap && first + 1 < word.count && word[first] != word[first + 1] {
            spelling.swapAt(first, first + 1)
            if let term = typoTerm(whole, stemsOnly: stemsOnly, filters: filters, arena: arena) { return term }
            spelling.swapAt(first, first + 1)
        }
        return nil
    }

    /// The word term or stem (with `stemsOnly`, the stem) spelled `candidate`, when it is long
    /// enough to be misspelled.
    private func typoTerm(_ candidate: UnsafeBufferPointer<UInt8>, stemsOnly: Bool, filters: UnsafeBufferPointer<UInt64>,
                          arena: UnsafeBufferPointer<UInt8>) -> Term? {
        guard candidate.count >= Self.minimumTypoLength else { return nil }
        let hash = Self.hash(candidate)
        if !stemsOnly, contains(layout.wordKey(hash), in: .word, filters), let term = entries[hash]?.term,
           Self.bytes(of: term, in: arena).elementsEqual(candidate) {
            return term
        }
        // A stem written as a whole word (`bluthochdrukc`).
        if contains(layout.affixKey(hash), in: .affix, filters), let term = prefixes[hash],
           Self.bytes(of: term, in: arena).elementsEqual(candidate) {
            return term
        }
        return nil
    }

    private static func bytes(of term: Term, in arena: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: arena[Int(term.start)..<Int(term.start + term.count)])
    }

    /// Where `phrase` ends in the text when it starts at token `position`, or nil.
    /// With `except`, the word at that place of the phrase may differ (a misspelt word's).
    private func matchEnd(of phrase: Phrase, at position: Int, in tokens: UnsafeBufferPointer<WordList.Token>, except: Int = -1) -> Int? {
        let count = Int(phrase.hashesCount)
        guard position + count <= tokens.count else { return nil }
        for offset in 0..<count where offset != except && tokens[position + offset].hash != phraseHashes[Int(phrase.hashesStart) + offset] {
            return nil
        }
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
            guard contains(layout.affixKey(hash), in: .affix, filters), let term = table[hash], Int(term.count) == length else { continue }
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
        if term.allSatisfy(ASCII.isLowercaseLetter) { return term.isEmpty ? [] : [term] }
        return term.withUnsafeBufferPointer { buffer in
            words.tokenize(buffer)
            return words.tokens.map { token in token.canonical.map { Array(words.canonical[$0]) } ?? Array(buffer[token.range]) }
        }
    }

    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static var offsetBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static var prime: UInt64 { 0x0100_0000_01B3 }

    /// FNV-1a, 64 bits: words, stems and heads alike, so that `longestAffix` and the tokenizer
    /// can extend a hash byte by byte.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

/// Keys of a word and of its one-letter deletions for `LexiconMatcher`'s typo filter: a word
/// one typo away from a term shares a deletion with it (or is one, or has the term as one), and
/// a polynomial hash gives every deletion's key in constant time from the word's prefix and
/// suffix hashes, so a word of n letters costs O(n), not O(n²).
enum TypoKeys {
    /// The longest word looked at, in bytes.
    static let longestWord = 40
    private static let base: UInt64 = 0x100_0000_01B3
    /// `base` to the power 0 … `longestWord`.
    private static let powers: [UInt64] = (0..<longestWord).reduce(into: [1]) { powers, _ in powers.append(powers[powers.count - 1] &* base) }

    /// Writes the key of the whole word to `keys[0]`, and of the word without its letter `i`
    /// to `keys[1 + i]`: `keys` holds `word.count + 1`.
    static func keys(of word: UnsafeBufferPointer<UInt8>, into keys: UnsafeMutableBufferPointer<UInt64>) {
        let count = word.count
        powers.withUnsafeBufferPointer { powers in
            // keys[1 + i] first holds the hash of word[(i + 1)...], as if it ended the word.
            var suffix: UInt64 = 0
            for index in stride(from: count - 1, through: 0, by: -1) {
                keys[1 + index] = suffix
                suffix = UInt64(word[index]) &* powers[count - 1 - index] &+ suffix
            }
            keys[0] = mix(suffix, length: count)
            var prefix: UInt64 = 0
            for index in 0..<count {
                keys[1 + index] = mix(prefix &* powers[count - 1 - index] &+ keys[1 + index], length: count - 1)
                prefix = prefix &* base &+ UInt64(word[index])
            }
        }
    }

    /// How many letters at the start of a word a typo leaves as they are.
    static let keptLetters = 4

    /// A 16-bit key of the first `keptLetters` letters of `word`, which has more.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    static func startKey(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = UInt32(word[0]) | UInt32(word[1]) << 8 | UInt32(word[2]) << 16 | UInt32(word[3]) << 24
        return Int(truncatingIfNeeded: (bytes &* 0x9E37_79B1) >> 16)
    }

    /// A key of `word`'s first letter and the three letters from `start`.
    static func middleKey(_ word: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        let bytes = UInt64(word[0]) | UInt64(word[start]) << 8 | UInt64(word[start + 1]) << 16 | UInt64(word[start + 2]) << 24
        return bytes &* 0x9E37_79B9_7F4A_7C15
    }

    /// A bit for each letter `a`…`z` among `letters`.
    static func letters(_ letters: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32 {
        letters.reduce(0) { $0 | 1 << UInt32(($1 &- UInt8(ascii: "a")) & 31) }
    }

    /// The bits of the filter of `middleKey`s.
    static let middleBits = 20

    /// The bit of `middleKey` in a filter of 2^`middleBits` bits.
    static func middleBit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> UInt64(64 - middleBits)) }

    /// The bits of `endKey`.
    static let endKeyBits = 20

    /// An `endKeyBits`-bit key of the first and last three letters of `word` (which has more)
    /// and of `length`.
    @inline(__always)  // beside `startKey`, for every word of six letters or more that the lexicon does not hold
    static func endKey(_ word: UnsafeBufferPointer<UInt8>, length: Int) -> Int {
        let count = word.count
        let bytes = UInt64(word[0]) | UInt64(word[count - 3]) << 8 | UInt64(word[count - 2]) << 16
            | UInt64(word[count - 1]) << 24 | UInt64(length) << 32
        return Int(truncatingIfNeeded: (bytes &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - endKeyBits))
    }

    /// An `endKeyBits`-bit key of a word of six or seven letters that a swap among its third
    /// to fifth letters keeps: those three in order of size, the others in place.
    static func swapKey(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let third = UInt64(word[2]), fourth = UInt64(word[3]), fifth = UInt64(word[4])
        let smallest = min(third, fourth, fifth), largest = max(third, fourth, fifth)
        let middle = third ^ fourth ^ fifth ^ smallest ^ largest
        let last = word.count > 6 ? UInt64(word[6]) : 0
        let bytes = UInt64(word[0]) | UInt64(word[1]) << 8 | smallest << 16 | middle << 24 | largest << 32
            | UInt64(word[5]) << 40 | last << 48 | UInt64(word.count) << 56
        return Int(truncatingIfNeeded: (bytes &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - endKeyBits))
    }

    /// An `endKeyBits`-bit key of `word`'s first three letters, last two and `length`.
    static func shapeKey(_ word: UnsafeBufferPointer<UInt8>, length: Int) -> Int {
        let count = word.count
        let bytes = UInt64(word[0]) | UInt64(word[1]) << 8 | UInt64(word[2]) << 16 | UInt64(word[count - 2]) << 24
            | UInt64(word[count - 1]) << 32 | UInt64(length) << 40
        return Int(truncatingIfNeeded: (bytes &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - endKeyBits))
    }

    private static func mix(_ hash: UInt64, length: Int) -> UInt64 {
        var key = hash ^ UInt64(length) &* 0x9E37_79B9_7F4A_7C15
        key ^= key >> 31
        return key &* 0xBF58_476D_1CE4_E5B9
    }

    /// The two bits of `key` in a filter of `filterBits` bits.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    static func bits(of key: UInt64, filterBits: Int) -> (Int, Int) {
        (Int(truncatingIfNeeded: key >> UInt64(64 - filterBits)), Int(truncatingIfNeeded: key) & (1 << filterBits - 1))
    }
}

/// An open-addressing table keyed by a 64-bit hash that is already computed, so a lookup is a
/// multiply-free probe instead of a second hash of the key.
struct HashedTable<Value: Sendable>: Sendable {
    private var storedKeys: [UInt64] = Array(repeating: 0, count: 16)
    private var values: [Value?] = Array(repeating: nil, count: 16)
    private var count = 0

    subscript(hash: UInt64) -> Value? {
        get {
            guard count > 0 else { return nil }
            let key = hash == 0 ? 1 : hash
            let mask = storedKeys.count - 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = storedKeys[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > storedKeys.count { grow() }
            let key = hash == 0 ? 1 : hash
            let mask = storedKeys.count - 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while storedKeys[slot] != 0 && storedKeys[slot] != key { slot = (slot + 1) & mask }
            if storedKeys[slot] == 0 { count += 1 }
            storedKeys[slot] = key
            values[slot] = newValue
        }
    }

    var isEmpty: Bool { count == 0 }

    /// Makes room for `capacity` keys without growing.
    mutating func reserve(_ capacity: Int) {
        var size = storedKeys.count
        while size < capacity * 2 { size *= 2 }
        guard size > storedKeys.count else { return }
        let old = zip(storedKeys, values).filter { $0.0 != 0 }
        storedKeys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        count = 0
        for (key, value) in old { self[key] = value }
    }

    /// The number of keys stored.
    var storedCount: Int { count }
    /// The keys stored, in no order (a hash of 0 is stored as 1).
    var keys: [UInt64] { storedKeys.filter { $0 != 0 } }

    private mutating func grow() {
        let old = zip(storedKeys, values).filter { $0.0 != 0 }
        storedKeys = Array(repeating: 0, count: storedKeys.count * 2)
        values = Array(repeating: nil, count: storedKeys.count)
        count = 0
        for (key, value) in old { self[key] = value }
    }
}
