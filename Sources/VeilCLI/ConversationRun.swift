#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Veil

/// `--conversation`: finds each line's conversation key and holds what is remembered of each
/// conversation (`ConversationMemory`).
struct ConversationTracker: Sendable {
    let memory: ConversationMemory
    private let paths: JSONPathSet?
    private let formFields: Set<String>

    /// How long a line whose message may go on in the next waits for it (`ConversationRun`).
    let holdTime: Duration

    /// Keys at `keys`: JSONPaths into JSON lines, or field names of form payloads.
    init(keys: [String], form: Bool, memory: ConversationMemory, holdTime: Duration) throws(JSONPathError) {
        self.memory = memory
        self.holdTime = holdTime
        if form {
            paths = nil
            formFields = Set(keys)
        } else {
            paths = try JSONPathSet(keys.map { key throws(JSONPathError) in try JSONPath(key) })
            formFields = []
        }
    }

    /// The conversation of `line`: the first key found (a string's content, a number as
    /// written), nil when it has none.
    func key(of line: UnsafeBufferPointer<UInt8>) -> String? {
        if let paths {
            guard let selection = try? JSONSelection(line, paths: paths, recordingPaths: false) else { return nil }
            let first = [selection.strings.first.map(\.contentRange), selection.scalars.first].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
            return first.map { String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self) }
        }
        guard let form = try? FormPayload(line, names: formFields) else { return nil }
        return form.fields.first.map { String(decoding: $0.decoded, as: UTF8.self) }
    }
}

/// One line's place in its conversation, while the line is processed.
final class LineConversation {
    let key: String
    /// The end of the conversation's last message: each of the line's texts is scanned after it.
    let previous: [UInt8]
    /// For a held line being finished: the parts of values that its conversation's next line
    /// showed to begin at its end, in the offsets of `tail`, the end of the line's last text
    /// as the conversation's memory kept it. Its texts are then not remembered again.
    let carriedBack: (parts: [Finding], tail: [UInt8])?
    /// What the line's texts showed of values begun in `previous`, in `previous`'s offsets.
    var partsInPrevious: [Finding] = []
    /// Whether a message of the line was scanned in its conversation: a line without one (a
    /// read receipt, a reaction that carries only the sender's name) neither ends a hold nor
    /// starts one.
    var scannedMessage = false
    /// Whether the line's last message may go on in the next (`MessageScanner.mayContinue`).
    var mayContinue = false

    init(key: String, previous: [UInt8], carriedBack: (parts: [Finding], tail: [UInt8])? = nil) {
        self.key = key
        self.previous = previous
        self.carriedBack = carriedBack
    }
}

/// The filter loop of `--conversation`: lines are processed one at a time, in input order.
///
/// A line whose message may be the first part of a value split across two messages (it ends
/// in a group holding digits, `MessageScanner.mayContinue`: `meine IBAN ist DE89 3704`) is held back
/// until its conversation's next line shows whether a value goes on there. If one does, the
/// held line is processed again with that value's first part redacted too. A held line is
/// written as it is when its conversation's next line has not come within the tracker's
/// `holdTime` (`--hold-ms`) or `maximumLinesBehind` lines, and at the end of input. Output
/// keeps input order, so lines after a held one wait with it.
struct ConversationRun {
    let processor: LineProcessor
    let tracker: ConversationTracker
    /// With `--audit`: whether findings are redacted (the audit records say so).
    let auditing: Bool?
    private(set) var statistics = FilterStatistics()

    /// How many lines, and how many bytes of output, may wait behind a held line before it is
    /// written anyway: what waits stays bounded whatever the input.
    static let maximumLinesBehind = 1_000
    static let maximumBytesWaiting = 1 << 24

    /// A processed line not yet written: its output line, audit record and counts, and while it
    /// is held, what finishing it needs.
    private struct Entry {
        var output: [UInt8]
        var audit: [UInt8]
        var statistics: FilterStatistics
        var held: Held?

        var byteCount: Int { output.count + audit.count + (held?.line.count ?? 0) }
    }

    private struct Held {
        let line: [UInt8]
        let conversation: String
        /// What the line was scanned after.
        let previous: [UInt8]
        let since: ContinuousClock.Instant
    }

    private var entries: [Entry] = []
    private var firstEntry = 0
    /// The bytes of the entries not yet written: their output, audit records and held lines.
    private var bytesWaiting = 0
    /// The entry of each conversation's held line, by its place in `entries`.
    private var heldEntry: [String: Int] = [:]

    init(processor: LineProcessor, tracker: ConversationTracker, auditing: Bool?) {
        self.processor = processor
        self.tracker = tracker
        self.auditing = auditing
    }

