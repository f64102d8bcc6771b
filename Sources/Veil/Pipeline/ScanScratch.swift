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
    @exclusivity(unchecked) var validatedRanges = ValidatedRanges()
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
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    func beginMessage(budget nanoseconds: UInt64) {
        deadline = 0
        budgetNanoseconds = nanoseconds
    }

    /// The validators' verdicts on the current message's candidates, for readings with many
    /// matches (`VerdictMemo`).
    let verdicts = VerdictMemo()

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

/// The verdicts of the validators on the candidates of one reading of a message, by rule and
/// candidate bytes. A run of one repeated value asks the same question at every position: 1 MB
/// of `1o ` (read as `10 10 10 …`) checked some 330,000 equal candidates against the phone
/// numbering plans, 0.77 s of its 0.78 s. The scanner uses it only for a reading with more than
/// `minimumMatches` matches, so that an everyday message neither hashes nor allocates.
final class VerdictMemo {
    static let minimumMatches = 256

    /// One remembered verdict: the hash of rule, length and bytes, where the candidate starts in
    /// the reading, and the reading it belongs to.
    private struct Slot {
        var hash: UInt64 = 0
        var start = 0
        var count = 0
        var reading = 0
        var verdict = ValidatorVerdict.noOpinion
    }

    /// A fixed table indexed by the hash's low bits; a newer candidate takes its slot over. A
    /// dictionary that kept every candidate grew to 300,000 entries on 1 MB of random two-digit
    /// groups, where hardly a candidate repeats, and its growth cost 30% of that scan (perf):
    /// with this table the megabyte takes 400–460 instead of 640 ms of CPU through `veil`. The
    /// repeats the memo is for come close together, as in `1o 1o 1o`.
    private var slots = [Slot](repeating: Slot(), count: 4096)
    /// Counts the readings, so that forgetting writes nothing into the table.
    private var reading = 1

    /// The verdict of rule `ruleIndex`'s validator on `text[range]`, from `check` the first time.
    func verdict(ruleIndex: Int, on range: Range<Int>, in text: UnsafeBufferPointer<UInt8>,
                 _ check: () -> ValidatorVerdict) -> ValidatorVerdict {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: ruleIndex &* 31 &+ range.count)
        for index in range { hash = (hash ^ UInt64(text[index])) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & UInt64(slots.count - 1))
        let known = slots[slot]
        // memcmp: comparing the two slices generically cost 327 of 2,817 million instructions on 1 MB of `1o `.
        if known.reading == reading && known.hash == hash && known.count == range.count
            && (range.isEmpty || memcmp(text.baseAddress! + known.start, text.baseAddress! + range.lowerBound, range.count) == 0) {
            return known.verdict
        }
        let verdict = check()
        slots[slot] = Slot(hash: hash, start: range.lowerBound, count: range.count, reading: reading, verdict: verdict)
        return verdict
    }

    /// Starts over, for another reading.
    func forget() {
        reading &+= 1
    }
}

/// The normalised ranges of the values validated so far in one reading of a message, asked
/// whether a match lies strictly inside one of them (`MessageScanner.appendCandidates` skips such a
/// match: it would lose to the value anyway). Kept as runs sorted by start, each with the
/// running largest end, so a question costs a binary search per run: a megabyte of random
/// two-digit groups holds thousands of validated values, and looking at each for every match
/// made the scan quadratic (68% of its time; 300 KB took 1.1 s). Values arrive rule by rule,
/// each rule's in order, so there are few runs.
struct ValidatedRanges {
    private var starts: [Int] = []
    /// The largest end of the run's ranges up to each one, and the start of the first range
    /// that ends there (the smallest such start, since a run is in order of start).
    private var largestEnds: [(end: Int, start: Int)] = []
    /// Where each run begins in `starts`.
    private var runs: [Int] = []
    /// Past this many runs (ranges that come out of order), `containsStrictly` answers false:
    /// the question only spares work, and its answer must never hide a match.
    private static let maximumRuns = 32

    var isEmpty: Bool { starts.isEmpty }

    mutating func removeAll() {
        starts.removeAll(keepingCapacity: true)
        largestEnds.removeAll(keepingCapacity: true)
        runs.removeAll(keepingCapacity: true)
    }

    mutating func append(_ range: Range<Int>) {
        if let last = starts.last, range.lowerBound >= last, let previous = largestEnds.last {
            largestEnds.append(range.upperBound > previous.end ? (range.upperBound, range.lowerBound) : previous)
        } else {
            runs.append(starts.count)
            largestEnds.append((range.upperBound, range.lowerBound))
        }
        starts.append(range.lowerBound)
    }

    /// Whether a range appended earlier holds `range` and is longer than it. Never true for a
    /// range that none holds; false for any past `maximumRuns`.
    func containsStrictly(_ range: Range<Int>) -> Bool {
        guard !starts.isEmpty, runs.count <= Self.maximumRuns else { return false }
        for (number, first) in runs.enumerated() {
            let end = number + 1 < runs.count ? runs[number + 1] : starts.count
            // The last range of the run that starts at or before `range`.
            var low = first, high = end
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= range.lowerBound { low = middle + 1 } else { high = middle }
            }
            guard low > first else { continue }
            let largest = largestEnds[low - 1]
            if largest.end > range.upperBound || (largest.end == range.upperBound && largest.start < range.lowerBound) { return true }
        }
        return false
    }
}
