import ICUBridge

/// The words of a normalised message, found once and read by every stage after: the digit
/// readings, the context gate and context scoring, and the lexicon. Per-thread storage, reused.
final class WordList {
    struct Token {
        /// The FNV-1a hash of the canonical spelling (`LexiconMatcher.hash`).
        let hash: UInt64
        private let start: Int32
        private let end: Int32
        /// Where `canonical` starts, -1 for none; it is as long as the word (`ä` and `ae` are
        /// both two bytes). 32-bit offsets keep a token at 24 bytes, which every per-word loop
        /// reads; `Normalizer` refuses messages too long for them.
        private let canonicalStart: Int32
        /// What the word is made of (`Shape`).
        let shape: UInt8

        init(range: Range<Int>, canonical: Range<Int>?, hash: UInt64, shape: UInt8) {
            self.hash = hash
            start = Int32(truncatingIfNeeded: range.lowerBound)
            end = Int32(truncatingIfNeeded: range.upperBound)
            canonicalStart = canonical.map { Int32(truncatingIfNeeded: $0.lowerBound) } ?? -1
            self.shape = shape
        }

        /// Where the word is in the normalised text (`init` makes `start <= end`, so the range
        /// is built without checking its bounds again in every per-word loop).
        var range: Range<Int> { Range(uncheckedBounds: (Int(start), Int(end))) }
        /// Where its canonical spelling is in `canonical`, when it differs from the text
        /// (the word has an umlaut).
        var canonical: Range<Int>? { canonicalStart < 0 ? nil : Int(canonicalStart)..<Int(canonicalStart) + Int(end - start) }
    }

    /// Bits of `Token.shape`.
    enum Shape {
        static let digit: UInt8 = 1
        /// `o`, `l` or `i`, which `DigitReadings` may read as digits.
        static let lookAlike: UInt8 = 2
        static let otherASCIILetter: UInt8 = 4
        static let nonASCII: UInt8 = 8
        /// `s`, `b` or `z` (with `otherASCIILetter`), which `DigitReadings` reads as digits after a digit.
        static let digitLookAlike: UInt8 = 16
    }

