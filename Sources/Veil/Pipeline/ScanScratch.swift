#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything one scan needs to write: normalisation buffers, PCRE2 match data and the
/// candidate list. Each thread has its own, kept in thread-local storage, so scans on many
/// threads share nothing mutable and take no lock; none of it is allocated per message.
///
/// Its properties, and those of the scratch types it holds, skip the runtime's exclusivity
/// checks (`@exclusivity(unchecked)`): one thread uses a scratch and no access to it overlaps
/// another, and the checks cost about 550 instructions per message.
final class ScanScratch {
    let normalization = Normalizer.Buffers()
    @exclusivity(unchecked) private(set) var matchData = PCRE2MatchData(pairCount: 16)
    /// Match data for validators that run patterns of their own (the phone numbering plans);
    /// apart from `matchData`, which holds the scan's current match while validators run.
    let validatorMatchData = PCRE2MatchData(pairCount: 32)
    /// Where the phone validator reads a candidate's digits and groups.
    let phoneNumbers = WrittenPhoneNumber.Buffers()
    @exclusivity(unchecked) var matches: [(ruleIndex: Int, range: Range<Int>)] = []
    @exclusivity(unchecked) var candidates: [Candidate] = []
    /// The normalised ranges of the validated candidates of the reading being evaluated.
    @exclusivity(unchecked) var validatedRanges: [Range<Int>] = []
    /// The message's runs of ASCII letters and digits, found when a rule asks for them.
    let wordRuns = WordRuns()

    /// This thread's match context for bounded searches, a copy of the limits of the scanner
    /// that last asked.
    @exclusivity(unchecked) private var startLimitedContext: PCRE2StartLimitedContext?

    func startLimitedContext(copying limits: PCRE2MatchLimits) -> PCRE2StartLimitedContext {
        if let startLimitedContext, startLimitedContext.limits === limits { return startLimitedContext }
        let context = PCRE2StartLimitedContext(copying: limits)
        startLimitedContext = context
        return context
    }

    // MARK: The message's time budget

    /// When the current message's budget runs out (`CLOCK_MONOTONIC` nanoseconds); 0 until the
    /// first check: the clock is read only by messages that reach a check point.
    private var deadline: UInt64 = 0
    private var budgetNanoseconds: UInt64 = .max

    /// Starts a message with `nanoseconds` of budget.
    @inline(__always) func beginMessage(budget nanoseconds: UInt64) {
        deadline = 0
        budgetNanoseconds = nanoseconds
    }

    /// Whether the current message has used up its budget, counted from its first check.
    func isOverBudget() -> Bool {
        let nanoseconds = Duration.monotonicNow()
        guard deadline != 0 else {
            deadline = budgetNanoseconds == .max ? .max : nanoseconds &+ budgetNanoseconds
            return false
        }
        return nanoseconds > deadline
    }

    /// Match data with room for `pairs` capture pairs.
    func matchData(forPairs pairs: Int) -> PCRE2MatchData {
        if matchData.pairCount < pairs { matchData = PCRE2MatchData(pairCount: pairs) }
        return matchData
    }

    /// This thread's scratch, created on first use and freed when the thread ends.
    static var current: ScanScratch {
        if let stored = pthread_getspecific(threadKey) {
            return Unmanaged<ScanScratch>.fromOpaque(stored).takeUnretainedValue()
        }
        let scratch = ScanScratch()
        pthread_setspecific(threadKey, Unmanaged.passRetained(scratch).toOpaque())
        return scratch
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { stored in
            guard let stored else { return }
            Unmanaged<ScanScratch>.fromOpaque(stored).release()
        }
        return key
    }()
}
