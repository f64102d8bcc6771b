#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation  // NSCondition and Thread, for the parallel pipeline
import Veil

/// Counts for `--stats`.
struct FilterStatistics {
    var lines = 0
    var linesWithFindings = 0
    var findingsByCategory = PerCategory<Int>()
    var invalidUTF8Lines = 0
    var invalidJSONLines = 0
    var missingFieldLines = 0
    var duplicateFieldLines = 0
    var tooLongLines = 0
    var failedScans = 0
    /// Lines withheld because the policy withholds their risk (`--withhold-from`).
    var withheldByPolicy = 0

    /// Lines whose content was withheld rather than scanned.
    var withheldLines: Int { tooLongLines + failedScans }

    var report: String {
        var lines = ["veil: \(self.lines) lines, \(linesWithFindings) with findings"]
        for category in Category.allCases {
            lines.append("  \(category.rawValue): \(findingsByCategory[category] ?? 0)")
        }
        lines.append("  invalid UTF-8 lines (repaired with U+FFFD): \(invalidUTF8Lines)")
        lines.append("  invalid JSON lines (scanned as text): \(invalidJSONLines)")
        lines.append("  lines without the message field (scanned as text): \(missingFieldLines)")
        lines.append("  lines with the message field twice (scanned as text): \(duplicateFieldLines)")
        lines.append("  lines over the size limit (withheld): \(tooLongLines)")
        lines.append("  lines that failed to scan (withheld): \(failedScans)")
        lines.append("  lines withheld by the policy for their risk: \(withheldByPolicy)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Turns one input line into one output line. Immutable and `Sendable`, so worker threads
/// share it; each worker keeps its own statistics.
struct LineProcessor: Sendable {
    let scanner: MessageScanner
    private(set) var sink: OutputSink
    /// Which findings count, and the risk from which a line is withheld.
    private(set) var policy: RedactionPolicy
    /// Whether the policy's pseudonyms are scoped per line (`day`, `conversation`), found once.
    private let resolvesPolicyPerLine: Bool
    /// In jsonl mode, the path to the member holding the message; nil in text mode.
    private let jsonField: JSONPathSet?
    /// With `--profile` or `--path`: each line (or the document) is a payload, scanned where the
    /// profile says and written back in place, by `payloadSink`.
    private let payloads: PayloadScanner?
    private var payloadSink: PayloadSink?
    /// With `--conversation`: where each line's conversation key is, and what is remembered.
    var conversations: ConversationTracker?

    init(scanner: MessageScanner, sink: OutputSink, jsonField: String?, policy: RedactionPolicy) {
        self.scanner = scanner
        self.sink = sink
        self.policy = policy
        resolvesPolicyPerLine = policy.hasPerMessageScope
        // One path of one step: within JSONPathSet's limits.
        self.jsonField = jsonField.map { try! JSONPathSet([JSONPath(member: $0)]) }
        payloads = nil
        payloadSink = nil
    }

    /// A processor of payloads; `sink` writes what stands in for a payload that could not be read.
    init(payloads: PayloadScanner, sink: PayloadSink) {
        self.scanner = payloads.scanner
        self.sink = sink.fallback
        policy = payloads.policy
        resolvesPolicyPerLine = policy.hasPerMessageScope
        jsonField = nil
        self.payloads = payloads
        payloadSink = sink
    }

    /// Writes one output line, newline included, for each line of `block`; with an `audit`
    /// log, one audit record per line too.
    func process(_ block: InputBlock, into output: inout [UInt8], audit: inout AuditLog?, statistics: inout FilterStatistics) {
        switch block {
        case .tooLong(let count):
            statistics.lines += 1
            statistics.tooLongLines += 1
            sink.writeError(.lineTooLong, detail: "\(count) bytes", to: &output)
            output.append(0x0A)
            audit?.append(.failed(.lineTooLong), line: nil, policy: policy)
        case .document(let bytes):
            statistics.lines += 1
            let start = output.count
            bytes.withUnsafeBufferPointer { document in
                let outcome = process(document, into: &output, statistics: &statistics)
                audit?.append(outcome, line: document, policy: policy)
            }
            // A payload written back keeps its own last byte; a record that stands in for it ends the line.
            if output.last != 0x0A && output.count > start { output.append(0x0A) }
        case .lines(let bytes):
            bytes.withUnsafeBufferPointer { lines in
                var start = 0
                while start < lines.count {
                    // Every line of a block ends with a newline.
                    let end = LineReader.firstNewline(in: lines, from: start, to: lines.count)!
                    statistics.lines += 1
                    let line = UnsafeBufferPointer(rebasing: lines[start..<end])
                    let outcome = process(line, into: &output, statistics: &statistics)
                    audit?.append(outcome, line: line, policy: policy)
                    output.append(0x0A)
                    start = end + 1
                }
            }
        }
    }

    private func process(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], statistics: inout FilterStatistics) -> LineOutcome {
        process(line, in: nil, into: &output, statistics: &statistics)
    }

    /// Writes the output line of one input line (without its newline), `conversation` being
    /// the line's place in its conversation (`--conversation`; `ConversationRun`).
    func process(_ line: UnsafeBufferPointer<UInt8>, in conversation: LineConversation?, into output: inout [UInt8],
                 statistics: inout FilterStatistics) -> LineOutcome {
        // Pseudonyms scoped by day or conversation: this line's own policy and sinks.
        if resolvesPolicyPerLine {
            var resolved = self
            resolved.policy = policy.resolved(conversation: conversation?.key)
            resolved.sink = sink.redacting(with: resolved.policy)
            resolved.payloadSink = payloadSink.map { PayloadSink(redaction: $0.redaction == nil ? nil : resolved.policy) }
            return resolved.process(line, conversation: conversation, into: &output, statistics: &statistics)
        }
        return process(line, conversation: conversation, into: &output, statistics: &statistics)
    }

    private func process(_ line: UnsafeBufferPointer<UInt8>, conversation: LineConversation?, into output: inout [UInt8],
                         statistics: inout FilterStatistics) -> LineOutcome {
        if let payloads, let payloadSink {
            return processPayload(line, payloads: payloads, sink: payloadSink, conversation: conversation, into: &output, statistics: &statistics)
        }
        guard let field = jsonField else {
            return scanAndWrite(bytes: line, jsonLine: nil, lineBytes: line, into: &output, statistics: &statistics)
        }
        // Checked on bytes: only a message with findings or escapes becomes a string.
        guard UTF8Check.isValid(line) else {
            statistics.invalidUTF8Lines += 1
            let repaired = String(decoding: line, as: UTF8.self)
            return Array(repaired.utf8).withUnsafeBufferPointer {
                processJSON($0, field: field, conversation: conversation, into: &output, statistics: &statistics)
            }
        }
        return processJSON(line, field: field, conversation: conversation, into: &output, statistics: &statistics)
    }

    /// A payload: its selected values scanned and written back in place. One that is not valid
    /// JSON (or form encoding, or UTF-8) is scanned whole as text and flagged, as a JSON line
    /// that is not an object is.
    private func processPayload(_ payload: UnsafeBufferPointer<UInt8>, payloads: PayloadScanner, sink: PayloadSink, conversation: LineConversation?,
                                into output: inout [UInt8], statistics: inout FilterStatistics) -> LineOutcome {
        do throws(PayloadError) {
            // A sender's name is no message of the conversation: it is scanned on its own.
            let result = try payloads.scan(payload.span) { (text, kind) throws(ScanError) in
                try scan(text, conversation: kind == .message ? conversation : nil)
            }
            if policy.withholds(result.risk) { return withhold(result.risk, into: &output, statistics: &statistics) }
            if !result.isClean { statistics.linesWithFindings += 1 }
            let findings = result.values.flatMap(\.result.findings)
            for finding in findings { statistics.findingsByCategory.add(1, to: finding.category) }
            sink.write(result, payload: payload, to: &output)
            return .scanned(findings: findings, risk: result.risk, flag: nil)
        } catch .scanFailed(let error) {
            statistics.failedScans += 1
            self.sink.writeError(.scanFailed, detail: error.description, to: &output)
            return .failed(.scanFailed)
        } catch {
            let flag: RecordError
            if error == .invalidUTF8 {
                statistics.invalidUTF8Lines += 1
                flag = .invalidUTF8
            } else {
                statistics.invalidJSONLines += 1
                flag = payloads.profile.encoding == .form ? .invalidForm : .invalidJSON
            }
            return scanAndWrite(String(decoding: payload, as: UTF8.self), jsonLine: nil, lineBytes: payload, flag: flag,
                                into: &output, statistics: &statistics)
        }
    }

    /// A JSON line of valid UTF-8: only the message of its object is scanned; a line that is
    /// not such an object is scanned whole and flagged.
    private func processJSON(_ line: UnsafeBufferPointer<UInt8>, field: JSONPathSet, conversation: LineConversation?, into output: inout [UInt8],
                             statistics: inout FilterStatistics) -> LineOutcome {
        let flag: RecordError
        do {
            let parsed = try JSONLine.parse(line, field: field)
            switch parsed.message {
            case .unescaped(let content):
                return scanAndWrite(bytes: UnsafeBufferPointer(rebasing: line[content]), jsonLine: parsed, lineBytes: line,
                                    conversation: conversation, into: &output, statistics: &statistics)
            case .decoded(let message):
                return scanAndWrite(message, jsonLine: parsed, lineBytes: line, flag: nil, conversation: conversation,
                                    into: &output, statistics: &statistics)
            }
        } catch .invalidJSON {
            statistics.invalidJSONLines += 1
            flag = .invalidJSON
        } catch .duplicateField {
            statistics.duplicateFieldLines += 1
            flag = .duplicateField
        } catch {
            statistics.missingFieldLines += 1
            flag = .fieldMissing
        }
        return scanAndWrite(String(decoding: line, as: UTF8.self), jsonLine: nil, lineBytes: line, flag: flag,
                            into: &output, statistics: &statistics)
    }

    /// Scans a message that is a stretch of the line's bytes (a text line, or a JSON string
    /// without escapes): one without findings is written without becoming a string. A text line
    /// that is not valid UTF-8 is scanned and written repaired, U+FFFD in place of the bad bytes.
    private func scanAndWrite(bytes message: UnsafeBufferPointer<UInt8>, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>,
                              conversation: LineConversation? = nil, into output: inout [UInt8], statistics: inout FilterStatistics) -> LineOutcome {
        do {
            let result = scanner.applying(policy, to: try scan(message.span, conversation: conversation), in: message.span)
            if result.isClean {
                sink.writeClean(message, jsonLine: jsonLine, lineBytes: lineBytes, to: &output)
                return .clean
            }
            if policy.withholds(result.risk) { return withhold(result.risk, into: &output, statistics: &statistics) }
            record(result, in: &statistics)
            sink.write(result, message: message, jsonLine: jsonLine, lineBytes: lineBytes, flag: nil, to: &output)
            return .scanned(findings: result.findings, risk: result.risk, flag: nil)
        } catch .invalidUTF8 {
            statistics.invalidUTF8Lines += 1
            return scanAndWrite(String(decoding: message, as: UTF8.self), jsonLine: jsonLine, lineBytes: lineBytes, flag: nil,
                                conversation: conversation, into: &output, statistics: &statistics)
        } catch {
            statistics.failedScans += 1
            sink.writeError(.scanFailed, detail: error.description, to: &output)
            return .failed(.scanFailed)
        }
    }

    private func scanAndWrite(_ message: String, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>, flag: RecordError?,
                              conversation: LineConversation? = nil, into output: inout [UInt8], statistics: inout FilterStatistics) -> LineOutcome {
        var message = message
        return message.withUTF8 { bytes in
            do throws(ScanError) {
                let result = scanner.applying(policy, to: try scan(bytes.span, conversation: conversation), in: bytes.span)
                if policy.withholds(result.risk) { return withhold(result.risk, into: &output, statistics: &statistics) }
                record(result, in: &statistics)
                sink.write(result, message: bytes, jsonLine: jsonLine, lineBytes: lineBytes, flag: flag, to: &output)
                return .scanned(findings: result.findings, risk: result.risk, flag: flag)
            } catch {
                statistics.failedScans += 1
                sink.writeError(.scanFailed, detail: error.description, to: &output)
                return .failed(.scanFailed)
            }
        }
    }

    /// Scans `message`, after the end of its conversation's last message when it has one, and
    /// remembers it as that conversation's last message; when the line is a held one being
    /// finished, adds the parts of values its next message carried back (`ConversationRun`).
    private func scan(_ message: Span<UInt8>, conversation: LineConversation?) throws(ScanError) -> ScanResult {
        // Every finding: the line's policy is applied to the result.
        guard let conversation, let memory = conversations?.memory else { return try scanner.scanBytes(message, policy: .allFindings) }
        if let carried = conversation.carriedBack {
            let result = try scanner.scanBytes(message, after: conversation.previous, policy: .allFindings)
            // The parts lie at the end of the text the conversation's memory kept of this line.
            guard message.count >= carried.tail.count,
                  carried.tail.indices.allSatisfy({ message[message.count - carried.tail.count + $0] == carried.tail[$0] }) else { return result }
            let shift = message.count - carried.tail.count
            let parts = carried.parts.map { $0.moved(to: $0.utf8Range.lowerBound + shift..<$0.utf8Range.upperBound + shift) }
            return result.addingParts(parts, scanner: scanner)
        }
        let continued = try scanner.scanBytes(message, continuing: conversation.previous, policy: .allFindings)
        conversation.partsInPrevious += continued.partsInPrevious
        conversation.scannedMessage = true
        conversation.mayContinue = MessageScanner.mayContinue(message)
        memory.remember(message, of: conversation.key)
        return continued.result
    }

    /// A line the policy withholds for its risk: an error record in its place.
    private func withhold(_ risk: Risk, into output: inout [UInt8], statistics: inout FilterStatistics) -> LineOutcome {
        statistics.withheldByPolicy += 1
        sink.writeError(.withheld, detail: "risk \(risk.level.rawValue)", to: &output)
        return .withheld(risk)
    }

    private func record(_ result: ScanResult, in statistics: inout FilterStatistics) {
        if !result.findings.isEmpty { statistics.linesWithFindings += 1 }
        for finding in result.findings { statistics.findingsByCategory.add(1, to: finding.category) }
    }
}

/// The filter loop: every input line gives exactly one output line, in input order.
///
/// With `--conversation`, `ConversationRun` takes the lines one at a time. Otherwise, with one
/// job the calling thread reads, scans and writes each block in turn. With several,
/// the calling thread only reads: worker threads take blocks as they come, each doing all the
/// work of its lines (UTF-8 check, JSON, scan, output), and a writer thread writes the finished
/// blocks in input order. A bounded number of blocks is in flight, so memory stays bounded
/// whatever the input, and blocks never wait for input that has not arrived.
struct FilterRun {
    let processor: LineProcessor
    let jobs: Int
    /// Where `--audit` records go, with whether findings are redacted; nil without `--audit`.
    let audit: (writer: OutputWriter, redacts: Bool)?
    var statistics = FilterStatistics()

    /// The output and audit records of one block (`audit` empty without `--audit`).
    private static func process(_ block: InputBlock, with processor: LineProcessor, auditing: Bool?,
                                statistics: inout FilterStatistics) -> (output: [UInt8], audit: [UInt8]) {
        var output: [UInt8] = []
        var audit = auditing.map { AuditLog(redacts: $0) }
        processor.process(block, into: &output, audit: &audit, statistics: &statistics)
        return (output, audit?.bytes ?? [])
    }

    /// Processes one whole document (`--format json`) on the calling thread.
    mutating func run(document: InputBlock, output: OutputWriter) throws(IOFailure) {
        let result = Self.process(document, with: processor, auditing: audit?.redacts, statistics: &statistics)
        try output.writeAll(result.output)
        try audit?.writer.writeAll(result.audit)
    }

    mutating func run(reader: inout LineReader, output: OutputWriter) throws(IOFailure) {
        if let tracker = processor.conversations {
            var conversations = ConversationRun(processor: processor, tracker: tracker, auditing: audit?.redacts)
            defer { statistics.merge(conversations.statistics) }
            return try conversations.run(reader: &reader, output: output, audit: audit?.writer)
        }
        guard jobs > 1 else {
            while let block = try reader.nextBlock() {
                let result = Self.process(block, with: processor, auditing: audit?.redacts, statistics: &statistics)
                try output.writeAll(result.output)
                try audit?.writer.writeAll(result.audit)
            }
            return
        }
        let pipeline = BlockPipeline(capacity: 2 * jobs + 2)
        let processor = self.processor
        let auditing = audit?.redacts
        let auditWriter = audit?.writer
        // Stop signals must interrupt the reading thread's `read`, so the others block them.
        let threads = ThreadGroup()
        StopSignals.blocked {
            for _ in 0..<jobs {
                threads.start { pipeline.work { block, statistics in
                    Self.process(block, with: processor, auditing: auditing, statistics: &statistics)
                } }
            }
            threads.start { pipeline.writeInOrder(to: output, audit: auditWriter) }
        }
        var readFailure: IOFailure?
        do {
            while let block = try reader.nextBlock(), pipeline.submit(block) {}
        } catch {
            readFailure = error
        }
        pipeline.endInput()
        threads.waitForAll()
        statistics.merge(pipeline.statistics)
        if let failure = pipeline.writeFailure ?? readFailure { throw failure }
    }
}

/// The blocks between the reader, the workers and the writer of a parallel `FilterRun`, behind
/// one lock that is taken a few times per block, never per line.
///
/// `@unchecked Sendable`: every stored property is read and written only with `condition`
/// locked, except `statistics` and `writeFailure`, which the writer thread alone writes and which
/// are read only after it has ended.
private final class BlockPipeline: @unchecked Sendable {
    /// The lock, and the one condition every waiting thread waits on. It is broadcast on every
    /// change (a block submitted, taken, finished or written; input ended; writing stopped), and
    /// each waiter checks what it waits for: with jobs + 2 threads and four changes per block,
    /// waking them all costs nothing that shows next to scanning a block.
    private let condition = NSCondition()
    private let capacity: Int
    /// Blocks read and not yet taken by a worker, with their sequence numbers, oldest first.
    /// At most `capacity` of them: taking one removes it, so a taken block's memory goes with
    /// its worker (the array used to keep taken blocks until it ran empty, which a reader that
    /// stays ahead never lets happen: 2 million lines held 123 MB with two jobs, 19 MB with one).
    private var waiting: [(sequence: Int, block: InputBlock)] = []
    /// Finished blocks not yet written, by sequence number.
    private var finished: [Int: (output: [UInt8], audit: [UInt8], statistics: FilterStatistics)] = [:]
    /// Blocks read and not yet written.
    private var inFlight = 0
    private var submitted = 0
    private var inputEnded = false
    private var stopped = false
    private(set) var statistics = FilterStatistics()
    private(set) var writeFailure: IOFailure?

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Runs `body` with the lock held and wakes every waiting thread after it.
    private func changing<Value>(_ body: () -> Value) -> Value {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return body()
    }

    /// Hands a block to the workers, waiting while the pipeline is full. False once writing
    /// has failed: reading should stop.
    func submit(_ block: InputBlock) -> Bool {
        changing {
            while inFlight >= capacity && !stopped { condition.wait() }
            guard !stopped else { return false }
            waiting.append((submitted, block))
            submitted += 1
            inFlight += 1
            return true
        }
    }

    /// No more blocks will come.
    func endInput() {
        changing { inputEnded = true }
    }

    /// A worker's loop: takes blocks until input ends and runs `process` on each.
    func work(_ process: (InputBlock, inout FilterStatistics) -> (output: [UInt8], audit: [UInt8])) {
        while let (sequence, block) = takeBlock() {
            var statistics = FilterStatistics()
            let result = process(block, &statistics)
            changing { finished[sequence] = (result.output, result.audit, statistics) }
        }
    }

    private func takeBlock() -> (Int, InputBlock)? {
        changing {
            while waiting.isEmpty && !inputEnded && !stopped { condition.wait() }
            guard !waiting.isEmpty, !stopped else { return nil }
            return waiting.removeFirst()
        }
    }

    /// The writer's loop: writes finished blocks (and their audit records) in input order until
    /// every submitted block is written or a write fails.
    func writeInOrder(to output: OutputWriter, audit: OutputWriter?) {
        var next = 0
        while true {
            let result: (output: [UInt8], audit: [UInt8], statistics: FilterStatistics)? = changing {
                while finished[next] == nil && !(inputEnded && next == submitted) { condition.wait() }
                return finished.removeValue(forKey: next)
            }
            guard let result else { return }
            do {
                try output.writeAll(result.output)
                try audit?.writeAll(result.audit)
            } catch {
                writeFailure = error
                changing { stopped = true }
                return
            }
            statistics.merge(result.statistics)
            next += 1
            changing { inFlight -= 1 }
        }
    }
}

/// Threads started together and waited for together.
///
/// `@unchecked Sendable`: `running` is read and written only with `condition` locked.
private final class ThreadGroup: @unchecked Sendable {
    private let condition = NSCondition()
    private var running = 0

    /// Starts a thread running `body`. It inherits the calling thread's signal mask.
    func start(_ body: @escaping @Sendable () -> Void) {
        condition.lock()
        running += 1
        condition.unlock()
        let once = RunOnce(body)
        Thread {
            // `body` and what it holds (the scanner) are released before the group hears that
            // the thread ended: released after it, they raced the process's exit, and
            // LeakSanitizer now and then found a pack's list half torn down (`.ci/run`).
            once.run()
            self.condition.lock()
            self.running -= 1
            self.condition.broadcast()
            self.condition.unlock()
        }.start()
    }

    /// Waits until every thread started has returned from its body.
    func waitForAll() {
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}

/// A closure run once and let go of as soon as it returns.
///
/// `@unchecked Sendable`: `body` is set when made and taken once, by the one thread that runs it.
private final class RunOnce: @unchecked Sendable {
    private var body: (@Sendable () -> Void)?

    init(_ body: @escaping @Sendable () -> Void) { self.body = body }

    func run() {
        let body = self.body
        self.body = nil
        body?()
    }
}

extension FilterStatistics {
    mutating func merge(_ other: FilterStatistics) {
        lines += other.lines
        linesWithFindings += other.linesWithFindings
        for category in Category.allCases { findingsByCategory.add(other.findingsByCategory[category] ?? 0, to: category) }
        invalidUTF8Lines += other.invalidUTF8Lines
        invalidJSONLines += other.invalidJSONLines
        missingFieldLines += other.missingFieldLines
        duplicateFieldLines += other.duplicateFieldLines
        tooLongLines += other.tooLongLines
        failedScans += other.failedScans
        withheldByPolicy += other.withheldByPolicy
    }
}
