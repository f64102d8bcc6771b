#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What every match of a regex rule must contain, so that a message without it never reaches
/// the rule's regex. Each field is a promise made by the pack author about the regex; a wrong
/// promise hides matches, so each must be true of every possible match (in the normalised
/// text). Tests check every rule's examples against its promises and compare findings with and
/// without the prefilter over all test corpora.
public struct Prefilter: Sendable, Equatable {
    /// The fewest ASCII digits a match holds (`min_digits`).
    public var minDigits: Int
    /// The longest run of digits a match holds at least, where two digits of a run may be
    /// separated by one space, dot, dash or slash (`min_digit_run`): `12.03.2024` is a run of 8,
    /// `49,99` two runs of 2.
    public var minDigitRun: Int
    /// The lengths of which a match's digits form one whole run (`digit_run_lengths`): for a rule
    /// whose look-arounds forbid a digit, or a separator and a digit, on either side, such as
    /// an 11-digit tax ID. A message without a run of one of these lengths skips the rule, so an
    /// IBAN (a run of 20) does not wake the 11-digit rules. Runs of 63 digits or more count as 63.
    public var digitRunLengths: [Int]
    /// The longest stretch of a match without a space, in bytes of the normalised text
    /// (`min_token_length`): a codice fiscale is 16 characters in one piece.
    public var minTokenLength: Int
    /// Strings of which a match holds at least one (`must_contain`), written as they look
    /// after normalisation (lower case): `@` for an e-mail address.
    public var mustContain: [String]
    /// Strings of which a match starts with one (`starts_with`), written as they look after
    /// normalisation, for a rule whose match begins with a word list after a look-behind that
    /// keeps letters and digits out (`(?<![\p{L}\p{N}])(?:hba1c|blutzucker|…)`): the strings are
    /// looked for only where no ASCII letter or digit stands before them, which skips most of
    /// a message. Like `mustContain`, they speak of the whole match, also for a rule with a
    /// `value` group (whose match starts with the label the value follows).
    public var startsWith: [String]
    /// What the first word of every match holds (`first_word_holds`: `letter`, `digit` or
    /// both), for a rule whose match starts where a run of ASCII letters and digits starts (no
    /// ASCII letter or digit before it), such as an IBAN's `de89`. Veil then tries the regex only
    /// at the starts of such runs that hold what is listed, one anchored match each, instead of
    /// at every position of the message.
    public var firstWordHolds: [CharacterKind]
    /// The lengths the first word of every match can have (`first_word_lengths`), for a rule
    /// whose match starts where a run of ASCII letters and digits starts and whose first such
    /// run is whole within the match, such as a German ID card number (9 or 10 characters
    /// bounded by `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`). Like `firstWordHolds`, it makes
    /// Veil try the regex, anchored, only at such runs; runs of 63 characters or more count as 63.
    public var firstWordLengths: [Int]
    /// A string that every match holds with no space between the match's start and it
    /// (`no_space_before`), such as the `@` of an e-mail address. Veil then looks for matches
    /// only from the start of the space-free stretch before each occurrence of the string up to
    /// the occurrence, instead of from every position of the message.
    public var noSpaceBefore: String?

    /// ASCII symbols of which every match holds one, as `MessageProfile.symbolBit`s, read
    /// from the regex (`RegexFacts`); 0 for none. Not written by authors.
    var requiredSymbols: UInt64 = 0

    /// This prefilter with what `facts` says of the rule's regex added: the larger digit count,
    /// digit run and stretch without a space, the symbols a match needs, the words a match
    /// starts with unless the author listed some, and the lengths of its whole digit runs and
    /// of its first word, and what that word holds, unless the author listed them. All speak of
    /// the whole match, also when the finding is a `value` group in it (the label before a number).
    func adding(_ facts: RegexFacts) -> Prefilter {
        var prefilter = self
        prefilter.minDigits = max(minDigits, facts.minDigits)
        prefilter.requiredSymbols = facts.rarestSymbolSet
        if startsWith.isEmpty, let words = facts.startsWith,
           words.allSatisfy({ $0.utf8.count >= RegexFacts.shortestUsefulStart }) {
            prefilter.startsWith = words
        }
        prefilter.minDigitRun = max(minDigitRun, facts.minDigitRun)
        prefilter.minTokenLength = max(minTokenLength, facts.minTokenLength)
        if digitRunLengths.isEmpty { prefilter.digitRunLengths = facts.digitRunLengths }
        if firstWordLengths.isEmpty && firstWordHolds.isEmpty && !facts.firstWordLengths.isEmpty {
            prefilter.firstWordLengths = facts.firstWordLengths
            if facts.firstWordHoldsLetter { prefilter.firstWordHolds.append(.letter) }
            // When the first run is the whole match, what the whole match holds, that run holds.
            if facts.firstWordHoldsDigit || (facts.firstWordIsWholeMatch && prefilter.minDigits > 0) {
                prefilter.firstWordHolds.append(.digit)
            }
        }
        return prefilter
    }

