import Dispatch
import Veil

/// Counts for `--stats`.
struct FilterStatistics {
    var lines = 0
    var linesWithFindings = 0
    var findingsByCategory: [Category: Int] = [:]
    var invalidUTF8Lines = 0
    var invalidJSONLines = 0
    var missingFieldLines = 0
    var tooLongLines = 0
    var failedScans = 0

    /// Lines whose content was withheld rather than scanned.
    var withheldLines: Int { tooLongLines + failedScans }

    var report: String {
        var lines = ["veil: \(self.lines) lines, \(linesWithFindings) with findings"]
        for category in Category.allCases {
            lines.append("  \(category.rawValue): \(findingsByCategory[category, default: 0])")
        }
        lines.append("  invalid UTF-8 lines (repaired with U+FFFD): \(invalidUTF8Lines)")
        lines.append("  invalid JSON lines (scanned as text): \(invalidJSONLines)")
        lines.append("  lines without the message field (scanned as text): \(missingFieldLines)")
        lines.append("  lines over the size limit (withheld): \(tooLongLines)")
        lines.append("  lines that failed to scan (withheld): \(failedScans)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Turns one input line into one output line. Immutable and `Sendable`, so worker threads
/// share it; each worker keeps its own statistics.
struct LineProcessor: Sendable {
    let scanner: Scanner
    let sink: OutputSink
    let redaction: RedactionStyle
    /// In jsonl mode, the name of the member holding the message, as bytes (the JSON reader
    /// compares keys byte by byte); nil in text mode.
    private let jsonFieldBytes: [UInt8]?

    init(scanner: Scanner, sink: OutputSink, jsonField: String?, redaction: RedactionStyle) {
        self.scanner = scanner
        self.sink = sink
        self.redaction = redaction
        jsonFieldBytes = jsonField.map { Array($0.utf8) }
    }

    func process(_ input: InputLine, into output: inout [UInt8], statistics: inout FilterStatistics) {
        statistics.lines += 1
        switch input {
        case .tooLong(let count):
            statistics.tooLongLines += 1
            sink.writeError(.lineTooLong, detail: "\(count) bytes", to: &output)
        case .line(let bytes):
            process(bytes, into: &output, statistics: &statistics)
        }
    }

    private func process(_ bytes: [UInt8], into output: inout [UInt8], statistics: inout FilterStatistics) {
        // A valid JSON line needs no string of its own: only its message becomes one.
        if let field = jsonFieldBytes, bytes.withUnsafeBufferPointer(UTF8Check.isValid),
           let parsed = try? JSONLine.parse(bytes, field: field) {
            scanAndWrite(parsed.message, jsonLine: parsed, lineBytes: bytes, flag: nil, into: &output, statistics: &statistics)
            return
        }
        let text: String
        let textBytes: [UInt8]
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
            textBytes = bytes
        } else {
            statistics.invalidUTF8Lines += 1
            text = String(decoding: bytes, as: UTF8.self)
            textBytes = Array(text.utf8)  // the repaired line, U+FFFD in place of bad bytes
        }
        var message = text
        var jsonLine: JSONLine?
        var flag: RecordError?
        if let field = jsonFieldBytes {
            do {
                let parsed = try JSONLine.parse(textBytes, field: field)
                jsonLine = parsed
                message = parsed.message
            } catch .invalidJSON {
                statistics.invalidJSONLines += 1
                flag = .invalidJSON
            } catch {
                statistics.missingFieldLines += 1
                flag = .fieldMissing
            }
        }
        scanAndWrite(message, jsonLine: jsonLine, lineBytes: textBytes, flag: flag, into: &output, statistics: &statistics)
    }

    private func scanAndWrite(_ message: String, jsonLine: JSONLine?, lineBytes: [UInt8], flag: RecordError?,
                              into output: inout [UInt8], statistics: inout FilterStatistics) {
        do {
            let result = try scanner.scan(message, redaction: redaction)
            if !result.findings.isEmpty { statistics.linesWithFindings += 1 }
            for finding in result.findings { statistics.findingsByCategory[finding.category, default: 0] += 1 }
            sink.write(result, original: message, jsonLine: jsonLine, lineBytes: lineBytes, flag: flag, to: &output)
        } catch {
            statistics.failedScans += 1
            sink.writeError(.scanFailed, detail: error.description, to: &output)
        }
    }
}

/// The filter loop: every input line gives exactly one output line, in input order.
///
/// With several jobs, the lines already read (up to a batch) are split among worker threads
/// and written back in order; a batch never waits for input that has not arrived, so
/// `tail -f | veil` still answers each line at once.
struct FilterRun {
    let processor: LineProcessor
    let jobs: Int
    var statistics = FilterStatistics()

    static let maxBatchLines = 4096
    static let maxBatchBytes = 8 << 20

    mutating func run(reader: inout LineReader, output: OutputBuffer) throws(IOFailure) {
        var line: [UInt8] = []
        while let first = try reader.next() {
            guard jobs > 1, reader.hasBufferedLine else {
                line.removeAll(keepingCapacity: true)
                processor.process(first, into: &line, statistics: &statistics)
                output.append(line)
                try output.endLine()
                continue
            }
            var batch = [first]
            var batchBytes = first.byteCount
            while batch.count < Self.maxBatchLines, batchBytes < Self.maxBatchBytes, reader.hasBufferedLine,
                  let next = try reader.next() {
                batch.append(next)
                batchBytes += next.byteCount
            }
            for lineOutput in processInParallel(batch) {
                output.append(lineOutput)
                try output.endLine()
            }
        }
        try output.flush()
    }

    private mutating func processInParallel(_ batch: [InputLine]) -> [[UInt8]] {
        let workers = min(jobs, batch.count)
        let results = ParallelSlots<[UInt8]>(count: batch.count, initial: [])
        let workerStatistics = ParallelSlots<FilterStatistics>(count: workers, initial: FilterStatistics())
        let processor = self.processor
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let lines = batch.count * worker / workers..<batch.count * (worker + 1) / workers
            var statistics = FilterStatistics()
            for index in lines {
                var output: [UInt8] = []
                processor.process(batch[index], into: &output, statistics: &statistics)
                results[index] = output
            }
            workerStatistics[worker] = statistics
        }
        for worker in 0..<workers { statistics.merge(workerStatistics[worker]) }
        return results.values
    }
}

/// Slots that worker threads fill, each slot written by exactly one worker.
///
/// `@unchecked Sendable`: no two threads touch the same slot, and the slots are read only after
/// `concurrentPerform` has returned, which orders the writes before the reads.
private final class ParallelSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value>

    init(count: Int, initial: Value) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: initial)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Value {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    var values: [Value] { Array(storage) }
}

extension InputLine {
    var byteCount: Int {
        switch self {
        case .line(let bytes): bytes.count
        case .tooLong: 0
        }
    }
}

extension FilterStatistics {
    mutating func merge(_ other: FilterStatistics) {
        lines += other.lines
        linesWithFindings += other.linesWithFindings
        for (category, count) in other.findingsByCategory { findingsByCategory[category, default: 0] += count }
        invalidUTF8Lines += other.invalidUTF8Lines
        invalidJSONLines += other.invalidJSONLines
        missingFieldLines += other.missingFieldLines
        tooLongLines += other.tooLongLines
        failedScans += other.failedScans
    }
}
