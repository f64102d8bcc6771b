import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Veil keeps of each conversation between its messages: the end of the last message, so
/// that a cue in it counts for a value in the next ("Wie lautet Ihre Steuer-ID?" … "12345678903")
/// and a value split across two messages of a conversation is found in the second.
///
/// It keeps nothing else, and not for long: at most `Limits.tailBytes` bytes of one message per
/// conversation, for at most `Limits.maximumConversations` conversations (the least recently
/// seen are forgotten first) and `Limits.maximumAge` after the conversation's last message.
/// Safe to share between threads; a conversation's messages must come in order.
public final class ConversationMemory: Sendable {
    public struct Limits: Sendable {
        /// The most conversations remembered at once.
        public var maximumConversations = 100_000
        /// How long a conversation is remembered after its last message.
        public var maximumAge = Duration.seconds(30 * 60)
        /// How much of a message's end is kept: a cue stands within 50 bytes of its value.
        public var tailBytes = 160
        public init() {}
    }

    private struct Entry {
        var tail: [UInt8]
        var lastSeen: UInt64
        /// Which of the conversation's places in `order` is current.
        var stamp: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Conversations in the order they were last seen, oldest first; an item whose stamp is
        /// not its entry's current one is stale and skipped (seen again since).
        var order: [(key: String, stamp: UInt64)] = []
        var orderStart = 0
        var nextStamp: UInt64 = 0
    }

    public let limits: Limits
    private let state = Mutex(State())

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// How many conversations are remembered now.
    public var count: Int { state.withLock { $0.entries.count } }

    /// The end of the last message of `conversation`, if it is remembered and not too old.
    public func tail(of conversation: String) -> [UInt8]? {
        let now = Duration.monotonicNow()
        return state.withLock { state in
            guard let entry = state.entries[conversation] else { return nil }
            return now &- entry.lastSeen <= maximumAgeNanoseconds ? entry.tail : nil
        }
    }

    /// Remembers the end of `message` as the last message of `conversation`.
    public func remember(_ message: Span<UInt8>, of conversation: String) {
        var start = max(0, message.count - limits.tailBytes)
        // Never the second half of a character.
        while start < message.count && message[start] & 0xC0 == 0x80 { start += 1 }
        let tail = message.extracting(start...).withUnsafeBufferPointer(Array.init)
        let now = Duration.monotonicNow()
        state.withLock { state in
            let stamp = state.nextStamp
            state.nextStamp += 1
            state.entries[conversation] = Entry(tail: tail, lastSeen: now, stamp: stamp)
            state.order.append((conversation, stamp))
            forgetOld(&state, now: now)
        }
    }

    /// Forgets the least recently seen conversations over the count, and the ones too old.
    private func forgetOld(_ state: inout State, now: UInt64) {
        while state.orderStart < state.order.count {
            let (key, stamp) = state.order[state.orderStart]
            guard let entry = state.entries[key], entry.stamp == stamp else {
                state.orderStart += 1  // seen again since, or forgotten
                continue
            }
            guard state.entries.count > limits.maximumConversations || now &- entry.lastSeen > maximumAgeNanoseconds else { break }
            state.entries[key] = nil
            state.orderStart += 1
        }
        // The queue's consumed front is dropped once it is half of it, so it stays bounded too.
        if state.orderStart > 1024 && state.orderStart * 2 > state.order.count {
            state.order.removeFirst(state.orderStart)
            state.orderStart = 0
        }
    }

    private var maximumAgeNanoseconds: UInt64 { limits.maximumAge.wholeNanoseconds }
}

extension Duration {
    /// Nanoseconds on the monotonic clock (`CLOCK_MONOTONIC`), for deadlines and ages.
    static func monotonicNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// The duration in nanoseconds, 0 when negative, saturating at `UInt64.max`.
    var wholeNanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = UInt64(clamping: seconds).multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : product &+ UInt64(clamping: attoseconds / 1_000_000_000)
    }
}

/// A message scanned after the end of its conversation's last message.
public struct ContinuedScanResult: Sendable, Equatable {
    /// The findings in the message, in its offsets; one that began in the last message is cut
    /// to its part in this one.
    public let result: ScanResult
    /// The first parts of values split across the two messages: of each finding that began in
    /// `previous` and went on into this message, its part in `previous`, in `previous`'s offsets.
    /// A caller that still holds the last message redacts them there too
    /// (`ScanResult.addingParts(_:)`).
    public let partsInPrevious: [Finding]
}