    /// A kind of character that `firstWordHolds` can ask for.
    public enum CharacterKind: String, Sendable, CaseIterable {
        case letter, digit

        var bit: UInt8 { self == .letter ? WordRuns.letter : WordRuns.digit }
    }

    public init(minDigits: Int = 0, minDigitRun: Int = 0, digitRunLengths: [Int] = [], minTokenLength: Int = 0,
                mustContain: [String] = [], startsWith: [String] = [], firstWordHolds: [CharacterKind] = [],
                firstWordLengths: [Int] = [], noSpaceBefore: String? = nil) {
        self.minDigits = minDigits
        self.minDigitRun = minDigitRun
        self.digitRunLengths = digitRunLengths
        self.minTokenLength = minTokenLength
        self.mustContain = mustContain
        self.startsWith = startsWith
        self.firstWordHolds = firstWordHolds
        self.firstWordLengths = firstWordLengths
        self.noSpaceBefore = noSpaceBefore
    }

    /// `firstWordHolds` as `WordRuns` bits; 0 when the rule asks for nothing.
    var firstWordKinds: UInt8 { firstWordHolds.reduce(0) { $0 | $1.bit } }

    /// Whether the rule is tried only at the starts of word runs (`firstWordHolds` or `firstWordLengths`).
    var startsAtWordRuns: Bool { !firstWordHolds.isEmpty || !firstWordLengths.isEmpty }

    /// `firstWordLengths` as bits (`MessageProfile.lengthBits`); 0 when the rule asks for none.
    var firstWordLengthBits: UInt64 { MessageProfile.lengthBits(firstWordLengths) }

    /// The numeric promises as plain values, for the matching loop; `mustContain` and
    /// `startsWith` are checked apart, with their strings' bytes prepared once (`needles`).
    var thresholds: PrefilterThresholds {
        let declared = mustContainSymbols
        // Either set is a true promise; the one with fewer symbols admits fewer messages.
        let symbols = declared == 0 || (requiredSymbols != 0 && requiredSymbols.nonzeroBitCount < declared.nonzeroBitCount)
            ? requiredSymbols : declared
        return PrefilterThresholds(minDigits: minDigits, minDigitRun: minDigitRun, minTokenLength: minTokenLength,
                                   digitRunLengths: MessageProfile.lengthBits(digitRunLengths), symbols: symbols)
    }

    /// When every `mustContain` string starts with an ASCII byte other than a letter or digit
    /// (`@`, `/`), those bytes as `MessageProfile.symbolBit`s, of which a message needs one;
    /// else 0.
    private var mustContainSymbols: UInt64 {
        let firstBytes = needles.contained.strings.compactMap(\.first)
        guard !firstBytes.isEmpty, firstBytes.count == mustContain.count,
              firstBytes.allSatisfy({ $0 < 0x80 && !ASCII.isAlphanumeric($0) }) else { return 0 }
        return firstBytes.reduce(0) { $0 | MessageProfile.symbolBit($1) }
    }

    /// `mustContain` and `startsWith` as bytes of normalised text.
    var needles: PrefilterNeedles {
        PrefilterNeedles(contained: mustContain.map { ContextWords.foldedBytes($0) },
                         starts: startsWith.map { ContextWords.foldedBytes($0) })
    }

    /// `noSpaceBefore` as bytes of normalised text.
    var unspacedNeedle: [UInt8]? { noSpaceBefore.map { ContextWords.foldedBytes($0) } }

