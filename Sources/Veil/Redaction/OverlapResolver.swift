/// A candidate finding in original byte offsets, before overlaps are resolved.
struct Candidate {
    let ruleIndex: Int
    var range: Range<Int>
    let confidence: Double
    let isValidated: Bool
    /// What the validator told about the value (a phone number's region and type).
    var detail: FindingDetail? = nil
    /// Whether it is a word or phrase of a lexicon (a health term), not a value of a pattern.
    var isLexiconWord = false
    /// The word this candidate continues when it starts inside a longer value the message wrote
    /// as one (`DigitReadings.wordJoined(before:in:)`); such a candidate stands only next to a
    /// finding that covers the word.
    var joinedTo: Range<Int>? = nil
    /// Whether it is a published example quoted as one (`Rule.specimens`): it wins over every
    /// reading inside it, so that no part of it is redacted as another, and is then dropped.
    var isSpecimen = false

    /// Whether it is a phone number of a type only businesses hold (toll-free, shared-cost…).
    var isBusinessNumber: Bool { detail.map { RedactionPolicy.businessPhoneTypes.contains($0.kind) } ?? false }
}

/// Resolves overlapping candidates with one strategy, "strongest wins": among candidates whose
/// ranges overlap, the one validated by a checksum wins, then the one that is not a business's
/// phone number, then (both validated, or both lexicon
/// words) the one that holds the other whole, then a pattern's value over a lexicon word it
/// holds, then the more confident, then the longer, then
/// the earlier rule. The winner keeps its own range and the others are dropped as misreadings
/// of the same characters (digits inside an IBAN are not a phone number), except that two
/// validated values that overlap are redacted as one (`strongestWins`).
enum OverlapResolver {
    static func resolve(_ candidates: inout [Candidate]) {
        guard candidates.count > 1 else {
            dropPartsOfLongerValues(&candidates)
            return
        }
        // Before the strongest wins: a part of a longer value must not beat the whole
        // (`756 |0268 5760 28` as a phone number over the AHV number it is part of).
        dropPartsWithoutTheirNeighbour(&candidates)
        candidates.sort { $0.range.lowerBound < $1.range.lowerBound }
        // A winner that turns out to be a part of a longer value goes, and the overlaps are
        // resolved again without it: what it beat may stand (the fuzzer's IBAN that lost to a
        // reading across a digit group it continued). Nearly always nothing is dropped.
        var noSources: [Int]? = nil
        var resolved = strongestWins(candidates, sources: &noSources)
        var parts = partsOfLongerValues(in: resolved)
        while !parts.isEmpty {
            var sources: [Int]? = []
            _ = strongestWins(candidates, sources: &sources)
            let left = Set(parts.map { sources![$0] })
            candidates = candidates.enumerated().filter { !left.contains($0.offset) }.map(\.element)
            resolved = strongestWins(candidates, sources: &noSources)
            parts = partsOfLongerValues(in: resolved)
        }
        candidates = resolved
    }