extension MessageScanner {
    /// Scans `message` as the next message after `previous` (the end of the conversation's last
    /// message, `ConversationMemory.tail(of:)`): a cue in `previous` counts, and a value that
    /// began there is found; only findings in `message` are returned (one that began in
    /// `previous` cut to its part in `message`), in `message`'s offsets; those `policy` counts.
    public func scanBytes(_ message: Span<UInt8>, after previous: [UInt8],
                          policy: RedactionPolicy = RedactionPolicy()) throws(ScanError) -> ScanResult {
        try scanBytes(message, continuing: previous, policy: policy).result
    }

    /// Scans `message` after `previous` as `scanBytes(_:after:)` does, and also gives the parts
    /// in `previous` of values that began there.
    public func scanBytes(_ message: Span<UInt8>, continuing previous: [UInt8],
                          policy: RedactionPolicy = RedactionPolicy()) throws(ScanError) -> ContinuedScanResult {
        guard !previous.isEmpty else { return ContinuedScanResult(result: try scanBytes(message, policy: policy), partsInPrevious: []) }
        let joined = previous + [0x0A] + message.withUnsafeBufferPointer(Array.init)
        let offset = previous.count + 1
        let scanned = try scanBytes(joined.span, policy: policy)
        var findings: [Finding] = []
        var partsInPrevious: [Finding] = []
        for finding in scanned.findings where finding.utf8Range.upperBound > offset {
            findings.append(finding.moved(to: max(finding.utf8Range.lowerBound, offset) - offset..<finding.utf8Range.upperBound - offset))
            if finding.utf8Range.lowerBound < previous.count {
                partsInPrevious.append(finding.moved(to: finding.utf8Range.lowerBound..<previous.count))
            }
        }
        guard !findings.isEmpty else { return ContinuedScanResult(result: .clean, partsInPrevious: []) }
        return ContinuedScanResult(result: ScanResult(findings: findings, risk: risk(of: findings)), partsInPrevious: partsInPrevious)
    }

    /// Whether `message` ends the way the first part of a value split across two messages does:
    /// in a group of ASCII letters, digits and `+-./()` that holds at least two digits
    /// (`DE89 3704`, `4111 1111`, `+49 151`), trailing white space aside. A filter that can
    /// wait for the conversation's next message holds such a message back until then.
    public static func mayContinue(_ message: Span<UInt8>) -> Bool {
        var end = message.count
        while end > 0 && [0x20, 0x09, 0x0A, 0x0D].contains(message[end - 1]) { end -= 1 }
        var digits = 0
        var index = end
        while index > 0 {
            let byte = message[index - 1]
            guard ASCII.isAlphanumeric(byte) || "+-./()".utf8.contains(byte) else { break }
            if ASCII.isDigit(byte) { digits += 1 }
            index -= 1
        }
        return digits >= 2
    }
}

extension ScanResult {
    /// This result with `parts` added: the first parts of values that the next message showed
    /// to go on there (`ContinuedScanResult.partsInPrevious`, moved to this message's offsets).
    /// A finding that overlaps a part is taken into it; the risk is that of the new findings.
    public func addingParts(_ parts: [Finding], scanner: MessageScanner) -> ScanResult {
        guard !parts.isEmpty else { return self }
        // Each part widened to the findings and other parts it overlaps.
        var merged: [Finding] = []
        for part in parts.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }) {
            let overlapping = findings.filter { $0.utf8Range.overlaps(part.utf8Range) }
            var lower = overlapping.map(\.utf8Range.lowerBound).reduce(part.utf8Range.lowerBound, min)
            var upper = overlapping.map(\.utf8Range.upperBound).reduce(part.utf8Range.upperBound, max)
            if let last = merged.last, last.utf8Range.upperBound > lower {
                lower = min(lower, last.utf8Range.lowerBound)
                upper = max(upper, last.utf8Range.upperBound)
                merged.removeLast()
            }
            merged.append(part.moved(to: lower..<upper))
        }
        let kept = findings.filter { finding in !merged.contains { $0.utf8Range.overlaps(finding.utf8Range) } }
        let all = (kept + merged).sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        return ScanResult(findings: all, risk: scanner.risk(of: all))
    }
}