    /// Whether `match` (a whole match, normalised) holds everything this prefilter asks for.
    func holds(for match: UnsafeBufferPointer<UInt8>) -> Bool {
        let needles = needles
        let words = WordList()
        words.tokenize(match)
        return thresholds.admit(MessageProfile(match, words: words)) && needles.containsOne(in: match)
            && (needles.starts.isEmpty || needles.starts.strings.contains { match.starts(with: $0) })
            && WordRuns.run(at: 0, in: match).admits(kinds: firstWordKinds, lengths: firstWordLengthBits)
            && unspacedNeedle.map { UnspacedStretches.holdsUnspaced($0, from: 0, in: match) } ?? true
    }
}

/// Where matches of a rule with `no_space_before` can start: for each occurrence of its
/// string, from the start of the stretch without a space that holds it up to the occurrence.
enum UnspacedStretches {
    /// Calls `body` with the start positions to try before each occurrence of `needle` in
    /// `text`, in order and without overlap, until `body` throws.
    static func forEachWindow<Failure: Error>(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>,
                                              _ body: (ClosedRange<Int>) throws(Failure) -> Void) throws(Failure) {
        var tried = 0  // every start below this has been tried
        while let occurrence = ByteSearch.firstIndex(of: needle, in: text, from: tried) {
            var stretchStart = occurrence
            while stretchStart > tried && text[stretchStart - 1] != 0x20 { stretchStart -= 1 }
            try body(stretchStart...occurrence)
            tried = occurrence + 1
        }
    }

    /// Whether `needle` occurs in `text` with no space between `start` and it.
    static func holdsUnspaced(_ needle: [UInt8], from start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        var index = start
        while index + needle.count <= text.count {
            if text[index] == 0x20 { return false }
            if ByteSearch.matches(needle, in: text, at: index) { return true }
            index += 1
        }
        return false
    }
}

/// A rule's `must_contain` and `starts_with` strings as normalised bytes, checked against a
/// message after its numeric promises.
struct PrefilterNeedles: Sendable {
    /// `must_contain`: one must occur anywhere.
    let contained: NeedleSet
    /// `starts_with`: one must occur where no ASCII letter or digit stands before it.
    let starts: NeedleSet

    /// Whether every string of `starts` begins with an ASCII letter or digit, so that the
    /// starts of the message's `WordRuns` are the only places one can begin.
    let startsAtWordRuns: Bool

    init(contained: [[UInt8]], starts: [[UInt8]]) {
        self.contained = NeedleSet(contained)
        self.starts = NeedleSet(starts)
        startsAtWordRuns = !starts.isEmpty && starts.allSatisfy { ASCII.isAlphanumeric($0[0]) }
    }

    var isEmpty: Bool { contained.isEmpty && starts.isEmpty }

    /// Whether `text` (normalised) holds what both lists ask for; true for empty lists.
    /// `wordRuns` must be the text's when `startsAtWordRuns`.
    func admit(_ text: UnsafeBufferPointer<UInt8>, wordRuns: WordRuns) -> Bool {
        guard containsOne(in: text) else { return false }
        guard !starts.isEmpty else { return true }
        // A match that begins after a look-behind excluding letters and digits (`\p{L}`, `\p{N}`)
        // begins where no ASCII letter or digit stands before it: only there is looked.
        if startsAtWordRuns {
            // Most messages start no word as any string starts: the pairs of first bytes of all
            // their words, noted once per message, say so in a test or two per rule (mix of
            // 20,000 lines: 49,860 → 49,125 instructions a line; phone-heavy 105,837 → 103,551).
            guard starts.hasShortString || wordRuns.startsAPair(of: starts.pairFilterWords) else { return false }
            return starts.occurs(in: text, atStartsOf: wordRuns.runs)
        }
        var afterAlphanumeric = false
        for index in text.indices {
            if !afterAlphanumeric && starts.occurs(in: text, at: index) { return true }
            afterAlphanumeric = ASCII.isAlphanumeric(text[index])
        }
        return false
    }

    func containsOne(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        contained.isEmpty || contained.occursAnywhere(in: text)
    }
}

