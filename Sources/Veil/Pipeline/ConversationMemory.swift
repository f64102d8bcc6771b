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
    public func remember(_ message: UnsafeBufferPointer<UInt8>, of conversation: String) {
        var start = max(0, message.count - limits.tailBytes)
        // Never the second half of a character.
        while start < message.count && message[start] & 0xC0 == 0x80 { start += 1 }
        let tail = Array(message[start...])
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

extension Scanner {
    /// Scans `message` as the next message after `previous` (the end of the conversation's last
    /// message, `ConversationMemory.tail(of:)`): a cue in `previous` counts, and a value that
    /// began there is found; only findings in `message` are returned (one that began in
    /// `previous` cut to its part in `message`), in `message`'s offsets.
    public func scanBytes(_ message: UnsafeBufferPointer<UInt8>, after previous: [UInt8]) throws(ScanError) -> ScanResult {
        guard !previous.isEmpty else { return try scanBytes(message) }
        let joined = previous + [0x0A] + Array(message)
        let offset = previous.count + 1
        let scanned = try joined.withUnsafeBufferPointer { (bytes) throws(ScanError) in try scanBytes(bytes) }
        let findings = scanned.findings.compactMap { finding -> Finding? in
            guard finding.utf8Range.upperBound > offset else { return nil }
            let range = max(finding.utf8Range.lowerBound, offset) - offset..<finding.utf8Range.upperBound - offset
            return Finding(category: finding.category, type: finding.type, ruleID: finding.ruleID, utf8Range: range,
                           confidence: finding.confidence, isValidated: finding.isValidated, detail: finding.detail)
        }
        guard !findings.isEmpty else { return .clean }
        return ScanResult(findings: findings, risk: risk(of: findings))
    }
}