    /// The words, valid until the next `tokenize`.
    var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: storage, count: count) }
    /// Room for `capacity` tokens, of which the first `count` are the current message's: a
    /// message of n bytes has at most (n + 1) / 2 words, so `tokenize` makes room once and then
    /// writes without the checks of an array append.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Token>
    @exclusivity(unchecked) private var capacity = 64
    @exclusivity(unchecked) private var count = 0
    /// The canonical spellings of the words with umlauts (`Token.canonical`), one after
    /// another: at most as many bytes as the text, for which `reserve` makes room.
    var canonical: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: canonicalStorage, count: canonicalCount) }
    @exclusivity(unchecked) private var canonicalStorage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var canonicalCapacity = 128
    @exclusivity(unchecked) private var canonicalCount = 0
    /// The longest stretch of the text without a space, in bytes.
    @exclusivity(unchecked) private(set) var longestStretchWithoutSpace = 0
    /// The ASCII bytes between words (those other than letters and digits) that occur, as
    /// `MessageProfile.symbolBit`s.
    @exclusivity(unchecked) private(set) var symbols: UInt64 = 0

    init() {
        storage = .allocate(capacity: capacity)
        canonicalStorage = .allocate(capacity: canonicalCapacity)
    }

    deinit {
        storage.deallocate()
        canonicalStorage.deallocate()
    }

    /// Makes room for the words and canonical spellings of a text of `count` bytes (a text of
    /// n bytes has at most (n + 1) / 2 words), so that the tokenizers write without the checks
    /// of an array append, and forgets the last text's spellings.
    private func reserve(forTextOf count: Int) {
        if capacity < (count + 1) / 2 {
            storage.deallocate()
            capacity = count + 1
            storage = .allocate(capacity: capacity)
        }
        if canonicalCapacity < count {
            canonicalStorage.deallocate()
            canonicalCapacity = count * 2
            canonicalStorage = .allocate(capacity: canonicalCapacity)
        }
        canonicalCount = 0
    }

    /// Splits normalised text into words: runs of ASCII letters and digits and of non-ASCII
    /// letters, digits and marks.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>) {
        var reader = NormalizedReader(text: text)
        _ = tokenize(text, reader: &reader)
    }

    /// `Normalizer.lowerCaseLatin` and `tokenize` in one pass over `source`: each byte is
    /// lowered into `output` (at the same offset) as the words are found, so the text is read
    /// once. Returns how many changes it wrote to `spans` (one per `ß`, written `ss`), or nil,
    /// having written part of the text and none of the words, when the text holds a character
    /// other than ASCII and the Latin letters `Normalizer.lowerCaseLatin` takes.
    func tokenizeLoweringLatin(_ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
                                spans: UnsafeMutableBufferPointer<veil_changed_span>) -> Int? {
        var reader = LoweringLatinReader(source: source, output: output, spans: spans)
        guard tokenize(UnsafeBufferPointer(rebasing: output[..<source.count]), reader: &reader) else { return nil }
        return reader.spanCount
    }

    /// The one tokenizer: reads `text` character by character through `reader` (which, lowering,
    /// may write `text` as it goes) and keeps the words, their hashes and shapes, and what lies
    /// between them. False, with no words kept, when `reader` cannot read a character.
    @inline(__always)  // specialised for each reader; the reader's per-byte step inlines into the loop
    private func tokenize<Reader: CharacterReader>(_ text: UnsafeBufferPointer<UInt8>, reader: inout Reader) -> Bool {
        reserve(forTextOf: text.count)
        let tokens = storage
        var count = 0
        var gaps = Gaps()
        var index = 0
        while index < text.count {
            var (length, characterShape, first) = reader.read(at: index)
            if length > 0 && characterShape != 0 {
                // In a word: its hash grows byte by byte, over the text as the reader left it.
                let start = index
                var hash = LexiconMatcher.offsetBasis
                var hasUmlaut = false
                var shape: UInt8 = 0
                repeat {
                    shape |= characterShape
                    hash = (hash ^ UInt64(first)) &* LexiconMatcher.prime
                    if length > 1 {
                        let end = min(index + length, text.count)
                        hasUmlaut = hasUmlaut || (first == 0xC3 && index + 1 < end && LexiconMatcher.umlautBase(text[index + 1]) != nil)
                        for next in index + 1..<end {
                            hash = (hash ^ UInt64(text[next])) &* LexiconMatcher.prime
                        }
                    }
                    index += length
                    guard index < text.count else { break }
                    (length, characterShape, first) = reader.read(at: index)
                } while length > 0 && characterShape != 0
                (tokens + count).initialize(to: token(text, start..<min(index, text.count), hash: hash, shape: shape, hasUmlaut: hasUmlaut))
                count += 1
                guard index < text.count else { break }
            }
            guard length > 0 else {
                self.count = 0
                return false
            }
            // Between words, where the spaces are.
            if first < 0x80 { gaps.note(first, at: index) }
            index += length
        }
        self.count = count
        longestStretchWithoutSpace = gaps.longestStretch(endingAt: text.count)
        symbols = gaps.symbols
        return true
    }

    /// For each byte of a source text, what `LoweringLatinReader` needs: an ASCII byte's
    /// lowered form (`Normalizer.lowerASCII`) in the low 8 bits and that form's `Shape` bit in the
    /// high 8 (so values below 0x100 are bytes between words); `latinLead` and up for bytes
    /// from 0x80. Never freed, like `asciiShapes`.
    private nonisolated(unsafe) static let latinEntries: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 256)
        for byte in 0..<256 {
            guard byte < 0x80 else {
                table[byte] = latinLead | UInt16(byte)
                continue
            }
            let lowered = Normalizer.lowerASCII(UInt8(byte))
            table[byte] = UInt16(lowered) | UInt16(asciiShapes[Int(lowered)]) << 8
        }
        return UnsafePointer(table)
    }()

    /// What NFKC_Casefold (through `Normalizer.normalizeWithICU`) makes of each letter of Latin
    /// Extended-A, U+0100…U+017F (index: lead byte's low bit, then the second byte's low six
    /// bits): its two bytes when it is one letter of two bytes (`Ł` → `ł`, `č` → `č`), else 0
    /// (`İ`, `ĳ`, `ŀ`, `ŉ`, `ſ` change length, so their text goes to ICU). Asked of ICU the first
    /// time such a letter is seen; never freed, like `asciiShapes`.
    private nonisolated(unsafe) static let latinExtendedAFolds: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 128)
        let buffers = Normalizer.Buffers()
        for scalar in 0x100..<0x180 {
            let bytes: [UInt8] = [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)]
            let folded = bytes.withUnsafeBufferPointer { try? Array(Normalizer.normalizeWithICU($0, using: buffers).bytes) }
            table[scalar - 0x100] = folded.map { $0.count == 2 && $0[0] >= 0xC2 ? UInt16($0[0]) << 8 | UInt16($0[1]) : 0 } ?? 0
        }
        return UnsafePointer(table)
    }()

    /// The least `latinEntries` value of a byte from 0x80.
    private static let latinLead: UInt16 = 0x8000

    /// How the tokenizer reads one character at a time.
    private protocol CharacterReader {
        /// The length in bytes of the character at `index`, its `Shape` (0 between words) and its
        /// first byte as the reader leaves it in the text; a length of 0 when it cannot be read.
        mutating func read(at index: Int) -> (length: Int, shape: UInt8, first: UInt8)
    }

    /// Reads text that is already normalised.
    private struct NormalizedReader: CharacterReader {
        let text: UnsafeBufferPointer<UInt8>
        /// Read once here, not per byte: a static table is behind a once-check at each use.
        private let shapes = WordList.asciiShapes

        init(text: UnsafeBufferPointer<UInt8>) {
            self.text = text
        }

        @inline(__always)  // the tokenizer's per-byte step
        func read(at index: Int) -> (length: Int, shape: UInt8, first: UInt8) {
            let byte = text[index]
            if byte < 0x80 { return (1, shapes[Int(byte)], byte) }
            let (isWord, length) = WordList.nonASCIIWordCharacter(in: text, at: index)
            return (length, isWord ? Shape.nonASCII : 0, byte)
        }
    }

    /// Reads a source text while writing its lowered form (`Normalizer.lowerCaseLatin`) to
    /// `output` at the same offsets; cannot read a character other than ASCII and the Latin
    /// letters that lower to one letter of the same length.
    private struct LoweringLatinReader: CharacterReader {
        let source: UnsafeBufferPointer<UInt8>
        let output: UnsafeMutableBufferPointer<UInt8>
        let spans: UnsafeMutableBufferPointer<veil_changed_span>
        private(set) var spanCount = 0
        /// Read once here, not per byte: a static table is behind a once-check at each use.
        private let entries = WordList.latinEntries

        init(source: UnsafeBufferPointer<UInt8>, output: UnsafeMutableBufferPointer<UInt8>, spans: UnsafeMutableBufferPointer<veil_changed_span>) {
            self.source = source
            self.output = output
            self.spans = spans
        }

        @inline(__always)  // the tokenizer's per-byte step
        mutating func read(at index: Int) -> (length: Int, shape: UInt8, first: UInt8) {
            let entry = entries[Int(source[index])]
            if entry < WordList.latinLead {
                let lowered = UInt8(truncatingIfNeeded: entry)
                output[index] = lowered
                return (1, UInt8(truncatingIfNeeded: entry >> 8), lowered)
            }
            // A byte from 0x80: only `À`…`ÿ` but `×` and `÷`, and the letters of Latin
            // Extended-A that fold to one letter of two bytes (`Ł` → `ł`), are read.
            guard index + 1 < source.count, source[index + 1] & 0xC0 == 0x80 else { return (0, 0, 0) }
            let second = source[index + 1]
            if source[index] == 0xC4 || source[index] == 0xC5 {
                let folded = WordList.latinExtendedAFolds[Int(source[index] & 1) << 6 | Int(second & 0x3F)]
                guard folded != 0 else { return (0, 0, 0) }
                output[index] = UInt8(truncatingIfNeeded: folded >> 8)
                output[index + 1] = UInt8(truncatingIfNeeded: folded)
                return (2, Shape.nonASCII, output[index])
            }
            guard source[index] == 0xC3, second != 0x97, second != 0xB7 else { return (0, 0, 0) }
            if second == 0x9F {
                // `ß` becomes `ss`, as long; recorded as a change so that a finding never ends between the two.
                output[index] = UInt8(ascii: "s")
                output[index + 1] = UInt8(ascii: "s")
                spans[spanCount] = veil_changed_span(src_start: Int32(index), src_len: 2, dst_start: Int32(index), dst_len: 2)
                spanCount += 1
                return (2, WordList.asciiShapes[Int(UInt8(ascii: "s"))], UInt8(ascii: "s"))
            }
            output[index] = 0xC3
            output[index + 1] = second < 0xA0 ? second + 0x20 : second
            return (2, Shape.nonASCII, 0xC3)
        }
    }

    /// What the tokenizer notes of the ASCII bytes between words: the symbols among them
    /// (`symbols`), and where the spaces are (`longestStretchWithoutSpace`).
    private struct Gaps {
        private(set) var symbols: UInt64 = 0
        private var stretchStart = 0, longestStretch = 0

        @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
        mutating func note(_ byte: UInt8, at index: Int) {
            symbols |= MessageProfile.symbolBit(byte)
            if byte == 0x20 {
                longestStretch = max(longestStretch, index - stretchStart)
                stretchStart = index + 1
            }
        }

        /// The longest stretch without a space in a text of `count` bytes.
        func longestStretch(endingAt count: Int) -> Int { max(longestStretch, count - stretchStart) }
    }

    /// The `Shape` bit of each ASCII byte, 0 for bytes between words. Kept in storage that is
    /// never freed, so reading it costs one load, with no array checks. `nonisolated(unsafe)`:
    /// written once, when first used, and only read after.
    private nonisolated(unsafe) static let asciiShapes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        for byte in UInt8(0)..<128 {
            let isLetter = ASCII.isLetter(byte)
            table[Int(byte)] = ASCII.isDigit(byte) ? Shape.digit
                : byte == UInt8(ascii: "o") || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "i") ? Shape.lookAlike
                : byte == UInt8(ascii: "s") || byte == UInt8(ascii: "b") || byte == UInt8(ascii: "z") ? Shape.otherASCIILetter | Shape.digitLookAlike
                : isLetter ? Shape.otherASCIILetter : 0
        }
        return UnsafePointer(table)
    }()

    /// A token; one with an umlaut gets its canonical spelling written out (as long as the
    /// word) and hashed.
    private func token(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, shape: UInt8, hasUmlaut: Bool) -> Token {
        guard hasUmlaut else { return Token(range: range, canonical: nil, hash: hash, shape: shape) }
        let spelling = UnsafeMutableBufferPointer(start: canonicalStorage + canonicalCount, count: range.count)
        LexiconMatcher.writeCanonical(UnsafeBufferPointer(rebasing: text[range]), to: spelling)
        let canonicalRange = canonicalCount..<canonicalCount + range.count
        canonicalCount += range.count
        return Token(range: range, canonical: canonicalRange, hash: LexiconMatcher.hash(UnsafeBufferPointer(spelling)), shape: shape)
    }

    /// Whether the non-ASCII character at `index` belongs to a word, and its length in bytes.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private static func nonASCIIWordCharacter(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        // À…ÿ without × and ÷, the letters of German and most of Western Europe: no table needed.
        if text[index] == 0xC3, index + 1 < text.count, text[index + 1] != 0x97, text[index + 1] != 0xB7 { return (true, 2) }
        return unicodeWordCharacter(in: text, at: index)
    }

    /// `nonASCIIWordCharacter` from Unicode's properties; out of line, so that the common path
    /// does not set up what the property lookups need.
    @inline(never) private static func unicodeWordCharacter(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = text[index]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var scalarValue = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < text.count {
            scalarValue = scalarValue << 6 | UInt32(text[index + offset] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { return (false, length) }
        let properties = scalar.properties
        let isWord = properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        return (isWord, length)
    }
}