/// Strings laid end to end and bucketed by first byte, so that a loop over a message touches no
/// array references and compares each position only with the strings that begin like it.
struct NeedleSet: Sendable {
    let strings: [[UInt8]]
    private let bytes: [UInt8]
    /// String `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let offsets: [Int]
    /// The strings starting with byte `b` are `byFirstByte[b]..<byFirstByte[b + 1]`.
    private let byFirstByte: [Int]
    /// The distinct first bytes, when there are at most `maxFirstBytesForMemchr`: each is then
    /// found with `memchr`, which skips the bytes between in vector steps.
    private let firstBytes: [UInt8]
    private static let maxFirstBytesForMemchr = 4
    /// Bit `pairKey` of the first two bytes of every string, and whether some string is shorter
    /// than two bytes (then the filter is not used).
    private let pairFilter: [UInt64]
    /// The words of `pairFilter` that have a bit set, with their index.
    let pairFilterWords: [(index: Int, bits: UInt64)]
    let hasShortString: Bool
    static let pairKeys = 4096

    init(_ strings: [[UInt8]]) {
        self.strings = strings
        let sorted = strings.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
        bytes = sorted.flatMap { $0 }
        offsets = sorted.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        byFirstByte = (0...256).map { byte in sorted.firstIndex { Int($0.first ?? 0) >= byte } ?? sorted.count }
        let distinct = Array(Set(strings.compactMap(\.first))).sorted()
        firstBytes = distinct.count <= Self.maxFirstBytesForMemchr ? distinct : []
        var pairFilter = [UInt64](repeating: 0, count: Self.pairKeys / 64)
        for string in strings where string.count >= 2 {
            let key = Self.pairKey(string[0], string[1])
            pairFilter[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.pairFilter = pairFilter
        pairFilterWords = pairFilter.enumerated().filter { $0.element != 0 }.map { ($0.offset, $0.element) }
        hasShortString = strings.contains { $0.count < 2 }
    }

    /// A key of two bytes, for `pairFilter`.
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func pairKey(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 31 &+ Int(second)) & (pairKeys - 1)
    }

    /// Whether one of the strings stands in `text` at one of the `runs`' starts: a position
    /// whose first two bytes begin no string is passed over after one bit test.
    func occurs(in text: UnsafeBufferPointer<UInt8>, atStartsOf runs: UnsafeBufferPointer<WordRuns.Run>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    pairFilter.withUnsafeBufferPointer { pairFilter in
                        for run in runs {
                            let index = run.start
                            if !hasShortString {
                                guard index + 1 < text.count else { continue }
                                let key = Self.pairKey(text[index], text[index + 1])
                                guard pairFilter[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
                            }
                            let first = Int(text[index])
                            if Self.occurs(in: text, at: index, candidates: byFirstByte[first]..<byFirstByte[first + 1],
                                           bytes: bytes, offsets: offsets) {
                                return true
                            }
                        }
                        return false
                    }
                }
            }
        }
    }

    var isEmpty: Bool { strings.isEmpty }

    /// Whether one of the strings stands in `text` at `index`.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    func occurs(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let first = Int(text[index])
        return bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    Self.occurs(in: text, at: index, candidates: byFirstByte[first]..<byFirstByte[first + 1], bytes: bytes, offsets: offsets)
                }
            }
        }
    }

    /// Whether one of the strings occurs anywhere in `text`: a single string is found with
    /// `memchr`, several in one pass that compares only where a string's first byte stands.
    func occursAnywhere(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        if strings.count == 1 { return ByteSearch.contains(strings[0], in: text) }
        return bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    if !firstBytes.isEmpty, let base = text.baseAddress {
                        for first in firstBytes {
                            let candidates = byFirstByte[Int(first)]..<byFirstByte[Int(first) + 1]
                            var index = 0
                            while index < text.count, let found = memchr(base + index, Int32(first), text.count - index) {
                                let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                                if Self.occurs(in: text, at: position, candidates: candidates, bytes: bytes, offsets: offsets) { return true }
                                index = position + 1
                            }
                        }
                        return false
                    }
                    for index in text.indices {
                        let first = Int(text[index])
                        let candidates = byFirstByte[first]..<byFirstByte[first + 1]
                        if !candidates.isEmpty && Self.occurs(in: text, at: index, candidates: candidates, bytes: bytes, offsets: offsets) {
                            return true
                        }
                    }
                    return false
                }
            }
        }
    }

    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private static func occurs(in text: UnsafeBufferPointer<UInt8>, at index: Int, candidates: Range<Int>,
                                                 bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int>) -> Bool {
        for string in candidates {
            let start = offsets[string], count = offsets[string + 1] - start
            guard index + count <= text.count else { continue }
            var offset = 1
            while offset < count && text[index + offset] == bytes[start + offset] { offset += 1 }
            if offset == count { return true }
        }
        return false
    }
}

