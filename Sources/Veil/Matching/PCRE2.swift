import CPCRE2

/// PCRE2's account of a pattern it could not compile.
struct PCRE2CompileError: Error, Equatable, Sendable {
    let message: String
    /// Byte offset in the pattern where PCRE2 stopped.
    let offset: Int
}

/// Why a match could not be completed: PCRE2 hit one of the limits set for hostile input, or
/// failed otherwise. A message whose match failed is never passed through unscanned.
struct PCRE2MatchError: Error, Equatable, Sendable {
    let code: Int32
    var message: String { PCRE2.message(for: code) }
    /// Whether the match stopped because the message's time budget ran out (`budgetCallout`).
    var isOverBudget: Bool { code == PCRE2_ERROR_CALLOUT }
}

/// Called by PCRE2 at every start position a budget-checked pattern tries (its leading
/// `(?C255)`): stops the match, with `PCRE2_ERROR_CALLOUT`, once this thread's message has used
/// up its time budget (`ScanScratch.isOverBudget`).
private let budgetCallout: @convention(c) (UnsafeMutablePointer<pcre2_callout_block_8>?, UnsafeMutableRawPointer?) -> Int32 = { _, _ in
    ScanScratch.current.isOverBudget() ? PCRE2_ERROR_CALLOUT : 0
}

enum PCRE2 {
    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        return length > 0 ? String(decoding: buffer[..<Int(length)], as: UTF8.self) : "PCRE2 error \(code)"
    }
}

/// One compiled (and, unless asked otherwise, JIT-compiled) PCRE2 pattern. Owns its
/// `pcre2_code` and frees it on deinit.
///
/// `@unchecked Sendable`: after compilation the code is only read. PCRE2 documents compiled
/// patterns (JIT code included) as shareable between threads; all per-match state lives in
/// `PCRE2MatchData`, which each thread owns.
final class PCRE2Pattern: @unchecked Sendable {
    private let code: OpaquePointer
    let isJITCompiled: Bool
    /// The number of the capture group named `value`, if the pattern has one.
    let valueGroup: Int?
    let captureCount: Int

    /// Compiles `pattern`; with `anchored`, every match must start at the offset it is tried at;
    /// with `limitsStarts`, `forEachMatch(in:startingIn:…)` can bound where matches start (and
    /// PCRE2's start-up optimisation is off: it looked for a first character past the bound, to
    /// the end of the line, so a line of a million `@` took 4.5 s for the e-mail rule, now 0.05 s);
    /// without `jit`, matches run in PCRE2's interpreter (for many small patterns on short
    /// subjects, such as the phone numbering plans, whose JIT compilation would cost more than it saves);
    /// with `checksBudget`, every start position it tries checks the message's time budget
    /// first (for rules of packs loaded at run time; the built-in rules are linear, measured by
    /// the pathological benchmarks, and do without the call).
    init(_ pattern: String, anchored: Bool = false, limitsStarts: Bool = false, jit: Bool = true,
         checksBudget: Bool = false) throws(PCRE2CompileError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        // A callout before the pattern runs at each start position tried. Start-of-pattern
        // verbs such as `(*UTF)` must stay first; such a pattern is left as it is.
        let calloutPrefix = checksBudget && !pattern.hasPrefix("(*") ? "(?C255)" : ""
        let pattern = calloutPrefix + pattern
        let options = UInt32(PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK) | (anchored ? UInt32(PCRE2_ANCHORED) : 0)
            | (limitsStarts ? UInt32(PCRE2_USE_OFFSET_LIMIT | PCRE2_NO_START_OPTIMIZE) : 0)
        let compiled = pattern.utf8CString.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: UInt8.self) { bytes in
                pcre2_compile_8(bytes.baseAddress, bytes.count - 1, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw PCRE2CompileError(message: PCRE2.message(for: errorCode), offset: max(0, errorOffset - calloutPrefix.utf8.count))
        }
        code = compiled
        isJITCompiled = jit && pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        let number = "value".utf8CString.withUnsafeBufferPointer { name in
            name.withMemoryRebound(to: UInt8.self) { pcre2_substring_number_from_name_8(compiled, $0.baseAddress) }
        }
        valueGroup = number > 0 ? Int(number) : nil
    }

    deinit { pcre2_code_free_8(code) }

    /// Calls `body` with the byte range of each match in `subject`, trying every start position
    /// (valid UTF-8): the `value` group's range when the pattern has one, else the whole match.
    func forEachMatch(in subject: UnsafeBufferPointer<UInt8>, matchData: PCRE2MatchData,
                      limits: PCRE2MatchLimits, _ body: (Range<Int>) -> Void) throws(PCRE2MatchError) {
        guard !subject.isEmpty else { return }
        var start = 0
        while start <= subject.count, let (matchStart, range) = try firstMatch(in: subject, from: start, matchData: matchData, limits: limits) {
            body(range)
            // Resume one character after the match's start, not at its end: a validator may cut
            // a match back (an IBAN that ran into the next word), and the text it gives back can
            // hold the next value. The resulting overlaps are resolved later.
            start = Self.nextCharacter(after: matchStart, in: subject)
        }
    }

