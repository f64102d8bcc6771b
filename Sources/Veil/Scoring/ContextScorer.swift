/// Finds a rule's context words near a value in the normalised text. A context word matches a
/// whole word (`tel` matches `Tel.` but not `Teller`); with a trailing `*` it matches every word
/// that starts with it (`konto*` matches `Kontonummer`). Phrases such as `security code` match
/// across the space.
struct ContextWords {
    private struct Word {
        /// Where the word's bytes are in `bytes`.
        let start: Int
        let count: Int
        /// Whether the text must not go on with a letter or digit after the word.
        let wholeWord: Bool
    }

    /// Every word's bytes, one after another.
    private let bytes: [UInt8]
    /// The words sorted by bucket, so that each word start of a text is compared only with the
    /// words that begin like it: those of bucket `b` are `words[bucketStarts[b]..<bucketStarts[b + 1]]`.
    /// A word's bucket comes from its first two bytes (`twoByteBuckets` of them, a power of two
    /// that grows with the number of words); one-byte words have 256 buckets of their own after those.
    private let words: [Word]
    private let bucketStarts: [Int32]
    private let twoByteBuckets: Int
    /// Where words may start: bit `b` (of 256) is set when a word of one or two bytes begins with
    /// byte `b`, bit 256 + `startKey` for the first three bytes of every longer word. Most
    /// positions of a text fail both tests and never reach the buckets.
    private let startFilter: [UInt64]
    /// The bytes words start with, 256 bits: most positions of a text start no word, which one
    /// bit test says.
    private let firstBytes: [UInt64]
    /// Whether every word starts with an ASCII letter or digit, so that it can only start where
    /// a word of the text (`WordList.Token`) starts.
    private let startsWithLetterOrDigit: Bool
    let isEmpty: Bool

    private static let startKeyBits = 12

    /// A `startKeyBits`-bit key of the three bytes at `start`.
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    private static func startKey(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let bytes = UInt32(text[start]) | UInt32(text[start + 1]) << 8 | UInt32(text[start + 2]) << 16
        return Int(truncatingIfNeeded: (bytes &* 0x9E37_79B1) >> (32 - UInt32(startKeyBits)))
    }

    /// The bucket of words that start with `first`, `second`; one-byte words when `second` is nil.
    @inline(__always)  // a stage of the scan path: with the other marks of Pipeline/, Scoring/ and Payloads/, 1.8% of a mixed line (callgrind)
    private static func bucket(_ first: UInt8, _ second: UInt8?, twoByteBuckets: Int) -> Int {
        guard let second else { return twoByteBuckets + Int(first) }
        return (Int(first) &* 31 &+ Int(second)) & (twoByteBuckets - 1)
    }

    /// With `typos`, cue words of `minimumTypoLength` letters or more also match one typo away;
    /// the lexicon's long cue lists (personal words around health terms) go without, since one
    /// typo of each of them costs start-up time and a word of the lexicon speaks for itself.
    init(_ words: [String], typos: Bool = true) {
        // A word twice (a typo of one word spelling another) costs a bucket entry, not a wrong
        // answer; checking for it with a set of byte arrays doubled start-up time.
        var entries: [(bytes: [UInt8], wholeWord: Bool)] = []
        let buffers = Normalizer.Buffers()
        for word in words {
            let isStem = word.hasSuffix("*")
            let written = ContextWords.foldedBytes(isStem ? String(word.dropLast()) : word, using: buffers)
            guard let last = written.last else { continue }
            for bytes in [written] + Self.abbreviations(of: written) {
                entries.append((bytes, !isStem && Self.isWordByte(last)))
            }
        }
        // Chat misspells long cue words (`Versichertennummeer`, `insuurance`): one typo of each is a cue too.
        for entry in entries where typos && entry.bytes.count >= Self.minimumTypoLength {
            for variant in Self.typos(of: entry.bytes) {
                entries.append((variant, entry.wholeWord))
            }
        }
        var twoByteBuckets = 16
        while twoByteBuckets < entries.count * 2 { twoByteBuckets *= 2 }
        self.twoByteBuckets = twoByteBuckets
        let buckets = entries.map { Self.bucket($0.bytes[0], $0.bytes.count > 1 ? $0.bytes[1] : nil, twoByteBuckets: twoByteBuckets) }
        var bucketStarts = [Int32](repeating: 0, count: twoByteBuckets + 256 + 1)
        for bucket in buckets { bucketStarts[bucket + 1] += 1 }
        for index in 1..<bucketStarts.count { bucketStarts[index] += bucketStarts[index - 1] }
        // The words in bucket order by counting, in one pass: the typo spellings made a
        // comparison sort a third of start-up.
        var order = [Int](repeating: 0, count: entries.count)
        var nextSlot = bucketStarts
        for (index, bucket) in buckets.enumerated() {
            order[Int(nextSlot[bucket])] = index
            nextSlot[bucket] += 1
        }
        var bytes: [UInt8] = []
        var words: [Word] = []
        words.reserveCapacity(entries.count)
        var startFilter = [UInt64](repeating: 0, count: (256 + 1 << Self.startKeyBits) / 64)
        var firstBytes = [UInt64](repeating: 0, count: 4)
        for index in order {
            let entry = entries[index]
            let first = Int(entry.bytes[0])
            firstBytes[first >> 6] |= 1 << UInt64(first & 63)
            let bit = entry.bytes.count < 3 ? Int(entry.bytes[0]) : 256 + entry.bytes.withUnsafeBufferPointer { Self.startKey($0, at: 0) }
            startFilter[bit >> 6] |= 1 << UInt64(bit & 63)
            words.append(Word(start: bytes.count, count: entry.bytes.count, wholeWord: entry.wholeWord))
            bytes += entry.bytes
        }
        self.bytes = bytes
        self.words = words
        self.bucketStarts = bucketStarts
        self.startFilter = startFilter
        self.firstBytes = firstBytes
        startsWithLetterOrDigit = entries.allSatisfy { ASCII.isLowercaseAlphanumeric($0.bytes[0]) }
        isEmpty = words.isEmpty
    }