/// A prefilter's numeric promises, without references, so the matching loop copies no arrays.
struct PrefilterThresholds {
    let minDigits: Int
    let minDigitRun: Int
    let minTokenLength: Int
    /// `MessageProfile.digitRunLengths` bits of which a message needs one; 0 when the rule asks for none.
    let digitRunLengths: UInt64
    /// `MessageProfile.symbols` bits of which a message needs one; 0 when the rule asks for none.
    var symbols: UInt64 = 0

    func admit(_ profile: MessageProfile) -> Bool {
        profile.digits >= minDigits && profile.longestDigitRun >= minDigitRun && profile.longestToken >= minTokenLength
            && (digitRunLengths == 0 || profile.digitRunLengths & digitRunLengths != 0)
            && (symbols == 0 || profile.symbols & symbols != 0)
    }
}

/// The regex rules that each measure of a message admits, as bit sets indexed by the
/// measure's value, so that the rules a message admits come from a few lookups and an `and`
/// instead of four comparisons per rule.
struct AdmissionTable: Sendable {
    /// `UInt64`s per set: one bit per rule.
    let setWords: Int
    /// For each measure, the set of rules whose threshold is at most the value, for values
    /// from 0 to the largest threshold (a larger value admits what the largest does).
    private let byDigits: [UInt64]
    private let byDigitRun: [UInt64]
    private let byTokenLength: [UInt64]
    /// The largest threshold of each measure: the last value that has a set of its own.
    private let largestDigits: Int
    private let largestDigitRun: Int
    private let largestTokenLength: Int
    /// For each whole-run length bit (0–63), the rules that accept a run of that length.
    private let byRunLength: [UInt64]
    /// The rules that ask for no run length.
    private let withoutRunLengths: [UInt64]
    /// For each symbol bit (0–63), the rules that need a symbol of that bit; the rules that
    /// need none; and every bit some rule needs.
    private let bySymbol: [UInt64]
    private let withoutSymbols: [UInt64]
    private let usedSymbols: UInt64

    /// The table of `rules`, whose indices become the bits.
    init(_ rules: [PrefilterThresholds]) {
        let setWords = (rules.count + 63) / 64
        func sets(_ threshold: (PrefilterThresholds) -> Int) -> [UInt64] {
            let largest = rules.map(threshold).max() ?? 0
            var sets = [UInt64](repeating: 0, count: (largest + 1) * setWords)
            for (index, rule) in rules.enumerated() {
                for value in threshold(rule)...largest { sets[value * setWords + index / 64] |= 1 << UInt64(index % 64) }
            }
            return sets
        }
        self.setWords = setWords
        byDigits = sets(\.minDigits)
        byDigitRun = sets(\.minDigitRun)
        byTokenLength = sets(\.minTokenLength)
        largestDigits = rules.map(\.minDigits).max() ?? 0
        largestDigitRun = rules.map(\.minDigitRun).max() ?? 0
        largestTokenLength = rules.map(\.minTokenLength).max() ?? 0
        (byRunLength, withoutRunLengths) = Self.bitSets(rules, setWords: setWords, \.digitRunLengths)
        (bySymbol, withoutSymbols) = Self.bitSets(rules, setWords: setWords, \.symbols)
        usedSymbols = rules.reduce(0) { $0 | $1.symbols }
    }