    mutating func run(reader: inout LineReader, output: OutputWriter, audit: OutputWriter?) throws(IOFailure) {
        while true {
            // While a line is held, reading waits no longer than its hold: a line that comes in
            // pieces, or none, must not keep it (and every line behind it) back.
            let deadline = oldestHeld().map { $0 + tracker.holdTime }
            guard let block = try reader.nextBlock(deadline: deadline) else { break }
            switch block {
            case .lines(let bytes):
                bytes.withUnsafeBufferPointer { lines in
                    var start = 0
                    while start < lines.count {
                        let end = LineReader.firstNewline(in: lines, from: start, to: lines.count)!
                        process(UnsafeBufferPointer(rebasing: lines[start..<end]))
                        start = end + 1
                    }
                }
            case .tooLong, .document:
                append(Self.entry(auditing: auditing) { entry, auditLog in
                    processor.process(block, into: &entry.output, audit: &auditLog, statistics: &entry.statistics)
                })
            }
            try write(to: output, audit: audit, releasingHeldSince: ContinuousClock.now - tracker.holdTime)
        }
        try write(to: output, audit: audit, releasingHeldSince: nil)
    }

    /// Processes one line; finishes its conversation's held line, and holds this one if its
    /// message may go on in the next.
    private mutating func process(_ line: UnsafeBufferPointer<UInt8>) {
        let key = tracker.key(of: line)
        let conversation = key.map { LineConversation(key: $0, previous: tracker.memory.tail(of: $0) ?? []) }
        var entry = Self.entry(of: line, in: conversation, processor: processor, auditing: auditing)
        guard let key, let conversation, conversation.scannedMessage else { return append(entry) }
        if let index = heldEntry.removeValue(forKey: key), let held = entries[index].held {
            if conversation.partsInPrevious.isEmpty {
                bytesWaiting -= held.line.count
                entries[index].held = nil
            } else {
                let finishing = LineConversation(key: key, previous: held.previous,
                                                 carriedBack: (conversation.partsInPrevious, conversation.previous))
                let finished = held.line.withUnsafeBufferPointer {
                    Self.entry(of: $0, in: finishing, processor: processor, auditing: auditing)
                }
                bytesWaiting += finished.byteCount - entries[index].byteCount
                entries[index] = finished
            }
        }
        if tracker.holdTime > .zero && conversation.mayContinue {
            entry.held = Held(line: Array(line), conversation: key, previous: conversation.previous, since: .now)
            heldEntry[key] = entries.count
        }
        append(entry)
    }

    private mutating func append(_ entry: Entry) {
        bytesWaiting += entry.byteCount
        entries.append(entry)
    }

    private static func entry(of line: UnsafeBufferPointer<UInt8>, in conversation: LineConversation?, processor: LineProcessor,
                              auditing: Bool?) -> Entry {
        entry(auditing: auditing) { entry, auditLog in
            entry.statistics.lines = 1
            let outcome = processor.process(line, in: conversation, into: &entry.output, statistics: &entry.statistics)
            auditLog?.append(outcome, line: line, policy: processor.policy)
            entry.output.append(0x0A)
        }
    }

    /// An entry that `body` writes: its output and counts, and with `--audit` its records.
    private static func entry(auditing: Bool?, _ body: (inout Entry, inout AuditLog?) -> Void) -> Entry {
        var entry = Entry(output: [], audit: [], statistics: FilterStatistics(), held: nil)
        var auditLog = auditing.map { AuditLog(redacts: $0) }
        body(&entry, &auditLog)
        entry.audit = auditLog?.bytes ?? []
        return entry
    }

    private func oldestHeld() -> ContinuousClock.Instant? {
        heldEntry.values.lazy.compactMap { entries[$0].held?.since }.min()
    }

    /// Writes the entries from the first on, up to the first held one that may still wait:
    /// lines held since before `releasingHeldSince` (all of them when nil) or with too many
    /// lines behind them are written as they are.
    private mutating func write(to output: OutputWriter, audit: OutputWriter?, releasingHeldSince cutoff: ContinuousClock.Instant?) throws(IOFailure) {
        // One write for all the entries that are ready, not a system call per line.
        var ready: [UInt8] = [], readyAudit: [UInt8] = []
        while firstEntry < entries.count {
            if let held = entries[firstEntry].held {
                let waitedLongEnough = cutoff.map { held.since <= $0 } ?? true
                guard waitedLongEnough || entries.count - firstEntry > Self.maximumLinesBehind
                    || bytesWaiting > Self.maximumBytesWaiting else { break }
                heldEntry[held.conversation] = nil
            }
            let entry = entries[firstEntry]
            ready += entry.output
            readyAudit += entry.audit
            statistics.merge(entry.statistics)
            bytesWaiting -= entry.byteCount
            entries[firstEntry] = Entry(output: [], audit: [], statistics: FilterStatistics(), held: nil)
            firstEntry += 1
        }
        if !ready.isEmpty { try output.writeAll(ready) }
        if !readyAudit.isEmpty { try audit?.writeAll(readyAudit) }
        // The written front is dropped once it is half of the entries, so they stay bounded.
        if firstEntry > 64 && firstEntry * 2 > entries.count {
            entries.removeFirst(firstEntry)
            heldEntry = heldEntry.mapValues { $0 - firstEntry }
            firstEntry = 0
        }
    }
}
