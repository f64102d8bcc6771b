import ICUBridge

/// Why a message could not be normalised.
struct NormalizationError: Error, Equatable, Sendable {
    /// ICU's account of the failure.
    let reason: String

    /// The text was not valid UTF-8 (only when the caller asked for the check).
    static let invalidUTF8 = NormalizationError(reason: "the text is not valid UTF-8")
}

/// The normalised view of one message: the bytes the matchers read, and the map back to the
/// original. The bytes live in a thread's scratch storage and are valid until its next scan.
struct NormalizedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let map: OffsetMap
    /// The same text before look-alike letters among digits were read as digits (same length,
    /// same map), when any were: `l569528610` is a KVNR as written and not once read as
    /// `1569528610`, so rules run over both readings. Nil when no letter was read as a digit.
    var asWritten: UnsafeBufferPointer<UInt8>? = nil
    /// The text as written with only the `o`s next to a digit in a value group read as `0`
    /// (`DigitReadings.readZeros`), when that differs from `bytes`: a value may need its
    /// letters as letters and its `o`s as digits (`LU80 061F VFMI 4oXC EGMH`, an IBAN whose `I`
    /// is a letter; `2o4012B571o3514`, a Corsican NIR whose `B` is one).
    var zerosRead: UnsafeBufferPointer<UInt8>? = nil
    /// Another reading of the text, with its own map, in which the groups of a value written
    /// with different separators between them (`5554 8340 - 4850.5276`, `756-6629.7753/52`) are
    /// evened out to single spaces, when the message has such a group. The main reading keeps
    /// their separators, since such a group may hold several values (`4111 … 1111 12/27`).
    /// `lookAlikesRead` is that reading with look-alike letters read as digits, as `bytes` is to
    /// `asWritten` (`4963 4578 - 6Z5l  Z513`), when any were.
    var separatorsEvened: (bytes: UnsafeBufferPointer<UInt8>, map: OffsetMap, lookAlikesRead: UnsafeBufferPointer<UInt8>?)? = nil
}

/// A growable byte buffer owned by one thread's scratch storage.
final class ScratchBuffer<Element> {
    @exclusivity(unchecked) private(set) var storage: UnsafeMutableBufferPointer<Element>

    init(capacity: Int, repeating value: Element) {
        storage = .allocate(capacity: capacity)
        storage.initialize(repeating: value)
    }

    deinit { storage.deallocate() }

