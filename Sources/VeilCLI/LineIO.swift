#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the reader hands over for each input line.
enum InputLine {
    /// A line's bytes, without its newline.
    case line([UInt8])
    /// A line longer than the limit; its bytes were read and dropped, only the count is kept.
    case tooLong(byteCount: Int)
}

/// Reads lines from a file descriptor with a fixed-size buffer, so memory stays bounded by the
/// line limit whatever the input. Returns lines as soon as they are complete, which keeps
/// `tail -f | veil` responsive.
struct LineReader {
    private let descriptor: Int32
    private let maxLineBytes: Int
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var chunkStart = 0
    private var chunkEnd = 0
    private var pending: [UInt8] = []
    private var skippedBytes: Int?
    private var reachedEnd = false

    init(descriptor: Int32, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or nil at the end of input.
    mutating func next() throws(IOFailure) -> InputLine? {
        while true {
            if chunkStart == chunkEnd {
                if reachedEnd { return finish() }
                try refill()
                continue
            }
            let newline = chunk[chunkStart..<chunkEnd].firstIndex(of: 0x0A)
            let end = newline ?? chunkEnd
            if skippedBytes != nil {
                skippedBytes! += end - chunkStart
            } else if pending.count + (end - chunkStart) > maxLineBytes {
                skippedBytes = pending.count + (end - chunkStart)
                pending.removeAll(keepingCapacity: false)
            } else {
                pending.append(contentsOf: chunk[chunkStart..<end])
            }
            chunkStart = newline.map { $0 + 1 } ?? chunkEnd
            if newline != nil { return takeLine() }
        }
    }

    /// Whether the next line can be returned without waiting for more input.
    var hasBufferedLine: Bool {
        chunk[chunkStart..<chunkEnd].contains(0x0A) || (reachedEnd && (skippedBytes != nil || !pending.isEmpty))
    }

    private mutating func takeLine() -> InputLine {
        if let skipped = skippedBytes {
            skippedBytes = nil
            return .tooLong(byteCount: skipped)
        }
        defer { pending.removeAll(keepingCapacity: true) }
        return .line(pending)
    }

    private mutating func finish() -> InputLine? {
        guard skippedBytes != nil || !pending.isEmpty else { return nil }
        return takeLine()
    }

    private mutating func refill() throws(IOFailure) {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { return }
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

/// Buffers output and writes it in large blocks, or after every line when asked to.
final class OutputBuffer {
    private let descriptor: Int32
    private let flushEveryLine: Bool
    private(set) var bytes: [UInt8] = []

    init(descriptor: Int32, flushEveryLine: Bool) {
        self.descriptor = descriptor
        self.flushEveryLine = flushEveryLine
        bytes.reserveCapacity(1 << 16)
    }

    func append(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    /// Ends a line; writes out if the buffer is full or output is line-buffered.
    func endLine() throws(IOFailure) {
        bytes.append(0x0A)
        if flushEveryLine || bytes.count >= 1 << 16 { try flush() }
    }

    func flush() throws(IOFailure) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure(operation: "write", code: errno)
            }
            written += count
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// UTF-8 validation without building a string, for JSON Lines input, where only the message
/// value becomes a string. Rejects what `String(validating:)` rejects: bad lead or continuation
/// bytes, overlong forms, surrogates and code points above U+10FFFF.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard lead >= 0xC2, lead <= 0xF4, index + length <= count else { return false }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            let second = bytes[index + 1]
            if lead == 0xE0 && second < 0xA0 { return false }  // overlong
            if lead == 0xED && second >= 0xA0 { return false } // surrogate
            if lead == 0xF0 && second < 0x90 { return false }  // overlong
            if lead == 0xF4 && second >= 0x90 { return false } // above U+10FFFF
            index += length
        }
        return true
    }
}
