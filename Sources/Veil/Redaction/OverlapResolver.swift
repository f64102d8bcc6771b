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
}

/// Resolves overlapping candidates with one strategy, "strongest wins": among candidates whose
/// ranges overlap, the one validated by a checksum wins, then (both validated, or both lexicon
/// words) the one that holds the other whole, then the more confident, then the longer, then
/// the earlier rule. The winner keeps its own range and the others are dropped as misreadings
/// of the same characters (digits inside an IBAN are not a phone number), except that two
/// validated values that overlap are redacted as one: the winner takes in the other's bytes, so
/// that no byte of a value a checksum passed survives (the fuzzer's
/// `IT07.Q289.32345679rod� IBAN DE89 3704 …`, where an Italian reading across the words ends
/// inside the German IBAN).
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
        var resolved: [Candidate] = []
        resolved.reserveCapacity(candidates.count)
        for candidate in candidates {
            guard let last = resolved.last, candidate.range.lowerBound < last.range.upperBound else {
                resolved.append(candidate)
                continue
            }
            let union = last.range.lowerBound..<max(last.range.upperBound, candidate.range.upperBound)
            if isStronger(candidate, than: last) { resolved[resolved.count - 1] = candidate }
            if candidate.isValidated && last.isValidated { resolved[resolved.count - 1].range = union }
        }
        candidates = resolved
        dropPartsOfLongerValues(&candidates)
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
        guard candidates.contains(where: { $0.joinedTo != nil }) else { return }
        // Compacted in place: candidates are in order and apart, so only the last kept one can
        // cover the word just before this one.
        var keptCount = 0
        for index in candidates.indices {
            let candidate = candidates[index]
            if let word = candidate.joinedTo {
                guard keptCount > 0, candidates[keptCount - 1].range.lowerBound <= word.lowerBound,
                      candidates[keptCount - 1].range.upperBound >= word.upperBound else { continue }
            }
            candidates[keptCount] = candidate
            keptCount += 1
        }
        candidates.removeLast(candidates.count - keptCount)
    }

    static func isStronger(_ a: Candidate, than b: Candidate) -> Bool {
        if a.isValidated != b.isValidated { return a.isValidated }
        // Of two validated readings, the one that holds the other whole wins: the shorter is a
        // part of a longer value (`03.181178.L.219` is a pension number, not a phone number and a tail).
        // Of two lexicon words, likewise: `dizzy spells` is one mention, not `dizzy` and a
        // leftover `spells`.
        if (a.isValidated || a.isLexiconWord && b.isLexiconWord) && a.range != b.range {
            if a.range.contains(b.range) { return true }
            if b.range.contains(a.range) { return false }
        }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        if a.range.count != b.range.count { return a.range.count > b.range.count }
        return a.ruleIndex < b.ruleIndex
    }
}
