import ICUBridge

/// Why a message could not be normalised.
public struct NormalizationError: Error, Equatable, Sendable {
    /// ICU's account of the failure.
    public let reason: String

    /// The text was not valid UTF-8 (only when the caller asked for the check).
    static let invalidUTF8 = NormalizationError(reason: "the text is not valid UTF-8")
}

/// The normalised view of one message: the bytes the matchers read, and the map back to the
/// original. The bytes live in a thread's scratch storage and are valid until its next scan.
struct NormalizedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let map: OffsetMap
}

/// A growable byte buffer owned by one thread's scratch storage.
final class ScratchBuffer<Element> {
    @exclusivity(unchecked) private(set) var storage: UnsafeMutableBufferPointer<Element>

    init(capacity: Int, repeating value: Element) {
        storage = .allocate(capacity: capacity)
        storage.initialize(repeating: value)
    }

    deinit { storage.deallocate() }

    /// Makes room for at least `count` elements; the contents are not kept.
    func reserve(_ count: Int, repeating value: Element) {
        guard storage.count < count else { return }
        storage.deallocate()
        storage = .allocate(capacity: count * 2)
        storage.initialize(repeating: value)
    }
}

/// Turns a message into the form rules are written against: NFKC, case-folded, default-ignorable
/// characters (zero-width, soft hyphen, bidi controls) removed, every decimal digit ASCII,
/// every space separator a space and every dash a `-`. ASCII text only needs lower-casing,
/// which keeps offsets 1:1, and text whose only other characters are Latin-1 letters (German
/// umlauts and `ß`) needs little more: neither reaches ICU.
enum Normalizer {
    /// Reusable buffers for one thread.
    final class Buffers {
        let folded = ScratchBuffer<UInt8>(capacity: 1024, repeating: 0)
        let output = ScratchBuffer<UInt8>(capacity: 1024, repeating: 0)
        let spans = ScratchBuffer<veil_changed_span>(capacity: 64, repeating: veil_changed_span())
        /// The second stage's text and changes when values were joined (`DigitReadings.joinValues`),
        /// built in arrays and then copied to storage whose address the offset map may keep.
        @exclusivity(unchecked) var spelled: [UInt8] = []
        @exclusivity(unchecked) var spelledSpans: [veil_changed_span] = []
        let spelledOutput = ScratchBuffer<UInt8>(capacity: 256, repeating: 0)
        let spelledSpanStorage = ScratchBuffer<veil_changed_span>(capacity: 16, repeating: veil_changed_span())
        /// The words of the normalised text, found once for every later stage.
        let words = WordList()
    }

    /// Normalises `source`; with `checkingUTF8`, bytes that are not valid UTF-8 throw
    /// `NormalizationError.invalidUTF8`. Only text that reaches ICU needs the check: the ASCII
    /// and Latin-1 paths accept nothing else.
    static func normalize(_ source: UnsafeBufferPointer<UInt8>, using buffers: Buffers,
                          checkingUTF8: Bool = false) throws(NormalizationError) -> NormalizedText {
        // Offsets are kept in 32 bits (ICU's lengths, the word list's tokens).
        guard source.count < 1 << 30 else { throw NormalizationError(reason: "a message of 1 GiB or more is not scanned") }
        let unicode: NormalizedText
        if let latin1 = lowerCaseLatin1(source, using: buffers) {
            unicode = latin1
        } else {
            if checkingUTF8 && !UTF8Check.isValid(source) { throw .invalidUTF8 }
            unicode = try normalizeWithICU(source, using: buffers)
        }
        return readDigits(unicode, using: buffers)
    }

    /// An ASCII byte as rules see it: lower case, tabs and line breaks as spaces.
    @inline(__always) static func lowerASCII(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : (byte &- 0x09 < 5 ? 0x20 : byte)
    }

    /// `lowerASCII` of eight ASCII bytes at once. A byte `b` below 0x80 plus `0x80 - k` has its
    /// top bit set exactly when `b >= k`, and the sum never carries into the next byte.
    @inline(__always) static func lowerASCII(word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        func atLeast(_ k: UInt64) -> UInt64 { (word &+ ones &* (0x80 - k)) & tops }
        let capitals = atLeast(0x41) & ~atLeast(0x5B)
        let spaces = atLeast(0x09) & ~atLeast(0x0E)
        let spaceBytes = (spaces >> 7) &* 0xFF
        return ((word | capitals >> 2) & ~spaceBytes) | (spaceBytes & ones &* 0x20)
    }

    @inline(__always) private static func loadWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    @inline(__always) private static func storeWord(_ word: UInt64, in bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) {
        UnsafeMutableRawPointer(bytes.baseAddress! + index).storeBytes(of: word, as: UInt64.self)
    }

