import Foundation
import ICUBridge
/// Finds sensitive data in messages and redacts it.
///
/// A scanner compiles its pattern packs once; it is immutable and `Sendable`, so one instance
/// serves every thread. Each scan runs the same path: normalise (with a map back to the
/// original) → match every rule → validate and score context → resolve overlaps → redact and
/// score risk.
///
/// ```swift
/// let scanner = try MessageScanner()
/// let result = try scanner.scan("Meine IBAN: DE89 3704 0044 0532 0130 00")
/// result.findings.map(\.type)   // ["IBAN"]
/// try scanner.redact("Meine IBAN: DE89 3704 0044 0532 0130 00")   // "Meine IBAN: [IBAN]"
/// ```
public final class MessageScanner: Sendable {
    /// The rules in the order they run.
    public let rules: [Rule]
    /// The numbers behind confidences and risk.
    public let scoring: ScoringModel
    private let compiled: [CompiledRule]
    /// Each rule's index by its id, for the risk of findings scanned apart (`risk(of:)`).
    private let ruleIndexByID: [String: Int]
    /// The regex rules, each with its checks and match plan.
    private let regexRules: [RegexRule]
    /// Which of `regexRules` each measure of a message admits.
    private let admission: AdmissionTable
    private let lexicon: LexiconMatcher
    private let limits: PCRE2MatchLimits
    /// How long one message may take, in nanoseconds (`timeBudget`; `.max` for no limit).
    private let budgetNanoseconds: UInt64
    private var budgetMilliseconds: Int { Int(budgetNanoseconds / 1_000_000) }
    private let maxCapturePairs: Int
    /// Whether rules skip messages that lack what their `prefilter` promises; off only in the
    /// test that proves the prefilter never loses a match.
    private let usesPrefilter: Bool

    /// A scanner with the built-in packs and scoring model.
    public convenience init() throws(PackError) {
        try self.init(packs: PatternPack.builtIn())
    }

    /// The most time one message may take by default: far above any real message (the slowest
    /// 1 MB line measured, in a release build, takes 0.8 s), far below a stalled pipeline.
    public static let defaultTimeBudget = Duration.seconds(5)

    /// A scanner with the given packs. A later pack's rule replaces an earlier rule with the same id.
    ///
    /// `timeBudget` bounds the time of one message over all rules and start positions: a
    /// message that takes longer throws `ScanError.timeBudget`, as a match limit does. It is
    /// checked between the validation of every 64 candidates and, for rules of packs not built
    /// in, at every start position their regex tries; it counts from a message's first check.
    public convenience init(packs: [PatternPack], scoring: ScoringModel = .default,
                            validators: [Validator] = Validator.builtIn, timeBudget: Duration = defaultTimeBudget) throws(PackError) {
        try self.init(packs: packs, scoring: scoring, validators: validators, usesPrefilter: true, timeBudget: timeBudget)
    }

    init(packs: [PatternPack], scoring: ScoringModel, validators: [Validator], usesPrefilter: Bool,
         timeBudget: Duration = defaultTimeBudget) throws(PackError) {
        var rules: [Rule] = []
        var sources: [String] = []
        for pack in packs {
            for rule in pack.rules {
                if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                    rules[index] = rule
                    sources[index] = pack.source
                } else {
                    rules.append(rule)
                    sources.append(pack.source)
                }
            }
        }
        let validatorsByName = Dictionary(validators.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        let lexiconRules = rules
        let (lexicon, compiled) = try sideBySide({ LexiconMatcher(rules: lexiconRules) }) { () throws(PackError) in
            var compiled: [CompiledRule] = []
            var contextWords = ContextWords.Cache()
            for (index, (rule, source)) in zip(rules, sources).enumerated() {
                compiled.append(try CompiledRule(rule, index: index, source: source, validators: validatorsByName,
                                                 contextWords: &contextWords,
                                                 checksBudget: !source.hasPrefix(PatternPack.builtInSourcePrefix)))
            }
            return compiled
        }
        self.rules = rules
        self.scoring = scoring
        self.compiled = compiled
        self.ruleIndexByID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let regexRules = compiled.compactMap { rule in rule.pattern.map { RegexRule(rule, pattern: $0, usesPrefilter: usesPrefilter) } }
        self.regexRules = regexRules
        self.admission = AdmissionTable(regexRules.map { compiled[$0.ruleIndex].prefilter.thresholds })
        self.lexicon = lexicon
        self.maxCapturePairs = (compiled.compactMap(\.pattern?.captureCount).max() ?? 0) + 1
        self.usesPrefilter = usesPrefilter
        self.limits = PCRE2MatchLimits(matchLimit: 1_000_000, depthLimit: 10_000, heapLimitKiB: 20_000)
        self.budgetNanoseconds = timeBudget <= .zero ? .max : timeBudget.wholeNanoseconds
    }