    /// Copies `elements` to the start of the buffer, making room first, and returns where they are.
    func store(_ elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        if let first = elements.first { reserve(elements.count, repeating: first) }
        let stored = UnsafeMutableBufferPointer(rebasing: storage[..<elements.count])
        _ = stored.initialize(from: elements)
        return stored
    }

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
/// which keeps offsets 1:1, and text whose only other characters are Latin letters (German
/// umlauts and `ß`, the accents of Latin-1, the letters of Latin Extended-A such as `Ł`, `č`,
/// `ő`) needs little more: neither reaches ICU.
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
        /// The same for the reading with mixed separators evened out (`NormalizedText.separatorsEvened`).
        @exclusivity(unchecked) var evened: [UInt8] = []
        @exclusivity(unchecked) var evenedSpans: [veil_changed_span] = []
        let evenedOutput = ScratchBuffer<UInt8>(capacity: 256, repeating: 0)
        let evenedSpanStorage = ScratchBuffer<veil_changed_span>(capacity: 16, repeating: veil_changed_span())
        /// That reading with look-alike letters read as digits.
        let evenedLookAlikes = ScratchBuffer<UInt8>(capacity: 256, repeating: 0)
        /// The text before look-alike letters were read as digits (`NormalizedText.asWritten`).
        let asWritten = ScratchBuffer<UInt8>(capacity: 256, repeating: 0)
        /// The text with only `o` read as `0` (`NormalizedText.zerosRead`). Made at its first
        /// use: `ContextWords.foldedBytes` makes a `Buffers` for each non-ASCII value it folds
        /// (a pseudonym's canonical form), and one more buffer each time showed in the
        /// benchmark gate (ScanBytesMixedPseudonym 2,887 → 2,915 mallocs).
        private(set) lazy var zerosRead = ScratchBuffer<UInt8>(capacity: 256, repeating: 0)
        /// The words of the normalised text, found once for every later stage.
        let words = WordList()
    }

    /// Normalises `source`; with `checkingUTF8`, bytes that are not valid UTF-8 throw
    /// `NormalizationError.invalidUTF8`. Only text that reaches ICU needs the check: the ASCII
    /// and Latin path accepts nothing else.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    static func normalize(_ source: UnsafeBufferPointer<UInt8>, using buffers: Buffers,
                          checkingUTF8: Bool = false) throws(NormalizationError) -> NormalizedText {
        // Offsets are kept in 32 bits (ICU's lengths, the word list's tokens).
        guard source.count < 1 << 30 else { throw NormalizationError(reason: "a message of 1 GiB or more is not scanned") }
        let unicode: NormalizedText
        if let latin1 = lowerCaseLatin(source, using: buffers) {
            unicode = latin1
        } else {
            if checkingUTF8 && !UTF8Check.isValid(source) { throw .invalidUTF8 }
            unicode = try normalizeWithICU(source, using: buffers)
            buffers.words.tokenize(unicode.bytes)
        }
        return readDigits(unicode, source: source, using: buffers)
    }

    /// An ASCII byte as rules see it: lower case, and tabs, line breaks, NUL, DEL and every other
    /// control character as a space (they separate, they do not hide a value: `DE89 3704\0…`).
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func lowerASCII(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : (byte < 0x20 || byte == 0x7F ? 0x20 : byte)
    }

    /// Text whose every non-ASCII character is a Latin-1 letter (`À`…`ÿ` but `×` and `÷`: the
    /// umlauts, `ß` and accents of German and Western European chat) or a letter of Latin
    /// Extended-A that folds to one letter as long (`Ł`, `č`, `ő`: the names of Central and
    /// Eastern Europe), ASCII text included, needs no ICU: ASCII is lowered (`lowerASCII`);
    /// capitals become small letters (same length, so offsets stay 1:1) and `ß` becomes `ss`
    /// (same length, recorded as a change so that a finding never ends between the two `s`).
    /// This is what NFKC_Casefold does to these letters. The text's words are found in the same
    /// pass and left in `buffers.words` (`WordList.tokenizeLoweringLatin`). Nil, having written
    /// part of it, when the text holds any other character.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    static func lowerCaseLatin(_ source: UnsafeBufferPointer<UInt8>, using buffers: Buffers) -> NormalizedText? {
        buffers.output.reserve(source.count, repeating: 0)
        buffers.spans.reserve(source.count / 2 + 1, repeating: veil_changed_span())
        guard let spanCount = buffers.words.tokenizeLoweringLatin(source, into: buffers.output.storage, spans: buffers.spans.storage) else {
            return nil
        }
        return NormalizedText(bytes: UnsafeBufferPointer(rebasing: buffers.output.storage[..<source.count]),
                              map: OffsetMap(spans: UnsafeBufferPointer(rebasing: buffers.spans.storage[..<spanCount])))
    }

    /// The second stage: spelled-out and spaced-out values joined, then look-alike letters
    /// among digits. Takes the words of `text` in `buffers.words` and leaves the final text's there.
    /// The words in `buffers.words` are those of the returned `bytes`.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private static func readDigits(_ text: NormalizedText, source: UnsafeBufferPointer<UInt8>, using buffers: Buffers) -> NormalizedText {
        let writtenGaps = DigitReadings.WrittenGaps(spans: text.map.spans, source: source)
        let survey = DigitReadings.survey(of: buffers.words, in: text.bytes, writtenGaps: writtenGaps)
        // Whether a value group kept different separators, to be evened out in another reading.
        var mixedGroups = false
        guard survey.needsJoining, DigitReadings.joinValues(text.bytes, survey, writtenGaps: writtenGaps, mixedGroups: &mixedGroups, into: &buffers.spelled,
                                                            spans: &buffers.spelledSpans) else {
            let evened = mixedGroups || survey.hasCommaGroup ? separatorsEvened(text, survey, writtenGaps, mainReading: text.bytes, using: buffers) : nil
            guard survey.mayHoldLookAlikes || survey.mayHoldZeros else {
                return NormalizedText(bytes: text.bytes, map: text.map, separatorsEvened: evened)
            }
            let asWritten = survey.mayHoldLookAlikes ? readLookAlikes(in: UnsafeMutableBufferPointer(mutating: text.bytes), using: buffers) : nil
            return NormalizedText(bytes: text.bytes, map: text.map, asWritten: asWritten,
                                  zerosRead: survey.mayHoldZeros ? zerosRead(asWritten: asWritten ?? text.bytes, mainReading: text.bytes, using: buffers) : nil,
                                  separatorsEvened: evened)
        }
        let evened = mixedGroups || survey.hasCommaGroup ? separatorsEvened(text, survey, writtenGaps, mainReading: buffers.spelled, using: buffers) : nil
        let storage = buffers.spelledOutput.store(buffers.spelled)
        buffers.words.tokenize(UnsafeBufferPointer(storage))
        let asWritten = readLookAlikes(in: storage, using: buffers)
        let spanStorage = buffers.spelledSpanStorage.store(buffers.spelledSpans)
        return NormalizedText(bytes: UnsafeBufferPointer(storage), map: OffsetMap(spans: text.map.spans, secondStage: UnsafeBufferPointer(spanStorage)),
                              asWritten: asWritten,
                              zerosRead: survey.mayHoldZeros
                                  ? zerosRead(asWritten: asWritten ?? UnsafeBufferPointer(storage), mainReading: UnsafeBufferPointer(storage), using: buffers)
                                  : nil,
                              separatorsEvened: evened)
    }

    /// The reading of the first stage's `text` with every value group's separators evened out,
    /// mixed ones too (`NormalizedText.separatorsEvened`), or nil when it reads as `mainReading`.
    private static func separatorsEvened(_ text: NormalizedText, _ survey: DigitReadings.Survey, _ writtenGaps: DigitReadings.WrittenGaps,
                                         mainReading: some Sequence<UInt8>,
                                         using buffers: Buffers) -> (bytes: UnsafeBufferPointer<UInt8>, map: OffsetMap, lookAlikesRead: UnsafeBufferPointer<UInt8>?)? {
        var mixedGroups = true
        guard DigitReadings.joinValues(text.bytes, survey, writtenGaps: writtenGaps, evenMixedSeparators: true, mixedGroups: &mixedGroups,
                                       into: &buffers.evened, spans: &buffers.evenedSpans),
              !buffers.evened.elementsEqual(mainReading) else { return nil }
        let storage = buffers.evenedOutput.store(buffers.evened)
        let spanStorage = buffers.evenedSpanStorage.store(buffers.evenedSpans)
        var lookAlikesRead: UnsafeBufferPointer<UInt8>? = nil
        if survey.mayHoldLookAlikes {
            let reading = buffers.evenedLookAlikes.store(buffers.evened)
            if DigitReadings.readLookAlikeDigits(in: reading) { lookAlikesRead = UnsafeBufferPointer(reading) }
        }
        return (UnsafeBufferPointer(storage), OffsetMap(spans: text.map.spans, secondStage: UnsafeBufferPointer(spanStorage)), lookAlikesRead)
    }

    /// `asWritten` with every `o` next to a digit in a value group read as `0` and every other
    /// letter as written (`DigitReadings.readZeros`), or nil when that is `mainReading`.
    private static func zerosRead(asWritten: UnsafeBufferPointer<UInt8>, mainReading: UnsafeBufferPointer<UInt8>,
                                  using buffers: Buffers) -> UnsafeBufferPointer<UInt8>? {
        buffers.zerosRead.reserve(asWritten.count, repeating: 0)
        let reading = UnsafeMutableBufferPointer(rebasing: buffers.zerosRead.storage[..<asWritten.count])
        _ = reading.initialize(from: asWritten)
        guard DigitReadings.readZeros(in: reading), !reading.elementsEqual(mainReading) else { return nil }
        return UnsafeBufferPointer(reading)
    }

    /// Reads look-alike letters among digits as digits in `text` (whose words are in
    /// `buffers.words`) and returns the text as it was before, or nil when nothing was read.
    private static func readLookAlikes(in text: UnsafeMutableBufferPointer<UInt8>, using buffers: Buffers) -> UnsafeBufferPointer<UInt8>? {
        buffers.asWritten.reserve(text.count, repeating: 0)
        let before = UnsafeMutableBufferPointer(rebasing: buffers.asWritten.storage[..<text.count])
        _ = before.initialize(from: UnsafeBufferPointer(text))
        guard DigitReadings.readLookAlikeDigits(in: text) else { return nil }
        buffers.words.tokenize(UnsafeBufferPointer(text))
        return UnsafeBufferPointer(before)
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