    /// `forEachMatch` for the matches that start within `starts` only (the pattern compiled
    /// with `limitsStarts`): PCRE2 stops trying after `starts.upperBound`. `context` is the
    /// calling thread's, since its offset limit is set here.
    func forEachMatch(in subject: UnsafeBufferPointer<UInt8>, startingIn starts: ClosedRange<Int>, matchData: PCRE2MatchData,
                      context: PCRE2StartLimitedContext, _ body: (Range<Int>) -> Void) throws(PCRE2MatchError) {
        pcre2_set_offset_limit_8(context.pointer, starts.upperBound)
        var start = starts.lowerBound
        while start <= starts.upperBound,
              let (matchStart, range) = try firstMatch(in: subject, from: start, matchData: matchData, context: context.pointer) {
            body(range)
            start = Self.nextCharacter(after: matchStart, in: subject)
        }
    }

    /// The first match at or after `start` (for an anchored pattern: at `start`): where it
    /// starts, and the range `forEachMatch` reports for it.
    func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int, matchData: PCRE2MatchData,
                    limits: PCRE2MatchLimits) throws(PCRE2MatchError) -> (start: Int, range: Range<Int>)? {
        try firstMatch(in: subject, from: start, matchData: matchData, context: limits.context)
    }

    private func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int, matchData: PCRE2MatchData,
                            context: OpaquePointer) throws(PCRE2MatchError) -> (start: Int, range: Range<Int>)? {
        guard let base = subject.baseAddress else { return nil }
        let result: Int32
        if isJITCompiled {
            result = pcre2_jit_match_8(code, base, subject.count, start, 0, matchData.pointer, context)
        } else {
            result = pcre2_match_8(code, base, subject.count, start, UInt32(PCRE2_NO_UTF_CHECK), matchData.pointer, context)
        }
        if result == PCRE2_ERROR_NOMATCH { return nil }
        guard result > 0 else { throw PCRE2MatchError(code: result) }
        let ovector = pcre2_get_ovector_pointer_8(matchData.pointer)!
        if let group = valueGroup, group < Int(result), ovector[2 * group] != cpcre2_unset() {
            return (ovector[0], ovector[2 * group]..<ovector[2 * group + 1])
        }
        return (ovector[0], ovector[0]..<ovector[1])
    }

    /// The ranges of the whole match (index 0) and of each capture group (nil when a group took
    /// no part) of the first match at or after `start`; nil when there is none.
    func captureRanges(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, matchData: PCRE2MatchData,
                       limits: PCRE2MatchLimits) throws(PCRE2MatchError) -> [Range<Int>?]? {
        guard try firstMatch(in: subject, from: start, matchData: matchData, context: limits.context) != nil else { return nil }
        let ovector = pcre2_get_ovector_pointer_8(matchData.pointer)!
        let pairs = min(captureCount + 1, Int(pcre2_get_ovector_count_8(matchData.pointer)))
        return (0..<pairs).map { group in
            ovector[2 * group] == cpcre2_unset() ? nil : ovector[2 * group]..<ovector[2 * group + 1]
        }
    }

    private static func nextCharacter(after offset: Int, in subject: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < subject.count && subject[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}

/// Per-thread match state (the ovector). Reused across matches and patterns.
final class PCRE2MatchData {
    let pointer: OpaquePointer
    let pairCount: Int

    init(pairCount: Int) {
        self.pairCount = pairCount
        pointer = pcre2_match_data_create_8(UInt32(pairCount), nil)!
    }

    deinit { pcre2_match_data_free_8(pointer) }
}

/// Limits that bound the work of one match call, so that no input can make a rule run
/// unbounded (catastrophic backtracking).
///
/// `@unchecked Sendable`: the match context is written once here and only read afterwards.
final class PCRE2MatchLimits: @unchecked Sendable {
    let context: OpaquePointer

    init(matchLimit: UInt32, depthLimit: UInt32, heapLimitKiB: UInt32) {
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        pcre2_set_heap_limit_8(context, heapLimitKiB)
        pcre2_set_callout_8(context, budgetCallout, nil)
    }

    deinit { pcre2_match_context_free_8(context) }

    /// Limits for patterns run on short subjects (a phone number's digits, one allow-listed
    /// value), where a failed match counts as no match.
    static let shortSubjects = PCRE2MatchLimits(matchLimit: 100_000, depthLimit: 1_000, heapLimitKiB: 1_000)
}

/// One thread's copy of the scanner's match limits, whose offset limit (the last position a
/// match may start at) it sets before each bounded search.
final class PCRE2StartLimitedContext {
    let pointer: OpaquePointer
    /// The limits it copies.
    let limits: PCRE2MatchLimits

    init(copying limits: PCRE2MatchLimits) {
        self.limits = limits
        pointer = pcre2_match_context_copy_8(limits.context)!
    }

    deinit { pcre2_match_context_free_8(pointer) }
}