    /// Scans one message: its findings (those `policy` counts) and its risk. The redacted
    /// message is `result.redacted(text, policy: policy)`, or `redact(_:policy:)` at once.
    public func scan(_ text: String, policy: RedactionPolicy = RedactionPolicy()) throws(ScanError) -> ScanResult {
        try Self.withUTF8(of: text) { (bytes) throws(ScanError) in
            let candidates = try self.candidates(in: bytes, scratch: ScanScratch.current)
            return applying(policy, to: result(of: candidates), inBytes: bytes)
        }
    }

    /// `text` with every finding replaced as `policy` says (by default `[TYPE]`).
    public func redact(_ text: String, policy: RedactionPolicy = RedactionPolicy()) throws(ScanError) -> String {
        try scan(text, policy: policy).redacted(text, policy: policy)
    }

    /// Scans one message given as UTF-8 bytes (a line read from a file or a socket) and builds
    /// no `String` at all: its findings by byte offsets and its risk (`isClean` when there are
    /// none), from which `ScanResult.appendRedacted` writes the redacted bytes. Bytes that are
    /// not valid UTF-8 throw `ScanError.invalidUTF8`, unscanned: a failure is an error, never a
    /// clean-looking value.
    public func scanBytes(_ bytes: Span<UInt8>, policy: RedactionPolicy = RedactionPolicy()) throws(ScanError) -> ScanResult {
        guard !bytes.isEmpty else { return .clean }
        // ICU and PCRE2 read the message through a pointer: the stages below take one.
        return try bytes.withUnsafeBufferPointer { (bytes) throws(ScanError) in
            let candidates = try candidates(in: bytes, scratch: ScanScratch.current, checkingUTF8: true)
            guard !candidates.isEmpty else { return .clean }
            return applying(policy, to: result(of: candidates), inBytes: bytes)
        }
    }

    /// The findings (by byte offsets) and risk of the surviving `candidates`.
    private func result(of candidates: [Candidate]) -> ScanResult {
        let findings = candidates.map { candidate in
            let rule = compiled[candidate.ruleIndex].rule
            return Finding(category: rule.category, type: rule.type, ruleID: rule.id, utf8Range: candidate.range,
                           confidence: candidate.confidence, isValidated: candidate.isValidated, detail: candidate.detail)
        }
        let risk = RiskScorer(model: scoring).risk(of: candidates.lazy.map { [compiled] candidate in
            let rule = compiled[candidate.ruleIndex].rule
            return RiskScorer.Weighted(category: rule.category, confidence: candidate.confidence,
                                       severity: rule.severity, alsoHealth: rule.alsoHealth)
        })
        return ScanResult(findings: findings, risk: risk)
    }

    /// The risk of `findings` as if of one message (the texts of one payload, the findings a
    /// policy keeps).
    public func risk(of findings: [Finding]) -> Risk {
        RiskScorer(model: scoring).risk(of: findings.map { finding in
            let rule = ruleIndexByID[finding.ruleID].map { compiled[$0].rule }
            return RiskScorer.Weighted(category: finding.category, confidence: finding.confidence,
                                       severity: rule?.severity ?? 1, alsoHealth: rule?.alsoHealth ?? false)
        })
    }

