/// A candidate finding in original byte offsets, before overlaps are resolved.
struct Candidate {
    let ruleIndex: Int
    var range: Range<Int>
    let confidence: Double
    let isValidated: Bool
}

/// Resolves overlapping candidates with one strategy, "strongest wins": among candidates whose
/// ranges overlap, the one validated by a checksum wins, then the more confident, then the
/// longer, then the earlier rule. The winner keeps its own range and the others are dropped as
/// misreadings of the same characters (digits inside an IBAN are not a phone number).
enum OverlapResolver {
    static func resolve(_ candidates: inout [Candidate]) {
        guard candidates.count > 1 else { return }
        candidates.sort { $0.range.lowerBound < $1.range.lowerBound }
        var resolved: [Candidate] = []
        resolved.reserveCapacity(candidates.count)
        for candidate in candidates {
            guard let last = resolved.last, candidate.range.lowerBound < last.range.upperBound else {
                resolved.append(candidate)
                continue
            }
            if isStronger(candidate, than: last) { resolved[resolved.count - 1] = candidate }
        }
        candidates = resolved
    }

    static func isStronger(_ a: Candidate, than b: Candidate) -> Bool {
        if a.isValidated != b.isValidated { return a.isValidated }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        if a.range.count != b.range.count { return a.range.count > b.range.count }
        return a.ruleIndex < b.ruleIndex
    }
}