    /// For a measure whose values are 64 bits of which a rule needs one (`bits`, 0 for none):
    /// for each bit, the rules that accept it, and the rules that need none.
    private static func bitSets(_ rules: [PrefilterThresholds], setWords: Int,
                                _ bits: (PrefilterThresholds) -> UInt64) -> (byBit: [UInt64], without: [UInt64]) {
        var byBit = [UInt64](repeating: 0, count: 64 * setWords)
        var without = [UInt64](repeating: 0, count: setWords)
        for (index, rule) in rules.enumerated() {
            let bit: UInt64 = 1 << UInt64(index % 64)
            guard bits(rule) != 0 else {
                without[index / 64] |= bit
                continue
            }
            for position in 0..<64 where bits(rule) & (1 << UInt64(position)) != 0 {
                byBit[position * setWords + index / 64] |= bit
            }
        }
        return (byBit, without)
    }

    /// The rules that `profile` admits, as the bits of word `word` of the set (rules
    /// `64 * word` and up; words `0..<setWords`).
    func admitted(by profile: MessageProfile, inWord word: Int) -> UInt64 {
        var admitted = Self.set(byDigits, min(profile.digits, largestDigits), word, setWords)
            & Self.set(byDigitRun, min(profile.longestDigitRun, largestDigitRun), word, setWords)
            & Self.set(byTokenLength, min(profile.longestToken, largestTokenLength), word, setWords)
        admitted &= Self.set(byRunLength, withoutRunLengths, present: profile.digitRunLengths, word, setWords)
        admitted &= Self.set(bySymbol, withoutSymbols, present: profile.symbols & usedSymbols, word, setWords)
        return admitted
    }

    /// The rules that the `present` bits of a measure admit: those that need none, and those
    /// that accept one of them (`bitSets`).
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private static func set(_ byBit: [UInt64], _ without: [UInt64], present: UInt64, _ word: Int,
                                              _ setWords: Int) -> UInt64 {
        var set = without[word]
        var present = present
        while present != 0 {
            set |= byBit[present.trailingZeroBitCount * setWords + word]
            present &= present - 1
        }
        return set
    }

    /// The set of `sets` (one per value, each `setWords` long) for `value`, which the caller
    /// has clamped to the largest threshold.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private static func set(_ sets: [UInt64], _ value: Int, _ word: Int, _ setWords: Int) -> UInt64 {
        sets[value * setWords + word]
    }
}

/// The measures of one normalised message that prefilters compare against, taken in one pass.
struct MessageProfile {
    /// ASCII digits in all.
    private(set) var digits = 0
    /// The longest run of digits with at most one space, dot, dash or slash between two of them.
    private(set) var longestDigitRun = 0
    /// Bit `n` is set when a whole run is `n` digits long (63 or more set bit 63).
    private(set) var digitRunLengths: UInt64 = 0
    /// The longest stretch of bytes without a space.
    private(set) var longestToken = 0
    /// The ASCII bytes other than letters and digits that occur, as `symbolBit`s.
    private(set) var symbols: UInt64 = 0

    /// A profile that admits every rule: for the test that runs without the prefilter.
    static let unlimited = MessageProfile(digits: .max, longestDigitRun: .max, digitRunLengths: .max, longestToken: .max, symbols: .max)

    /// A profile of the given measures (the tests' byte-by-byte reference builds one).
    init(digits: Int, longestDigitRun: Int, digitRunLengths: UInt64, longestToken: Int, symbols: UInt64) {
        self.digits = digits
        self.longestDigitRun = longestDigitRun
        self.digitRunLengths = digitRunLengths
        self.longestToken = longestToken
        self.symbols = symbols
    }

    /// The bit of an ASCII byte in `symbols`: bit `(byte - 0x20) & 63`, so that `@` and `/`
    /// have bits of their own and bytes 64 apart share one (a shared bit can only admit a
    /// rule too many, never too few).
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func symbolBit(_ byte: UInt8) -> UInt64 {
        1 << (UInt64(byte &- 0x20) & 63)
    }

    /// `lengths` as the bits of `digitRunLengths`.
    static func lengthBits(_ lengths: [Int]) -> UInt64 {
        lengths.reduce(0) { $0 | 1 << UInt64(min(max($1, 0), 63)) }
    }