    /// Runs `body` on the UTF-8 bytes of `text`, passing its typed error through
    /// (`String.withUTF8` only rethrows untyped errors).
    static func withUTF8<Value>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(ScanError) -> Value) throws(ScanError) -> Value {
        var text = text
        let outcome: Result<Value, ScanError> = text.withUTF8 { bytes in
            do throws(ScanError) {
                return .success(try body(bytes))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Normalises `source` into `scratch`, reporting a failure as a `ScanError`; with
    /// `checkingUTF8`, bytes that are not valid UTF-8 throw `ScanError.invalidUTF8`.
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    static func normalize(_ source: UnsafeBufferPointer<UInt8>, scratch: ScanScratch,
                          checkingUTF8: Bool = false) throws(ScanError) -> NormalizedText {
        do throws(NormalizationError) {
            return try Normalizer.normalize(source, using: scratch.normalization, checkingUTF8: checkingUTF8)
        } catch {
            throw error == .invalidUTF8 ? .invalidUTF8 : .normalization(error.reason)
        }
    }

    /// Runs the rules over one message and returns the surviving candidates in original
    /// offsets, overlaps resolved.
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    func candidates(in source: UnsafeBufferPointer<UInt8>, scratch: ScanScratch,
                    checkingUTF8: Bool = false) throws(ScanError) -> [Candidate] {
        scratch.beginMessage(budget: budgetNanoseconds)
        // A long message's budget counts from before its normalisation, whose readings grow
        // with the message; a short one reads the clock only if it reaches a later check.
        let isLong = source.count > Self.longMessageBytes
        if isLong { _ = scratch.isOverBudget() }
        let normalized = try Self.normalize(source, scratch: scratch, checkingUTF8: checkingUTF8)
        if isLong && scratch.isOverBudget() { throw .timeBudget(milliseconds: budgetMilliseconds) }
        scratch.candidates.removeAll(keepingCapacity: true)
        try appendCandidates(in: normalized.bytes, original: source, map: normalized.map, scratch: scratch)
        if let asWritten = normalized.asWritten {
            // The text as written, besides the reading of look-alike letters as digits.
            scratch.normalization.words.tokenize(asWritten)
            try appendCandidates(in: asWritten, original: source, map: normalized.map, scratch: scratch)
        }
        if let zerosRead = normalized.zerosRead {
            // And with only its `o`s read as `0` (`4oXC` in an IBAN whose `I` is a letter).
            scratch.normalization.words.tokenize(zerosRead)
            try appendCandidates(in: zerosRead, original: source, map: normalized.map, scratch: scratch)
        }
        if let evened = normalized.separatorsEvened {
            // And the reading with a value's mixed separators evened out (`5554 8340 - 4850.5276`).
            scratch.normalization.words.tokenize(evened.bytes)
            try appendCandidates(in: evened.bytes, original: source, map: evened.map, scratch: scratch, wholeGroupsOnly: true)
            if let lookAlikesRead = evened.lookAlikesRead {
                scratch.normalization.words.tokenize(lookAlikesRead)
                try appendCandidates(in: lookAlikesRead, original: source, map: evened.map, scratch: scratch, wholeGroupsOnly: true)
            }
        }
        OverlapResolver.resolve(&scratch.candidates)
        if scratch.candidates.contains(where: \.isSpecimen) { scratch.candidates.removeAll { $0.isSpecimen } }
        HyphenatedCompounds.widen(&scratch.candidates, in: source)
        return scratch.candidates
    }

    /// From this length on, a message's time budget includes its normalisation.
    static let longMessageBytes = 65_536

    /// Runs the rules over one reading of a message (`text`, whose words are in the scratch's
    /// word list; `original` is the message as it came) and appends what survives validation to
    /// `scratch.candidates`, in original offsets.
    /// With `wholeGroupsOnly` (the reading with mixed separators evened out), a candidate stands
    /// only when it holds a whole group of digit words: that reading joins the groups of one
    /// value, and must not join a value with the start of the next (`0151 2345678 / 030 …`).
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    private func appendCandidates(in text: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>,
                                                    map: OffsetMap, scratch: ScanScratch, wholeGroupsOnly: Bool = false) throws(ScanError) {
        try collectMatches(in: text, joined: map.secondStage, scratch: scratch)
        guard !scratch.matches.isEmpty else { return }
        let tokens = scratch.normalization.words.tokens
        scratch.validatedRanges.removeAll()
        let memo = scratch.matches.count > VerdictMemo.minimumMatches ? scratch.verdicts : nil
        memo?.forget()
        for (number, match) in scratch.matches.enumerated() {
            if number & 63 == 63 && scratch.isOverBudget() { throw .timeBudget(milliseconds: budgetMilliseconds) }
            // A match strictly inside a validated value always loses to it (`OverlapResolver`):
            // the digits of an IBAN are no phone number, and need no numbering plan to say so.
            // Measured on 20,000 lines of the 75%-clean mix: 560 to 483 million instructions.
            if scratch.validatedRanges.containsStrictly(match.range) {
                continue
            }
            let rule = compiled[match.ruleIndex]
            let range = rule.isLexicon ? try rule.extended(match.range, in: text, scratch: scratch, limits: limits) : match.range
            guard var candidate = rule.evaluate(range, in: text, tokens: tokens, scoring: scoring, memo: memo) else { continue }
            // A regex rule's `followed_by` joins the value once its validator has passed it
            // (a phone number's extension: the number decides, `Durchwahl 53` goes with it).
            if !rule.isLexicon && rule.followedBy != nil {
                candidate.range = try rule.extended(candidate.range, in: text, scratch: scratch, limits: limits)
            }
            if wholeGroupsOnly && DigitReadings.continuesGroup(candidate.range, in: text) { continue }
            // Nor may a value end inside a number the message wrote as one (`114-878`, an order
            // number `028-0749190-7875598`), unless a strong check passed it (a checksum that
            // fits is rarely chance, a numbering plan or a length often is) or it spans words
            // the message set apart by a space or a line break (`078.506.04.73⏎68.070581.Y.374`:
            // a phone number, then a pension number; the phone number's reading decides there).
            if !rule.isLexicon, DigitReadings.continuesAsWritten(after: candidate.range.upperBound, in: text, original: original, map: map),
               !(candidate.isValidated && rule.validator?.isStrong == true),
               !original[map.originalRange(candidate.range)].contains(where: { $0 <= UInt8(ascii: " ") }) {
                continue
            }
            if !compiled[match.ruleIndex].isLexicon,
               let word = DigitReadings.wordJoined(before: candidate.range.lowerBound, in: text, original: original, map: map)
                ?? DigitReadings.numberJoinedAsWritten(before: candidate.range.lowerBound, in: text, original: original, map: map) {
                candidate.joinedTo = map.originalRange(word)
            } else if candidate.isValidated {
                // Only a value that starts a group of its own: one that continues a longer group
                // may still be dropped as a part of it.
                scratch.validatedRanges.append(candidate.range)
            }
            candidate.range = map.originalRange(candidate.range)
            scratch.candidates.append(candidate)
        }
    }
}

extension MessageScanner {
    /// The prefilter a rule runs with: its own promises and what its regex says (`RegexFacts`).
    func prefilter(ofRule id: String) -> Prefilter? {
        ruleIndexByID[id].map { compiled[$0].prefilter }
    }

    /// The raw matches (rule id and normalised text) of `message` before validation: what the
    /// prefilter test compares with and without the prefilter.
    func rawMatches(in message: String) throws(ScanError) -> [String] {
        try Self.withUTF8(of: message) { (source) throws(ScanError) in
            let scratch = ScanScratch.current
            let normalized = try Self.normalize(source, scratch: scratch)
            try collectMatches(in: normalized.bytes, scratch: scratch)
            return scratch.matches.map { match in
                "\(compiled[match.ruleIndex].rule.id) \(String(decoding: UnsafeBufferPointer(rebasing: normalized.bytes[match.range]), as: UTF8.self))"
            }
        }
    }

    /// Runs the rules that the prefilter and the context gate admit over normalised `text`
    /// (whose words are in `scratch.normalization.words`) and leaves their raw matches (before
    /// validation) in `scratch.matches`.
    func collectMatches(in text: UnsafeBufferPointer<UInt8>, joined: UnsafeBufferPointer<veil_changed_span> = .init(start: nil, count: 0),
                        scratch: ScanScratch) throws(ScanError) {
        let matchData = scratch.matchData(forPairs: maxCapturePairs)
        if !scratch.matches.isEmpty { scratch.matches.removeAll(keepingCapacity: true) }
        let words = scratch.normalization.words
        let profile = usesPrefilter ? MessageProfile(text, words: words) : .unlimited
        let wordRuns = scratch.wordRuns
        wordRuns.forget()
        for word in 0..<admission.setWords {
            var admitted = admission.admitted(by: profile, inWord: word)
            while admitted != 0 {
                let rule = regexRules[word &* 64 &+ admitted.trailingZeroBitCount]
                admitted &= admitted &- 1
                guard rule.admits(text, words: words, wordRuns: wordRuns) else { continue }
                let matchesBefore = scratch.matches.count
                do throws(PCRE2MatchError) {
                    try rule.appendMatches(in: text, wordRuns: wordRuns, scratch: scratch, matchData: matchData, limits: limits)
                    if scratch.matches.count > matchesBefore && !rule.keepsMatches(in: text, words: words) {
                        scratch.matches.removeLast(scratch.matches.count - matchesBefore)
                    }
                } catch {
                    throw error.isOverBudget ? .timeBudget(milliseconds: budgetMilliseconds)
                        : .matchLimit(ruleID: compiled[rule.ruleIndex].rule.id, reason: error.message)
                }
            }
        }
        if !lexicon.isEmpty {
            lexicon.appendMatches(in: text, words: words, joined: joined, to: &scratch.matches)
        }
    }
}

/// A rule ready to run: its compiled pattern (lexicon rules run in `LexiconMatcher`),
/// validator and folded context words.
final class CompiledRule: Sendable {
    let rule: Rule
    let index: Int
    /// The rule's prefilter with what its regex says of every match added (`RegexFacts`).
    let prefilter: Prefilter
    let pattern: PCRE2Pattern?
    /// `pattern` anchored, when the rule's prefilter says what its first word holds or how long it is.
    let anchoredPattern: PCRE2Pattern?
    let validator: Validator?
    let context: ContextWords
    let negativeContext: ContextWords
    let otherSubject: ContextWords
    /// The words weighed against `otherSubject`: `rule.ownSubject`, or the context words when it is empty.
    let ownSubject: ContextWords?
    /// The words that say a message asks in general (`rule.generalContext`); nil when it has none.
    let generalContext: ContextWords?
    /// The rule's specimens as `canonicalHash(of:in:)` hashes them, and the words that make one an example.
    let specimens: Set<UInt64>
    let specimenContext: ContextWords
    /// `preceded_by`, to be searched in the bytes before a word, and `followed_by`, anchored at
    /// its end (or at a regex rule's validated value's end).
    let precededBy: PCRE2Pattern?
    let followedBy: PCRE2Pattern?
    /// Lexicon rules have no pattern: `LexiconMatcher` finds their words.
    var isLexicon: Bool { pattern == nil }

    init(_ rule: Rule, index: Int, source: String, validators: [String: Validator], contextWords: inout ContextWords.Cache,
         checksBudget: Bool) throws(PackError) {
        self.rule = rule
        self.index = index
        switch rule.matcher {
        case .regex(let regex):
            do {
                let pattern = try PCRE2Pattern(regex, limitsStarts: rule.prefilter.noSpaceBefore != nil, checksBudget: checksBudget)
                self.pattern = pattern
                let prefilter = rule.prefilter.adding(RegexFacts(of: regex))
                self.prefilter = prefilter
                anchoredPattern = prefilter.startsAtWordRuns ? try PCRE2Pattern(regex, anchored: true, checksBudget: checksBudget) : nil
            } catch {
                throw PackError(source: source, ruleID: rule.id, line: nil,
                                message: "regex does not compile: \(error.message) at offset \(error.offset)")
            }
        case .lexicon:
            pattern = nil
            anchoredPattern = nil
            prefilter = rule.prefilter
        }
        do throws(PCRE2CompileError) {
            precededBy = try rule.precededBy.map { (regex) throws(PCRE2CompileError) in try PCRE2Pattern("(?:\(regex))\\z") }
            followedBy = try rule.followedBy.map { (regex) throws(PCRE2CompileError) in try PCRE2Pattern(regex, anchored: true) }
        } catch {
            throw PackError(source: source, ruleID: rule.id, line: nil,
                            message: "'preceded_by' or 'followed_by' does not compile: \(error.message) at offset \(error.offset)")
        }
        if let name = rule.validator {
            guard let validator = validators[name] else {
                throw PackError(source: source, ruleID: rule.id, line: nil,
                                message: "unknown validator '\(name)'; known: \(validators.keys.sorted().joined(separator: ", "))")
            }
            self.validator = validator
        } else {
            validator = nil
        }
        context = contextWords.words(rule.context, typos: pattern != nil)
        negativeContext = contextWords.words(rule.negativeContext, typos: pattern != nil)
        otherSubject = contextWords.words(rule.otherSubject, typos: false)
        ownSubject = rule.ownSubject.isEmpty ? nil : contextWords.words(rule.ownSubject, typos: false)
        generalContext = rule.generalContext.isEmpty ? nil : contextWords.words(rule.generalContext, typos: false)
        specimens = Set(rule.specimens.map { specimen in
            var specimen = specimen.lowercased()
            return specimen.withUTF8 { CompiledRule.canonicalHash(of: 0..<$0.count, in: $0) }
        })
        specimenContext = contextWords.words(rule.specimenContext, typos: false)
    }

    /// A 64-bit FNV-1a hash of the letters and digits of `text[range]`, lower case: a value as
    /// its groups and separators leave it (`de89 3704-0044…` and `DE89370400…` are one specimen).
    /// A hash, not the bytes, so that asking allocates nothing; two values of a rule's few dozen
    /// specimens and a message's few values collide once in some 10^17 messages.
    static func canonicalHash(of range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text[range] where ASCII.isAlphanumeric(byte) || byte >= 0x80 {
            hash = (hash ^ UInt64(ASCII.isLetter(byte) ? byte | 0x20 : byte)) &* 0x100_0000_01B3
        }
        return hash
    }

    /// Whether `text[range]` is one of the rule's specimens with a word near it that says it is
    /// quoted as an example. The value first, by its hash: nearly every value is no specimen,
    /// and its words need no look.
    private func isQuotedSpecimen(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, window: Range<Int>,
                                  tokens: ContextWords.Tokens) -> Bool {
        !specimens.isEmpty && specimens.contains(Self.canonicalHash(of: range, in: text))
            && specimenContext.occurInProse(in: text, window: window, tokens: tokens)
    }

    /// Validates one match and scores its context; nil when it is not reported.
    func evaluate(_ match: Range<Int>, in text: UnsafeBufferPointer<UInt8>, tokens: ContextWords.Tokens,
                  scoring: ScoringModel, memo: VerdictMemo? = nil) -> Candidate? {
        var range = match
        var confidence = rule.confidence
        var isValidated = false
        var detail: FindingDetail?
        if rule.requiresContext {
            // The window only shrinks if the validator cuts the match, so no context here means none later.
            let widest = contextWindow(around: range, textCount: text.count, before: scoring.contextBefore, after: scoring.contextAfter)
            guard context.occur(in: text, window: widest, tokens: tokens) else { return nil }
        }
        if let validator {
            let candidate = text.span.extracting(range)
            switch memo?.verdict(ruleIndex: index, on: range, in: text, { validator(candidate) }) ?? validator(candidate) {
            case .invalid:
                // A specimen the checks reject (an SSN that SSA voided once it was printed on a
                // wallet insert) is still a specimen: it stands against the values inside it.
                let window = contextWindow(around: range, textCount: text.count, before: scoring.contextBefore, after: scoring.contextAfter)
                guard isQuotedSpecimen(range, in: text, window: window, tokens: tokens) else { return nil }
                return Candidate(ruleIndex: index, range: range, confidence: 0, isValidated: false, detail: nil,
                                 isLexiconWord: isLexicon, isSpecimen: true)
            case .noOpinion: break
            case .valid:
                isValidated = true
            case .validAs(let told):
                isValidated = true
                detail = told
            case .validPrefix(let length, let told):
                guard length > 0 && length <= range.count else { return nil }
                isValidated = true
                detail = told
                range = range.lowerBound..<range.lowerBound + length
            }
            if isValidated { confidence += scoring.validatedBoost }
        }
        let window = contextWindow(around: range, textCount: text.count, before: scoring.contextBefore, after: scoring.contextAfter)
        // For a word of a lexicon a negative cue anywhere near outweighs a positive one: it says
        // the word is meant otherwise (a pet's vaccination, a film about the Spanish flu). For a
        // value (a regex rule) the nearer cue decides: a label belongs to the value it stands
        // next to ("Tel. 030 …, Bestellnummer 4711").
        let hasPositive: Bool
        let negativeDecides: Bool
        if isLexicon {
            hasPositive = !context.isEmpty && context.occur(in: text, window: window, tokens: tokens)
            negativeDecides = !negativeContext.isEmpty && negativeContext.occur(in: text, window: window, tokens: tokens)
        } else {
            let positive = context.isEmpty ? nil : context.nearestDistance(to: range, in: text, window: window, tokens: tokens)
            let negative = negativeContext.isEmpty ? nil
                : negativeContext.nearestDistance(to: range, in: text, window: window, tokens: tokens, labellingOnly: true)
            hasPositive = positive != nil
            var nearerNegative = negative.map { $0 < positive ?? .max } ?? false
            // "Reisepassnummer für die Buchung: …": the booking is what the number is for.
            if nearerNegative, hasPositive,
               let label = context.nearestBefore(range, in: text, window: window, tokens: tokens),
               let other = negativeContext.nearestBefore(range, in: text, window: window, tokens: tokens),
               ContextWords.isPurpose(other, of: label, in: text, tokens: tokens) {
                nearerNegative = false
            }
            negativeDecides = nearerNegative
        }
        if rule.requiresContext && !hasPositive { return nil }
        // A published example quoted as one ("the form shows DE89 3704 0044 0532 0130 00 as an
        // example") stands until overlaps are resolved, so that no part of it is taken for
        // another value, and is then dropped.
        let isSpecimen = isQuotedSpecimen(range, in: text, window: window, tokens: tokens)
        // A pet's, people's in general, the news': the nearer of the two kinds of cue decides
        // whose health the word speaks of ("mein Hund hat Durchfall, ich selbst habe Migräne").
        // Only words outside the finding count: one inside is part of the term (`cat allergy`,
        // `PET scan`) or a severity word the finding took in (`the cat has chronic …`).
        if !otherSubject.isEmpty,
           let other = otherSubject.nearestDistance(to: range, in: text, window: window, tokens: tokens, outsideOnly: true) {
            // The nearest word that says whose health it is; in a message without one ("darf
            // wegen Kreuzband-OP die ganze Saison nicht spielen"), the nearest context word.
            let own = hasPositive
                ? ownSubject?.nearestDistance(to: range, in: text, window: window, tokens: tokens, outsideOnly: true)
                    ?? context.nearestDistance(to: range, in: text, window: window, tokens: tokens, outsideOnly: true)
                : nil
            if other < own ?? .max { return nil }
        }
        // A question in general ("Ist Paracetamol bei euch rezeptfrei?"): no one's health, unless
        // a word anywhere in the message says whose ("Der Preis für Bisoprolol ist zum Kotzen, …
        // ich brauch das wegen …").
        if let generalContext, let ownSubject, generalContext.occur(in: text, window: window, tokens: tokens),
           !ownSubject.occur(in: text, window: 0..<text.count, tokens: tokens) {
            return nil
        }
        if negativeDecides {
            // A negative cue may lower a value that passed a strong check, never drop it ("the
            // gestoría needs this on the contract asap: Z7432837R"), unless it names the value
            // directly ("Bestellnummer 4111111111111111"). A weak check (one random number in
            // ten passes it) leaves the cue to decide.
            var floor = 0.0
            if isValidated && validator?.isStrong == true,
               !(negativeContext.nearestBefore(range, in: text, window: window, tokens: tokens)
                   .map { ContextWords.namesDirectly($0, value: range, in: text, tokens: tokens) } ?? false) {
                floor = min(confidence, scoring.reportThreshold)
            }
            confidence = max(floor, confidence - scoring.negativeContextPenalty)
        } else if hasPositive {
            confidence += scoring.contextBoost
        }
        confidence = min(1, max(0, confidence))
        guard confidence >= scoring.reportThreshold || isSpecimen else { return nil }
        return Candidate(ruleIndex: index, range: range, confidence: confidence, isValidated: isValidated, detail: detail,
                         isLexiconWord: isLexicon, isSpecimen: isSpecimen)
    }
}

extension CompiledRule {
    /// How far a lexicon word reaches with what its rule lets stand before and after it
    /// (`severe` + `anxiety`, `Ibuprofen` + ` 600`): at most 40 bytes before; a regex rule's
    /// value with what it lets follow (`0221 611150` + ` durchwahl 53`).
    func extended(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, scratch: ScanScratch,
                  limits: PCRE2MatchLimits) throws(ScanError) -> Range<Int> {
        guard precededBy != nil || followedBy != nil else { return range }
        var range = range
        do throws(PCRE2MatchError) {
            if let followedBy, let match = try followedBy.firstMatch(in: text, from: range.upperBound, matchData: scratch.validatorMatchData, limits: limits) {
                range = range.lowerBound..<max(range.upperBound, match.range.upperBound)
            }
            if let precededBy {
                var start = max(0, range.lowerBound - 40)
                while start < range.lowerBound && text[start] & 0xC0 == 0x80 { start += 1 }
                let before = UnsafeBufferPointer(rebasing: text[start..<range.lowerBound])
                // The word before the match must end before it: at the window's edge too.
                if let match = try precededBy.firstMatch(in: before, from: 0, matchData: scratch.validatorMatchData, limits: limits),
                   !ContextWords.isWordByte(start + match.start > 0 ? text[start + match.start - 1] : UInt8(ascii: " ")) {
                    range = start + match.start..<range.upperBound
                }
            }
        } catch {
            throw .matchLimit(ruleID: rule.id, reason: error.message)
        }
        return range
    }
}

extension PatternPack {
    /// The packs shipped in `patterns/`, embedded in the library.
    /// How the `source` of a built-in pack starts (`builtin:health`).
    static let builtInSourcePrefix = "builtin:"

    public static func builtIn() throws(PackError) -> [PatternPack] {
        var packs: [PatternPack] = []
        for (name, toml) in EmbeddedPacks.packs {
            packs.append(try PatternPack(toml: toml, source: builtInSourcePrefix + name))
        }
        return packs
    }
}

/// `background()` computed on another thread while `foreground()` runs on this one; waits for
/// both, also when `foreground` throws. Start-up builds the lexicon (a third of its work) beside
/// the rules on a second core this way: `veil` on one short line, median of 40 runs 84 → 68 ms
/// (its main thread 569 → 371 million instructions).
private func sideBySide<Background: Sendable, Foreground, Failure: Error>(
    _ background: @escaping @Sendable () -> Background,
    _ foreground: () throws(Failure) -> Foreground) throws(Failure) -> (Background, Foreground) {
    let slot = ResultSlot<Background>()
    let done = DispatchSemaphore(value: 0)
    // A thread of its own, not a pool's: a caller on a busy pool thread must not wait for a
    // pool thread that never comes.
    Thread {
        slot.value = background()
        done.signal()
    }.start()
    let foregroundResult: Foreground
    do {
        foregroundResult = try foreground()
    } catch {
        done.wait()
        throw error
    }
    done.wait()
    return (slot.value!, foregroundResult)
}

/// Where `sideBySide` leaves the background result: written before `done` is signalled, read
/// only after it is waited for, so the semaphore orders every access.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
