#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole input lines read in one go: the unit of work of the filter loop.
enum InputBlock {
    /// Complete lines, each followed by a newline (one is added to a last line that had none).
    case lines([UInt8])
    /// A line longer than the limit; its bytes were read and dropped, only the count is kept.
    case tooLong(byteCount: Int)
    /// The whole input as one document (`--format json`), newline or not.
    case document([UInt8])

    /// Reads all of `descriptor` as one document: `.tooLong` when it holds more than `maxBytes`
    /// (the rest is read and dropped). A stop signal ends the input where it stands.
    static func document(from descriptor: Int32, maxBytes: Int) throws(IOFailure) -> InputBlock {
        var document: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while StopSignals.requested == nil {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure(operation: "read", code: errno)
            }
            if count == 0 { break }
            total += count
            if total <= maxBytes { document.append(contentsOf: chunk[..<count]) } else { document = [] }
        }
        return total > maxBytes ? .tooLong(byteCount: total) : .document(document)
    }
}

/// Reads blocks of whole lines from a file descriptor. Memory stays bounded by the line and
/// block limits whatever the input, and a block never waits for input that has not arrived, so
/// `tail -f | veil` answers each line at once.
struct LineReader {
    private let descriptor: Int32
    private let maxLineBytes: Int
    private let maxBlockBytes: Int
    private let maxBlockLines: Int
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var chunkStart = 0
    private var chunkEnd = 0
    /// The start of a line whose newline has not been read yet.
    private var partial: [UInt8] = []
    /// The bytes read so far of a line over the limit.
    private var skippedBytes: Int?
    /// A line over the limit that ended while a block was being filled; it comes next.
    private var finishedSkip: Int?
    private var reachedEnd = false
    /// The size of the last block of lines, for which the next block reserves room: a block
    /// grown line by line would be copied a dozen times on its way to 256 KiB.
    private var lastBlockBytes = 0

    init(descriptor: Int32, maxLineBytes: Int, maxBlockBytes: Int = 1 << 18, maxBlockLines: Int = 4096) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
        self.maxBlockBytes = maxBlockBytes
        self.maxBlockLines = maxBlockLines
    }

    /// The next block, or nil at the end of input. A stop signal (`StopSignals`) ends the input:
    /// what was read so far comes out, a last line without its newline as a line.
    /// With a `deadline`, a block that has no whole line by then comes back empty (`.lines([])`),
    /// what was read of a line kept for the next call: a line that arrives in pieces does not
    /// hold up a caller that must act in time (`ConversationRun`).
    mutating func nextBlock(deadline: ContinuousClock.Instant? = nil) throws(IOFailure) -> InputBlock? {
        if let skipped = finishedSkip {
            finishedSkip = nil
            return .tooLong(byteCount: skipped)
        }
        var block: [UInt8] = []
        block.reserveCapacity(lastBlockBytes)
        var lineCount = 0
        // Whole lines of the chunk not yet copied into the block: consecutive lines are copied
        // together, before anything else enters the block and before the chunk is read over.
        var pending: Range<Int>?
        func copyPending(_ reader: inout LineReader) {
            guard let lines = pending else { return }
            reader.chunk.withUnsafeBufferPointer { block.append(contentsOf: UnsafeBufferPointer(rebasing: $0[lines])) }
            pending = nil
        }
        while true {
            if chunkStart == chunkEnd {
                copyPending(&self)
                if reachedEnd { return finish(block) }
                if lineCount > 0 && !inputIsReady() { return lines(block) }
                if lineCount == 0, let deadline, !waitForInput(milliseconds: Self.milliseconds(until: deadline)) { return .lines([]) }
                try refill()
                continue
            }
            let newline = chunk.withUnsafeBufferPointer { Self.firstNewline(in: $0, from: chunkStart, to: chunkEnd) }
            let end = newline ?? chunkEnd
            let length = end - chunkStart
            if skippedBytes != nil {
                skippedBytes! += length
            } else if partial.count + length > maxLineBytes {
                skippedBytes = partial.count + length
                partial.removeAll(keepingCapacity: false)
            } else if let newline {
                if partial.isEmpty {
                    pending = (pending?.lowerBound ?? chunkStart)..<newline + 1
                } else {
                    copyPending(&self)
                    block.append(contentsOf: partial)
                    partial.removeAll(keepingCapacity: true)
                    chunk.withUnsafeBufferPointer { block.append(contentsOf: UnsafeBufferPointer(rebasing: $0[chunkStart...newline])) }
                }
                lineCount += 1
            } else {
                partial.append(contentsOf: chunk[chunkStart..<end])
            }
            chunkStart = newline.map { $0 + 1 } ?? chunkEnd
            guard newline != nil else { continue }
            if let skipped = skippedBytes {
                skippedBytes = nil
                copyPending(&self)
                guard lineCount > 0 else { return .tooLong(byteCount: skipped) }
                finishedSkip = skipped
                return lines(block)
            }
            if lineCount >= maxBlockLines || block.count + (pending?.count ?? 0) >= maxBlockBytes {
                copyPending(&self)
                return lines(block)
            }
        }
    }

    private mutating func lines(_ block: [UInt8]) -> InputBlock {
        lastBlockBytes = block.count
        return .lines(block)
    }

    private mutating func finish(_ block: [UInt8]) -> InputBlock? {
        var block = block
        if let skipped = skippedBytes {
            skippedBytes = nil
            guard !block.isEmpty else { return .tooLong(byteCount: skipped) }
            finishedSkip = skipped
            return .lines(block)
        }
        if !partial.isEmpty {
            block.append(contentsOf: partial)
            block.append(0x0A)
            partial.removeAll()
        }
        return block.isEmpty ? nil : .lines(block)
    }

    /// The offset of the first newline in `bytes[start..<end]`.
    static func firstNewline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let found = memchr(bytes.baseAddress! + start, 0x0A, end - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
    }

    /// Whether input (or its end, or a read error, which `nextBlock` reports) comes within
    /// `milliseconds`: false when nothing came. A signal ends the wait early, as input does.
    func waitForInput(milliseconds: Int32) -> Bool {
        if chunkStart < chunkEnd || reachedEnd || finishedSkip != nil || StopSignals.requested != nil { return true }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, milliseconds) != 0
    }

    /// The milliseconds from now until `deadline`, rounded up; 0 when it has passed.
    static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let left = deadline - .now
        guard left > .zero else { return 0 }
        return Int32(clamping: left.components.seconds * 1_000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
    }

    /// Whether a read would return at once: more input is already waiting.
    private func inputIsReady() -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    private mutating func refill() throws(IOFailure) {
        if StopSignals.requested != nil {
            reachedEnd = true
            return
        }
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { return }  // a signal: the next call sees whether it asked to stop
            throw IOFailure(operation: "read", code: errno)
        }
        chunkStart = 0
        chunkEnd = count
        reachedEnd = count == 0
    }
}

/// A failed read or write.
struct IOFailure: Error, CustomStringConvertible {
    let operation: String
    let code: Int32
    var description: String { "\(operation) failed: \(String(cString: strerror(code)))" }
}

/// Writes whole blocks of output to a file descriptor.
struct OutputWriter: Sendable {
    let descriptor: Int32

    func writeAll(_ bytes: [UInt8]) throws(IOFailure) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure(operation: "write", code: errno)
            }
            written += count
        }
    }
}