    /// The profile of `text` from its `words`: digit runs are looked for only in the words that
    /// hold digits (a run may go on past one space, dot, dash or slash into the next word).
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    init(_ text: UnsafeBufferPointer<UInt8>, words: WordList) {
        var digits = 0, run = 0, longestRun = 0
        var lengths: UInt64 = 0
        var runEnd = -2  // just after the current run's last digit
        for token in words.tokens where token.shape & WordList.Shape.digit != 0 {
            for index in token.range {
                guard ASCII.isDigit(text[index]) else {
                    if run > 0 { lengths |= 1 << UInt64(min(run, 63)) }
                    run = 0
                    continue
                }
                let continues = index == runEnd || (index == runEnd + 1 && Self.isSeparator(text[runEnd]))
                if run > 0 && !continues { lengths |= 1 << UInt64(min(run, 63)); run = 0 }
                digits += 1
                run += 1
                longestRun = max(longestRun, run)
                runEnd = index + 1
            }
        }
        if run > 0 { lengths |= 1 << UInt64(min(run, 63)) }
        self.init(digits: digits, longestDigitRun: longestRun, digitRunLengths: lengths,
                  longestToken: words.longestStretchWithoutSpace, symbols: words.symbols)
    }

    /// The bytes a digit run may go on past, one at a time.
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }
}

/// Substring search over bytes: the first byte located with `memchr`, the rest compared.
enum ByteSearch {
    static func contains(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.isEmpty || firstIndex(of: needle, in: text, from: 0) != nil
    }

    /// Where `needle` (not empty) first stands in `text` at or after `start`: `memchr` finds
    /// its rarest byte in chat text (`rarity`), so that a needle starting with a space
    /// (` punkt `, ` . `) does not stop at every space: two new e-mail rules' needles cost
    /// 1,000 instructions a line of the mix each when `memchr` looked for their first byte.
    static func firstIndex(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= text.count, let base = text.baseAddress else { return nil }
        var anchor = 0
        for offset in needle.indices.dropFirst() where rarity[Int(needle[offset])] > rarity[Int(needle[anchor])] { anchor = offset }
        let anchorByte = Int32(needle[anchor])
        let last = text.count - needle.count
        var index = start
        while index <= last {
            guard let found = memchr(base + index + anchor, anchorByte, last - index + 1) else { return nil }
            let position = UnsafeRawPointer(found) - UnsafeRawPointer(base) - anchor
            if matches(needle, in: text, at: position) { return position }
            index = position + 1
        }
        return nil
    }

    /// How rare each byte is in normalised chat text, higher for rarer: the space and the most
    /// frequent letters of German and English lowest.
    private static let rarity: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: " "): 0
        case UInt8(ascii: "e"): 1
        case UInt8(ascii: "n"), UInt8(ascii: "i"), UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "a"): 2
        case UInt8(ascii: "h"), UInt8(ascii: "d"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "o"), UInt8(ascii: "c"), UInt8(ascii: "m"): 3
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "0")...UInt8(ascii: "9"): 4
        default: 5
        }
    }

    /// Whether `needle` stands in `text` at `position`.
    static func matches(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position + needle.count <= text.count else { return false }
        return needle.withUnsafeBufferPointer { needle in
            memcmp(text.baseAddress! + position, needle.baseAddress!, needle.count) == 0
        }
    }
}

/// The runs of ASCII letters and digits in a normalised message that start where no ASCII
/// letter or digit stands before them, with what each holds and how long it is: where rules
/// with a `first_word_holds` or `first_word_lengths` promise are tried. Per-thread storage,
/// reused; found at most once per message.
final class WordRuns {
    /// Bits of a run's kinds.
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2

    struct Run {
        let start: Int
        let length: Int
        let kinds: UInt8

        /// Whether the run holds all of `kinds` and, unless `lengths` is 0, has one of those
        /// lengths (`MessageProfile.lengthBits`).
        @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
        func admits(kinds wanted: UInt8, lengths: UInt64) -> Bool {
            kinds & wanted == wanted && (lengths == 0 || lengths & 1 << UInt64(min(length, 63)) != 0)
        }
    }