    /// The context words of the rules of one scanner, made once for each list: rules of a type
    /// share their lists (the hand-written and the generated health entries).
    struct Cache {
        private var made: [Key: ContextWords] = [:]
        private struct Key: Hashable {
            let words: [String]
            let typos: Bool
        }

        mutating func words(_ words: [String], typos: Bool) -> ContextWords {
            let key = Key(words: words, typos: typos)
            if let known = made[key] { return known }
            let new = ContextWords(words, typos: typos)
            made[key] = new
            return new
        }
    }

    /// How chat shortens a cue that ends in "nummer" or " number": `versichertennummer` is also
    /// written `versichertennr`, `versicherten-nr`, `versicherten nr`; `pass number` also
    /// `pass no`, `pass nr`, `pass #`. Authors write the long form; the short ones follow.
    static func abbreviations(of word: [UInt8]) -> [[UInt8]] {
        let nummer = Array("nummer".utf8), number = Array(" number".utf8)
        if word.count > nummer.count + 1, word.suffix(nummer.count).elementsEqual(nummer) {
            var base = Array(word.dropLast(nummer.count))
            if base.last == UInt8(ascii: "-") || base.last == UInt8(ascii: " ") { base.removeLast() }
            return [base + Array("nr".utf8), base + Array("-nr".utf8), base + Array(" nr".utf8), base + Array("-nummer".utf8)]
        }
        if word.count > number.count + 1, word.suffix(number.count).elementsEqual(number) {
            let base = Array(word.dropLast(number.count))
            return [base + Array(" no".utf8), base + Array(" nr".utf8), base + Array(" #".utf8), base + Array("-number".utf8)]
        }
        return []
    }

    /// The shortest cue word whose one-typo spellings are cues too: shorter words have too many
    /// everyday words one typo away.
    static let minimumTypoLength = 8

    /// The spellings of `word` one typo away: a letter dropped, doubled or swapped with the
    /// next, from the fourth letter on. The first three bytes are what the filter in front of
    /// the word table tests: edits there, and a letter replaced by a neighbouring key anywhere,
    /// cost 770 and 1,300 more instructions per message of the mix in the context gates
    /// (callgrind, 20,000 messages), so chat's `Scoial` and `psasport` are not read as cues.
    static func typos(of word: [UInt8]) -> [[UInt8]] {
        var variants: [[UInt8]] = []
        for index in 3..<word.count where ASCII.isLowercaseLetter(word[index]) {
            var dropped = word
            dropped.remove(at: index)
            variants.append(dropped)
            var doubled = word
            doubled.insert(word[index], at: index)
            variants.append(doubled)
            if index + 1 < word.count, ASCII.isLowercaseLetter(word[index + 1]), word[index] != word[index + 1] {
                var swapped = word
                swapped.swapAt(index, index + 1)
                variants.append(swapped)
            }
        }
        return variants
    }

    /// Whether any word starts within `window` of `text`.
    func occur(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens? = nil) -> Bool {
        var found = false
        forEachWord(in: text, window: window, tokens: tokens) { _ in
            found = true
            return false
        }
        return found
    }

