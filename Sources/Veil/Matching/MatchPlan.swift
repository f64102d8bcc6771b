/// A regex rule as the matching loop runs it: its pattern, the checks a message must pass
/// before the pattern runs, and where in the message the pattern is tried. Both are chosen
/// once, when the scanner is built, from the rule's prefilter (declared and derived).
final class RegexRule: Sendable {
    let ruleIndex: Int
    let pattern: PCRE2Pattern
    /// Where the pattern is tried.
    let plan: MatchPlan
    /// The rule's `must_contain` and `starts_with` strings, nil when it has none.
    let needles: PrefilterNeedles?
    /// The rule's context words, when it cannot report without one.
    let requiredContext: ContextWords?
    /// Whether the context gate is looked at after matching rather than before: for a rule
    /// tried only at word runs that few words fit (a 9-character ID card number holding a
    /// digit), the anchored tries cost less than the gate (callgrind, mix of 20,000 lines:
    /// 25,569 → 25,296 instructions a line); for one that short words of letters fit
    /// (`bic-grouped`: every word of four letters), matching first cost 2,300 a line more.
    let gatesAfterMatching: Bool

    init(_ rule: CompiledRule, pattern: PCRE2Pattern, usesPrefilter: Bool) {
        ruleIndex = rule.index
        self.pattern = pattern
        let prefilter = rule.prefilter
        let needles = prefilter.needles
        self.needles = usesPrefilter && !needles.isEmpty ? needles : nil
        requiredContext = rule.rule.requiresContext ? rule.context : nil
        if usesPrefilter, let anchored = rule.anchoredPattern {
            plan = .atWordRuns(anchored, kinds: prefilter.firstWordKinds, lengths: prefilter.firstWordLengthBits)
        } else if usesPrefilter, let needle = prefilter.unspacedNeedle {
            plan = .inUnspacedStretches(before: needle)
        } else {
            plan = .everywhere
        }
        gatesAfterMatching = requiredContext != nil && plan.fitsFewWords
    }

    /// Whether `text` (normalised, its words in `words`) passes the rule's checks: its strings,
    /// a word run its anchored pattern can start at, and a context word when it needs one.
    /// The admission table has already compared the text's numbers with the rule's.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    func admits(_ text: UnsafeBufferPointer<UInt8>, words: WordList, wordRuns: WordRuns) -> Bool {
        if let needles {
            if needles.startsAtWordRuns { wordRuns.findIfNeeded(in: text, words: words.tokens) }
            guard needles.admit(text, wordRuns: wordRuns) else { return false }
        }
        if case .atWordRuns(_, let kinds, let lengths) = plan {
            wordRuns.findIfNeeded(in: text, words: words.tokens)
            guard wordRuns.containsRun(admitting: kinds, lengths: lengths) else { return false }
        }
        // A rule that needs a context word cannot report in a message that has none: a look at
        // the words that start like one of its context words (its gate) says whether it has one,
        // here or after matching (`gatesAfterMatching`, `keepsMatches`).
        if let requiredContext, !gatesAfterMatching {
            guard requiredContext.occur(in: text, window: 0..<text.count, tokens: words.tokens) else { return false }
        }
        return true
    }

    /// Whether the matches `appendMatches` found in `text` stand: those of a rule that needs a
    /// context word and looks for it after matching stand only in a message that has one.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    func keepsMatches(in text: UnsafeBufferPointer<UInt8>, words: WordList) -> Bool {
        guard let requiredContext, gatesAfterMatching else { return true }
        return requiredContext.occur(in: text, window: 0..<text.count, tokens: words.tokens)
    }

    /// Appends the pattern's matches in `text` to `matches`, trying it where `plan` says.
    /// `wordRuns` must be the text's for `.atWordRuns` (`admits` finds them).
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    func appendMatches(in text: UnsafeBufferPointer<UInt8>, wordRuns: WordRuns, scratch: ScanScratch,
                       matchData: PCRE2MatchData, limits: PCRE2MatchLimits) throws(PCRE2MatchError) {
        switch plan {
        case .everywhere:
            try pattern.forEachMatch(in: text, matchData: matchData, limits: limits) { range in
                scratch.matches.append((ruleIndex, range))
            }
        case .atWordRuns(let anchored, let kinds, let lengths):
            for run in wordRuns.runs where run.admits(kinds: kinds, lengths: lengths) {
                if let match = try anchored.firstMatch(in: text, from: run.start, matchData: matchData, limits: limits) {
                    scratch.matches.append((ruleIndex, match.range))
                }
            }
        case .inUnspacedStretches(let needle):
            let context = scratch.startLimitedContext(copying: limits)
            try UnspacedStretches.forEachWindow(of: needle, in: text) { (starts) throws(PCRE2MatchError) in
                try pattern.forEachMatch(in: text, startingIn: starts, matchData: matchData, context: context) { range in
                    scratch.matches.append((ruleIndex, range))
                }
            }
        }
    }
}

/// Where a regex rule's pattern is tried in a message. Every plan finds the matches that
/// trying it everywhere finds (the prefilter test compares them over every corpus); the
/// narrower ones try fewer start positions.
enum MatchPlan: Sendable {
    /// From every position of the message: PCRE2's own search.
    case everywhere
    /// The same pattern anchored, once at the start of each word run that holds the `kinds` and
    /// has one of the `lengths` the rule's first word can have (`first_word_holds`,
    /// `first_word_lengths`): an IBAN's `de89`, a 9-character ID card number.
    case atWordRuns(PCRE2Pattern, kinds: UInt8, lengths: UInt64)
    /// Only from the space-free stretch before each occurrence of a string every match holds
    /// with no space before it (`no_space_before`): the `@` of an e-mail address.
    case inUnspacedStretches(before: [UInt8])

    /// Whether the plan tries the pattern only at word runs that few words fit: runs holding
    /// a digit, or of seven characters or more (measured against gating first: the ICD-10
    /// rules, tried at runs of 3 and 4 characters that hold a digit, cost 700 instructions a
    /// line of the mix more when gated first).
    var fitsFewWords: Bool {
        guard case .atWordRuns(_, let kinds, let lengths) = self else { return false }
        return kinds & WordRuns.digit != 0 || (lengths != 0 && lengths.trailingZeroBitCount >= 7)
    }
}
