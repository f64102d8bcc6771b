import ICUBridge

/// Maps byte offsets of the normalised text back to byte offsets of the original UTF-8 text.
///
/// Normalisation changes some stretches of text (a full-width digit becomes one ASCII byte, a
/// zero-width space disappears, `ß` becomes `ss`) and copies the rest unchanged. The map keeps
/// only the changed stretches, sorted; every other byte maps 1:1, shifted by the length change of
/// the stretches before it. A range that starts or ends inside a changed stretch widens to
/// cover the whole of it, so a finding never cuts a character of the original in two.
///
/// Normalisation may run in two stages (Unicode normalisation, then reading spelled-out
/// digits); the map then goes back through the second stage's changes, then the first's.
/// The stretches live in the thread's scratch storage, like the normalised text.
struct OffsetMap {
    /// Changed stretches of the first stage, in ascending order of both source and destination.
    let spans: UnsafeBufferPointer<veil_changed_span>
    /// Changed stretches of the second stage, from the first stage's output to the final text.
    let secondStage: UnsafeBufferPointer<veil_changed_span>

    init(spans: UnsafeBufferPointer<veil_changed_span> = .init(start: nil, count: 0),
         secondStage: UnsafeBufferPointer<veil_changed_span> = .init(start: nil, count: 0)) {
        self.spans = spans
        self.secondStage = secondStage
    }

    /// The original offset where a finding starting at `normalizedStart` begins.
    func originalStart(_ normalizedStart: Int) -> Int {
        Self.start(Self.start(normalizedStart, through: secondStage), through: spans)
    }

    /// The original offset where a finding ending (exclusively) at `normalizedEnd` ends.
    func originalEnd(_ normalizedEnd: Int) -> Int {
        Self.end(Self.end(normalizedEnd, through: secondStage), through: spans)
    }

    private static func start(_ normalizedStart: Int, through spans: UnsafeBufferPointer<veil_changed_span>) -> Int {
        guard let index = lastIndex(in: spans, where: { Int($0.dst_start) <= normalizedStart }) else { return normalizedStart }
        let span = spans[index]
        let destinationEnd = Int(span.dst_start) + Int(span.dst_len)
        if normalizedStart < destinationEnd { return Int(span.src_start) }
        return normalizedStart - destinationEnd + Int(span.src_start) + Int(span.src_len)
    }

    private static func end(_ normalizedEnd: Int, through spans: UnsafeBufferPointer<veil_changed_span>) -> Int {
        guard let index = lastIndex(in: spans, where: { Int($0.dst_start) < normalizedEnd }) else { return normalizedEnd }
        let span = spans[index]
        let destinationEnd = Int(span.dst_start) + Int(span.dst_len)
        let sourceEnd = Int(span.src_start) + Int(span.src_len)
        if normalizedEnd <= destinationEnd { return sourceEnd }
        return normalizedEnd - destinationEnd + sourceEnd
    }

    /// The original byte range of a normalised byte range.
    func originalRange(_ normalized: Range<Int>) -> Range<Int> {
        let start = originalStart(normalized.lowerBound)
        return start..<max(start, originalEnd(normalized.upperBound))
    }

    /// Binary search for the last span satisfying a predicate that holds for a prefix of `spans`.
    private static func lastIndex(in spans: UnsafeBufferPointer<veil_changed_span>, where holds: (veil_changed_span) -> Bool) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if holds(spans[middle]) { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