    /// Whether any word starts within `window` of `text` as a word of prose, not as a part of an
    /// address or a domain: `erika@example.de` speaks of no example.
    func occurInProse(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens? = nil) -> Bool {
        var found = false
        forEachWord(in: text, window: window, tokens: tokens) { cue in
            let end = Self.endOfWord(from: cue.upperBound, in: text)
            func byte(at index: Int) -> UInt8 { index >= 0 && index < text.count ? text[index] : 0x20 }
            let before = byte(at: cue.lowerBound - 1)
            if before == UInt8(ascii: "@") || before == UInt8(ascii: ".") || byte(at: end) == UInt8(ascii: "@")
                || byte(at: end) == UInt8(ascii: ".") && Self.isWordByte(byte(at: end + 1)) {
                return true
            }
            found = true
            return false
        }
        return found
    }

    /// The words of the text (`WordList.tokenize`), in order.
    typealias Tokens = UnsafeBufferPointer<WordList.Token>

    /// Calls `body` for each word found within `window`, until `body` returns false. With the
    /// text's `tokens`, and when every word starts with a letter or digit, it looks only where
    /// the text's words start; else at every position that follows no letter or digit, and
    /// with `tokens` also where a word of the text starts after a symbol that is not ASCII
    /// (`„Diagnose“`). With `tokens`, a word may also end where one of the text's words ends
    /// (before `“`).
    private func forEachWord(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens?,
                             _ body: (Range<Int>) -> Bool) {
        // Pointers, not spans: the same loop over `Span`s cost 630–750 more instructions a line
        // of the mix (+1.5–1.8%, callgrind), the bounds checks of five arrays in the inner loop.
        firstBytes.withUnsafeBufferPointer { firstBytes in
            bytes.withUnsafeBufferPointer { bytes in
                words.withUnsafeBufferPointer { words in
                    bucketStarts.withUnsafeBufferPointer { bucketStarts in
                        startFilter.withUnsafeBufferPointer { startFilter in
                            /// The words of `bucket` at `start`, or false when `body` asked to stop.
                            func check(bucket: Int, at start: Int) -> Bool {
                                for word in words[Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1])] where start + word.count <= window.upperBound {
                                    let end = start + word.count
                                    guard Self.matches(UnsafeBufferPointer(rebasing: bytes[word.start..<word.start + word.count]), in: text, at: start),
                                          !word.wholeWord || end == text.count || !Self.isWordByte(text[end])
                                            || (tokens.map { Self.aTokenEnds(at: end, in: $0) } ?? false) else { continue }
                                    if !body(start..<end) { return false }
                                }
                                return true
                            }
                            /// The words at `start`, or false when `body` asked to stop.
                            func checkWords(at start: Int) -> Bool {
                                func isSet(_ bit: Int) -> Bool { startFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
                                let first = text[start]
                                guard firstBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return true }
                                guard isSet(Int(first)) || (start + 3 <= window.upperBound && isSet(256 + Self.startKey(text, at: start))) else { return true }
                                guard check(bucket: Self.bucket(first, nil, twoByteBuckets: twoByteBuckets), at: start) else { return false }
                                return start + 1 >= window.upperBound
                                    || check(bucket: Self.bucket(first, text[start + 1], twoByteBuckets: twoByteBuckets), at: start)
                            }
                            var nextToken = tokens.map { window.lowerBound == 0 ? 0 : Self.firstToken(startingAtOrAfter: window.lowerBound, in: $0) } ?? 0
                            if let tokens, startsWithLetterOrDigit {
                                for token in tokens[nextToken...] {
                                    guard token.range.lowerBound < window.upperBound, checkWords(at: token.range.lowerBound) else { return }
                                }
                                return
                            }
                            var previousIsWord = window.lowerBound > 0 && Self.isWordByte(text[window.lowerBound - 1])
                            for start in window {
                                let followsWord = previousIsWord
                                previousIsWord = Self.isWordByte(text[start])
                                if followsWord {
                                    // A non-ASCII byte before a word's start is a symbol's (`„`): the tokens tell.
                                    guard let tokens, text[start - 1] >= 0x80 else { continue }
                                    while nextToken < tokens.count, tokens[nextToken].range.lowerBound < start { nextToken += 1 }
                                    guard nextToken < tokens.count, tokens[nextToken].range.lowerBound == start else { continue }
                                }
                                guard checkWords(at: start) else { return }
                            }
                        }
                    }
                }
            }
        }
    }

    /// How far the nearest word within `window` stands from `value`, in bytes: a word before the
    /// value counts its gap, a word after it counts three times its gap, because in chat a
    /// label comes before its value ("Tel. 030 …", "Bestellnummer 4711"). Nil when none occurs.
    /// With `labellingOnly`, only words that label this value count (`labels(_:value:in:tokens:)`).
    /// With `outsideOnly`, words overlapping the value do not count.
    func nearestDistance(to value: Range<Int>, in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens? = nil,
                         labellingOnly: Bool = false, outsideOnly: Bool = false) -> Int? {
        var nearest: Int?
        forEachWord(in: text, window: window, tokens: tokens) { cue in
            // A cue that ends in `*` matched the start of a word: the word's end counts
            // (`Ablaufdatum 09/30 App`: `ablauf*` stands one space before the date, not six).
            let word = cue.lowerBound..<Self.endOfWord(from: cue.upperBound, in: text)
            if outsideOnly && word.lowerBound < value.upperBound && value.lowerBound < word.upperBound { return true }
            if labellingOnly, let tokens, !Self.labels(word, value: value, in: text, tokens: tokens) { return true }
            let distance = word.upperBound <= value.lowerBound ? value.lowerBound - word.upperBound
                : word.lowerBound >= value.upperBound ? 3 * (word.lowerBound - value.upperBound) : 0
            nearest = min(nearest ?? distance, distance)
            return true
        }
        return nearest
    }

    /// Where the word that goes on at `index` ends (`index` itself when none does).
    private static func endOfWord(from index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var end = index
        while end < text.count, isWordByte(text[end]) { end += 1 }
        return end
    }

    /// The nearest word that ends at or before `value` starts, within `window`.
    func nearestBefore(_ value: Range<Int>, in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens? = nil) -> Range<Int>? {
        var nearest: Range<Int>?
        forEachWord(in: text, window: window, tokens: tokens) { word in
            if word.upperBound <= value.lowerBound && word.upperBound > nearest?.upperBound ?? -1 { nearest = word }
            return true
        }
        return nearest
    }

    private static let prepositionsOfPurpose: Set<[UInt8]> = Set(["für", "fuer", "for"].map { Array($0.utf8) })
    private static let numberLabelWords: Set<[UInt8]> = Set(["number", "nummer", "nr", "no", "num"].map { Array($0.utf8) })

    /// Whether `second` is the purpose of the label `first` before it: between them stand
    /// `für` or `for`, then at most three words without digits (`die`, `das freelance`), and
    /// before the preposition at most a word for "number" (`passport number for the booking`,
    /// `Steuernummer für das freelance invoice`).
    static func isPurpose(_ second: Range<Int>, of first: Range<Int>, in text: UnsafeBufferPointer<UInt8>, tokens: Tokens) -> Bool {
        guard first.upperBound < second.lowerBound else { return false }
        var index = firstToken(startingAtOrAfter: first.upperBound, in: tokens)
        var sawPreposition = false
        var wordsAfter = 0
        while index < tokens.count, tokens[index].range.lowerBound < second.lowerBound {
            let word = Array(UnsafeBufferPointer(rebasing: text[tokens[index].range]))
            if prepositionsOfPurpose.contains(word) && !sawPreposition {
                sawPreposition = true
            } else if sawPreposition {
                wordsAfter += 1
                guard wordsAfter <= 3, tokens[index].shape & WordList.Shape.digit == 0 else { return false }
            } else if !numberLabelWords.contains(word) {
                return false
            }
            index += 1
        }
        return sawPreposition
    }

    private static let linkWords: [[UInt8]] = Array(numberLabelWords.union(["ist", "is", "lautet", "was", "war"].map { Array($0.utf8) }))

    /// Whether `label` names the value that follows it directly: nothing but a word for
    /// "number" or "is" and symbols stand between them (`Bestellnummer 4711`, `Order no. 4711`,
    /// `Kundennummer ist 4711`).
    static func namesDirectly(_ label: Range<Int>, value: Range<Int>, in text: UnsafeBufferPointer<UInt8>, tokens: Tokens) -> Bool {
        guard label.upperBound <= value.lowerBound else { return false }
        var index = firstToken(startingAtOrAfter: label.upperBound, in: tokens)
        while index < tokens.count, tokens[index].range.lowerBound < value.lowerBound {
            // Compared in place: an array per word allocated, 248 times per 1,000 lines of
            // ScanPhones while a rule asked this of every candidate it labelled.
            let word = text[tokens[index].range]
            guard linkWords.contains(where: { $0.elementsEqual(word) }) else { return false }
            index += 1
        }
        return true
    }

    /// Whether a label word at `word` speaks of `value`: a label belongs to the value it stands
    /// next to. It does not when a word holding a digit stands between the two
    /// ("Bestellnummer 4711, Tel. 030 …"), nor when it follows the value and is itself followed
    /// by such a word, at once or after at most two short words ("… card 2237… for invoice
    /// INV-60531", "… 0163 5531035. Bestellnummer ist #311662").
    static func labels(_ word: Range<Int>, value: Range<Int>, in text: UnsafeBufferPointer<UInt8>, tokens: Tokens) -> Bool {
        let between = word.upperBound <= value.lowerBound ? word.upperBound..<value.lowerBound
            : word.lowerBound >= value.upperBound ? value.upperBound..<word.lowerBound : word.lowerBound..<word.lowerBound
        var index = firstToken(startingAtOrAfter: between.lowerBound, in: tokens)
        while index < tokens.count, tokens[index].range.lowerBound < between.upperBound {
            if tokens[index].shape & WordList.Shape.digit != 0 { return false }
            index += 1
        }
        guard word.lowerBound >= value.upperBound else { return true }
        // The words after the label: a short prefix of its number (`INV-60531`, `RE 2025 12242`
        // once the normaliser evened out its dashes) or short words (`ist`, `number is`).
        var next = firstToken(startingAtOrAfter: word.upperBound, in: tokens)
        var skipped = 0
        while next < tokens.count {
            if tokens[next].shape & WordList.Shape.digit != 0 { return false }
            guard tokens[next].range.count <= 6, skipped < 2 else { break }
            skipped += 1
            next += 1
        }
        return true
    }

    /// The index of the first token for which `isBefore` is false (tokens are in order).
    private static func firstToken(in tokens: Tokens, after isBefore: (WordList.Token) -> Bool) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(tokens[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of the first token that starts at or after `offset`.
    private static func firstToken(startingAtOrAfter offset: Int, in tokens: Tokens) -> Int {
        firstToken(in: tokens) { $0.range.lowerBound < offset }
    }

    private static func aTokenEnds(at end: Int, in tokens: Tokens) -> Bool {
        let index = firstToken(in: tokens) { $0.range.upperBound < end }
        return index < tokens.count && tokens[index].range.upperBound == end
    }

    private static func matches(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for index in word.indices where text[start + index] != word[index] { return false }
        return true
    }

    /// Letters, digits and every byte of a non-ASCII character count as word bytes.
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || ASCII.isDigit(byte) || ASCII.isLetter(byte)
    }

    /// Context words go through the same normalisation as messages, so `Prüfnummer`, `PRUEFNUMMER`
    /// and `ß`/`ss` spellings compare as the text does.
    static func fold(_ word: String, using buffers: Normalizer.Buffers = Normalizer.Buffers()) -> String {
        String(decoding: foldedBytes(word, using: buffers), as: UTF8.self)
    }

    /// `foldedBytes` of a word of ASCII and Latin-1 letters alone, as `Normalizer.lowerCaseLatin`
    /// writes it (no digits or spaces, so nothing to read as a value); nil for any other word.
    /// Most words of the packs are such, and folding them is start-up time.
    private static func foldedLetters(_ word: String) -> [UInt8]? {
        var word = word
        return word.withUTF8 { bytes in
            var folded = [UInt8](repeating: 0, count: bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if ASCII.isLetter(byte) {
                    folded[index] = byte | 0x20
                    index += 1
                    continue
                }
                guard byte == 0xC3, index + 1 < bytes.count else { return nil }
                let second = bytes[index + 1]
                guard second & 0xC0 == 0x80, second != 0x97, second != 0xB7 else { return nil }
                // `ß` is written `ss`; a capital becomes its small letter, 0x20 further on.
                folded[index] = second == 0x9F ? UInt8(ascii: "s") : 0xC3
                folded[index + 1] = second == 0x9F ? UInt8(ascii: "s") : second < 0xA0 ? second + 0x20 : second
                index += 2
            }
            return folded
        }
    }

    /// `fold` as UTF-8 bytes.
    static func foldedBytes(_ word: String, using buffers: Normalizer.Buffers = Normalizer.Buffers()) -> [UInt8] {
        if let folded = foldedLetters(word) { return folded }
        var copy = word
        return copy.withUTF8 { bytes in
            guard let normalized = try? Normalizer.normalize(bytes, using: buffers) else { return Array(word.lowercased().utf8) }
            return withExtendedLifetime(buffers) { Array(normalized.bytes) }
        }
    }
}

/// The context window around a value: `before` bytes before it and `after` bytes after it,
/// clipped to the text.
func contextWindow(around range: Range<Int>, textCount: Int, before: Int, after: Int) -> Range<Int> {
    max(0, range.lowerBound - before)..<min(textCount, range.upperBound + after)
}