    /// The runs, valid until the next `find`.
    var runs: UnsafeBufferPointer<Run> { UnsafeBufferPointer(start: storage, count: count) }
    /// For each value of `Run.kinds` (0–3), the lengths of the runs of exactly those kinds as
    /// bits (`MessageProfile.lengthBits`): whether some run fits a rule is a few bit tests.
    @exclusivity(unchecked) private var lengthsByKinds: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Bit `NeedleSet.pairKey` of the first two bytes of every run (64 words of 64 bits: `NeedleSet.pairKeys`).
    @exclusivity(unchecked) private var startPairs = InlineArray<64, UInt64>(repeating: 0)
    /// Whether `runs` are the current message's: `find` has run since `forget`.
    @exclusivity(unchecked) private(set) var areCurrent = false
    /// Room for `capacity` runs; a text of n bytes has at most (n + 1) / 2.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Run>
    @exclusivity(unchecked) private var capacity = 64
    @exclusivity(unchecked) private var count = 0

    init() {
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Marks the runs as another message's, so that `findIfNeeded` finds them anew.
    func forget() { areCurrent = false }

    /// Whether some run `admits(kinds:lengths:)`.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    func containsRun(admitting kinds: UInt8, lengths: UInt64) -> Bool {
        let wanted = lengths == 0 ? ~0 : lengths
        // The kinds values that hold all of `kinds`: every value when none is asked for.
        return (lengthsByKinds.3 & wanted != 0)
            || (kinds & Self.digit == 0 && lengthsByKinds.1 & wanted != 0)
            || (kinds & Self.letter == 0 && lengthsByKinds.2 & wanted != 0)
            || (kinds == 0 && lengthsByKinds.0 & wanted != 0)
    }

    /// Whether some run starts with the first two bytes of a string of a `NeedleSet` whose
    /// `pairFilterWords` these are (or of another pair with the same key).
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    func startsAPair(of filterWords: [(index: Int, bits: UInt64)]) -> Bool {
        filterWords.contains { startPairs[$0.index] & $0.bits != 0 }
    }

    /// `find`, unless the runs are current.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    func findIfNeeded(in text: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<WordList.Token>) {
        if !areCurrent { find(in: text, words: words) }
    }

    /// Finds the runs from the message's words: a word of ASCII letters and digits is one run;
    /// a word with other letters is split into its ASCII runs.
    func find(in text: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<WordList.Token>) {
        if capacity < (text.count + 1) / 2 {
            storage.deallocate()
            capacity = text.count + 1
            storage = .allocate(capacity: capacity)
        }
        var count = 0
        var lengths: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var pairs = InlineArray<64, UInt64>(repeating: 0)
        withUnsafeMutableBytes(of: &lengths) { lengthBytes in
            // The four sets indexed by `kinds` (0–3), without a branch per run.
            let lengths = lengthBytes.baseAddress!.assumingMemoryBound(to: UInt64.self)
            func add(_ run: Run) {
                (storage + count).initialize(to: run)
                count += 1
                lengths[Int(run.kinds)] |= 1 << UInt64(min(run.length, 63))
                if run.start + 1 < text.count {
                    let key = NeedleSet.pairKey(text[run.start], text[run.start + 1])
                    pairs[key >> 6] |= 1 << UInt64(key & 63)
                }
            }
            for token in words {
                guard token.shape & WordList.Shape.nonASCII != 0 else {
                    let kinds = (token.shape & WordList.Shape.digit != 0 ? Self.digit : 0)
                        | (token.shape & (WordList.Shape.lookAlike | WordList.Shape.otherASCIILetter) != 0 ? Self.letter : 0)
                    add(Run(start: token.range.lowerBound, length: token.range.count, kinds: kinds))
                    continue
                }
                var index = token.range.lowerBound
                while index < token.range.upperBound {
                    if ASCII.isAlphanumeric(text[index]) && (index == 0 || !ASCII.isAlphanumeric(text[index - 1])) {
                        add(Self.run(at: index, in: text))
                    }
                    index += 1
                }
            }
        }
        self.count = count
        lengthsByKinds = lengths
        startPairs = pairs
        areCurrent = true
    }

    /// The run of ASCII letters and digits at `start`.
    static func run(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Run {
        var kinds: UInt8 = 0
        var index = start
        while index < text.count, ASCII.isAlphanumeric(text[index]) {
            kinds |= ASCII.isDigit(text[index]) ? digit : letter
            index += 1
        }
        return Run(start: start, length: index - start, kinds: kinds)
    }
}