    /// The winners of the overlaps among `candidates` (sorted by start), and in `sources`, when
    /// it is not nil, the index of the candidate each is: two validated values that overlap are
    /// redacted as one, so that no byte of a value a checksum passed survives (the fuzzer's
    /// `IT07.Q289.32345679rod� IBAN DE89 3704 …`, where an Italian reading across the words ends
    /// inside the German IBAN).
    private static func strongestWins(_ candidates: [Candidate], sources: inout [Int]?) -> [Candidate] {
        var resolved: [Candidate] = []
        resolved.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            guard let last = resolved.last, candidate.range.lowerBound < last.range.upperBound else {
                resolved.append(candidate)
                sources?.append(index)
                continue
            }
            let union = last.range.lowerBound..<max(last.range.upperBound, candidate.range.upperBound)
            if isStronger(candidate, than: last) {
                resolved[resolved.count - 1] = candidate
                sources?[resolved.count - 1] = index
            }
            if candidate.isValidated && last.isValidated { resolved[resolved.count - 1].range = union }
        }
        return resolved
    }

    /// Drops each candidate that starts inside a longer value when no candidate at all covers
    /// the word it continues (`Candidate.joinedTo`), before overlaps are resolved.
    static func dropPartsWithoutTheirNeighbour(_ candidates: inout [Candidate]) {
        guard candidates.contains(where: { $0.joinedTo != nil }) else { return }
        guard candidates.count <= 64 else {
            var startByEnd: [Int: Int] = [:]
            for candidate in candidates {
                startByEnd[candidate.range.upperBound] = min(startByEnd[candidate.range.upperBound] ?? .max, candidate.range.lowerBound)
            }
            candidates.removeAll { candidate in
                guard let word = candidate.joinedTo else { return false }
                return (startByEnd[word.upperBound] ?? .max) > word.lowerBound
            }
            return
        }
        // A few candidates, as in nearly every message: a look at each and a bit per candidate,
        // no table to allocate (the allocation gate counts one per such message otherwise).
        var parts: UInt64 = 0
        for (index, candidate) in candidates.enumerated() {
            guard let word = candidate.joinedTo else { continue }
            if !candidates.contains(where: { $0.range.upperBound == word.upperBound && $0.range.lowerBound <= word.lowerBound }) {
                parts |= 1 << UInt64(index)
            }
        }
        var keptCount = 0
        for index in candidates.indices where parts & 1 << UInt64(index) == 0 {
            candidates[keptCount] = candidates[index]
            keptCount += 1
        }
        candidates.removeLast(candidates.count - keptCount)
    }

    /// Drops each candidate that starts inside a longer value (`Candidate.joinedTo`) unless a
    /// finding before it covers the word it continues: either the whole group of words is a
    /// value or none of it is (`5773 5046 0438 8454` is a gift card, not a phone number after
    /// two groups), while two values side by side stand (a card number, then its expiry date).
    static func dropPartsOfLongerValues(_ candidates: inout [Candidate]) {
        let parts = partsOfLongerValues(in: candidates)
        guard !parts.isEmpty else { return }
        candidates = candidates.enumerated().filter { !parts.contains($0.offset) }.map(\.element)
    }

    /// The indices of `candidates` (in order and apart) that `dropPartsOfLongerValues` drops:
    /// only the last kept one before a candidate can cover the word just before it. Empty, and
    /// nothing allocated, when none is dropped.
    private static func partsOfLongerValues(in candidates: [Candidate]) -> [Int] {
        var parts: [Int] = []
        guard candidates.contains(where: { $0.joinedTo != nil }) else { return parts }
        var lastKept: Int?
        for index in candidates.indices {
            if let word = candidates[index].joinedTo {
                guard let last = lastKept, candidates[last].range.lowerBound <= word.lowerBound,
                      candidates[last].range.upperBound >= word.upperBound else {
                    parts.append(index)
                    continue
                }
            }
            lastKept = index
        }
        return parts
    }

    static func isStronger(_ a: Candidate, than b: Candidate) -> Bool {
        // A specimen quoted as an example beats every reading inside it (`078-05-1120`, the
        // wallet SSN that SSA voided, is no German phone number there); one reaching past it may
        // be a value of its own and is weighed as usual.
        if a.isSpecimen && a.range.contains(b.range) && !b.isSpecimen { return true }
        if b.isSpecimen && b.range.contains(a.range) && !a.isSpecimen { return false }
        if a.isValidated != b.isValidated { return a.isValidated }
        // A number that numbering plans give only to businesses is the weakest reading of its
        // characters: the default policy keeps it (`RedactionPolicy.businessPhoneTypes`), and it
        // must not hide another value (`855 405 2676`, a US toll-free number and an NHS number).
        if a.isBusinessNumber != b.isBusinessNumber { return b.isBusinessNumber }
        // Of two validated readings, the one that holds the other whole wins: the shorter is a
        // part of a longer value (`03.181178.L.219` is a pension number, not a phone number and a tail).
        // Of two lexicon words, likewise: `dizzy spells` is one mention, not `dizzy` and a
        // leftover `spells`.
        if (a.isValidated || a.isLexiconWord && b.isLexiconWord) && a.range != b.range {
            if a.range.contains(b.range) { return true }
            if b.range.contains(a.range) { return false }
        }
        // A lexicon word inside a pattern's value is a part of that value (`diabetes.help@…`, a
        // spaced-out address whose name joins into a drug's): the value wins, and none of it is left.
        if a.isLexiconWord != b.isLexiconWord && a.range != b.range {
            if !a.isLexiconWord && a.range.contains(b.range) { return true }
            if !b.isLexiconWord && b.range.contains(a.range) { return false }
        }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        if a.range.count != b.range.count { return a.range.count > b.range.count }
        return a.ruleIndex < b.ruleIndex
    }
}

/// Widens each health-word finding to the whole word it is part of when hyphens join it to its
/// neighbours (`Kreuzband-OP`, `Progesteron-Zäpfchen`, `Diabetes-Patientin`): a compound is one
/// word, and redaction takes all of it, as it does when the compound is written as one
/// (`Kreuzbandriss`). Runs after overlaps are resolved, so the finding keeps its rule and
/// category, and stops where a neighbouring finding starts; at most `longestReach` bytes each
/// way, so that a line of hyphen-joined words stays linear.
enum HyphenatedCompounds {
    static let longestReach = 48

    /// `candidates` are sorted by start and do not overlap; `text` is the message as written.
    static func widen(_ candidates: inout [Candidate], in text: UnsafeBufferPointer<UInt8>) {
        for index in candidates.indices where candidates[index].isLexiconWord {
            let floor = index > 0 ? candidates[index - 1].range.upperBound : 0
            let ceiling = index + 1 < candidates.count ? candidates[index + 1].range.lowerBound : text.count
            let range = candidates[index].range
            candidates[index].range = wholeWord(around: range, in: text,
                                                within: max(floor, range.lowerBound - longestReach)..<min(ceiling, range.upperBound + longestReach))
        }
    }

    /// `range` and the words joined to it by single hyphens, as far as `bounds` holds them whole.
    static func wholeWord(around range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, within bounds: Range<Int>) -> Range<Int> {
        let hyphen = UInt8(ascii: "-")
        var start = range.lowerBound, end = range.upperBound
        while start - 2 >= bounds.lowerBound, start < text.count, text[start - 1] == hyphen,
              ContextWords.isWordByte(text[start - 2]), ContextWords.isWordByte(text[start]) {
            var wordStart = start - 2
            while wordStart > bounds.lowerBound, ContextWords.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
            // A word cut by the bounds is left as it is.
            guard wordStart == 0 || !ContextWords.isWordByte(text[wordStart - 1]) else { break }
            start = wordStart
        }
        while end + 2 <= bounds.upperBound, end > 0, text[end] == hyphen,
              ContextWords.isWordByte(text[end - 1]), ContextWords.isWordByte(text[end + 1]) {
            var wordEnd = end + 2
            while wordEnd < bounds.upperBound, ContextWords.isWordByte(text[wordEnd]) { wordEnd += 1 }
            guard wordEnd == text.count || !ContextWords.isWordByte(text[wordEnd]) else { break }
            end = wordEnd
        }
        return start..<end
    }
}