    /// Text whose every non-ASCII character is a Latin-1 letter (`À`…`ÿ` but `×` and `÷`: the
    /// umlauts, `ß` and accents of German and Western European chat), ASCII text included,
    /// needs no ICU: ASCII is lowered (`lowerASCII`), eight bytes at a time where it can be;
    /// Latin-1 capitals become small letters (same length, so offsets stay 1:1) and `ß` becomes
    /// `ss` (same length, recorded as a change so that a finding never ends between the two
    /// `s`). This is what NFKC_Casefold does to these letters. Nil, having written part of it,
    /// when the text holds any other character.
    static func lowerCaseLatin1(_ source: UnsafeBufferPointer<UInt8>, using buffers: Buffers) -> NormalizedText? {
        buffers.output.reserve(source.count, repeating: 0)
        buffers.spans.reserve(source.count / 2 + 1, repeating: veil_changed_span())
        let output = buffers.output.storage
        let spans = buffers.spans.storage
        var spanCount = 0
        var index = 0
        while index < source.count {
            if index + 8 <= source.count {
                let word = loadWord(source, at: index)
                if word & 0x8080_8080_8080_8080 == 0 {
                    storeWord(lowerASCII(word: word), in: output, at: index)
                    index += 8
                    continue
                }
            }
            let byte = source[index]
            if byte < 0x80 {
                output[index] = lowerASCII(byte)
                index += 1
                continue
            }
            guard byte == 0xC3, index + 1 < source.count else { return nil }
            let second = source[index + 1]
            guard second & 0xC0 == 0x80, second != 0x97, second != 0xB7 else { return nil }
            if second == 0x9F {
                output[index] = UInt8(ascii: "s")
                output[index + 1] = UInt8(ascii: "s")
                spans[spanCount] = veil_changed_span(src_start: Int32(index), src_len: 2, dst_start: Int32(index), dst_len: 2)
                spanCount += 1
            } else {
                output[index] = byte
                output[index + 1] = second < 0xA0 ? second + 0x20 : second
            }
            index += 2
        }
        return NormalizedText(bytes: UnsafeBufferPointer(rebasing: output[..<source.count]),
                              map: OffsetMap(spans: UnsafeBufferPointer(rebasing: spans[..<spanCount])))
    }

    /// The second stage: spelled-out and spaced-out values joined, then look-alike letters
    /// among digits. Leaves the final text's words in `buffers.words`.
    private static func readDigits(_ text: NormalizedText, using buffers: Buffers) -> NormalizedText {
        buffers.words.tokenize(text.bytes)
        let survey = DigitReadings.survey(of: buffers.words, in: text.bytes)
        guard DigitReadings.joinValues(text.bytes, survey, into: &buffers.spelled, spans: &buffers.spelledSpans) else {
            if survey.mayHoldLookAlikes, DigitReadings.readLookAlikeDigits(in: UnsafeMutableBufferPointer(mutating: text.bytes)) {
                buffers.words.tokenize(text.bytes)
            }
            return text
        }
        buffers.spelledOutput.reserve(buffers.spelled.count, repeating: 0)
        let storage = UnsafeMutableBufferPointer(rebasing: buffers.spelledOutput.storage[..<buffers.spelled.count])
        _ = storage.initialize(from: buffers.spelled)
        DigitReadings.readLookAlikeDigits(in: storage)
        let bytes = UnsafeBufferPointer(storage)
        buffers.words.tokenize(bytes)
        buffers.spelledSpanStorage.reserve(buffers.spelledSpans.count, repeating: veil_changed_span())
        let spanStorage = UnsafeMutableBufferPointer(rebasing: buffers.spelledSpanStorage.storage[..<buffers.spelledSpans.count])
        _ = spanStorage.initialize(from: buffers.spelledSpans)
        return NormalizedText(bytes: bytes, map: OffsetMap(spans: text.map.spans, secondStage: UnsafeBufferPointer(spanStorage)))
    }

    static func normalizeWithICU(_ source: UnsafeBufferPointer<UInt8>, using buffers: Buffers) throws(NormalizationError) -> NormalizedText {
        buffers.folded.reserve(source.count * 2, repeating: 0)
        buffers.output.reserve(source.count * 2, repeating: 0)
        while true {
            var request = veil_normalize_buffers()
            request.folded = buffers.folded.storage.baseAddress
            request.folded_capacity = Int32(clamping: buffers.folded.storage.count)
            request.output = buffers.output.storage.baseAddress
            request.output_capacity = Int32(clamping: buffers.output.storage.count)
            request.spans = buffers.spans.storage.baseAddress
            request.span_capacity = Int32(clamping: buffers.spans.storage.count)
            switch veil_normalize(source.baseAddress, Int32(clamping: source.count), &request) {
            case Int32(VEIL_NORMALIZE_OK):
                let map = OffsetMap(spans: UnsafeBufferPointer(rebasing: buffers.spans.storage[..<Int(request.span_count)]))
                let bytes = UnsafeBufferPointer(rebasing: buffers.output.storage[..<Int(request.output_length)])
                return NormalizedText(bytes: bytes, map: map)
            case Int32(VEIL_NORMALIZE_NEEDS_MORE_ROOM):
                buffers.folded.reserve(Int(request.folded_needed), repeating: 0)
                buffers.output.reserve(Int(request.output_needed), repeating: 0)
                buffers.spans.reserve(Int(request.spans_needed), repeating: veil_changed_span())
            default:
                throw NormalizationError(reason: "ICU \(String(cString: veil_icu_version())) could not normalise the message")
            }
        }
    }
}
