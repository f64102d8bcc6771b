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
        /// The groups the word belongs to, one bit each (see `init(groups:)`).
        let groups: UInt64
    }

    /// Every word's bytes, one after another.
    private let bytes: [UInt8]
    /// The words sorted by bucket, so that each word start of a text is compared only with the
    /// words that begin like it: those of bucket `b` are `words[bucketStarts[b]..<bucketStarts[b + 1]]`.
    /// A word's bucket comes from its first two bytes; one-byte words have buckets of their own.
    private let words: [Word]
    private let bucketStarts: [Int]
    /// Bit `b` of word `b >> 6` is set when some word begins with byte `b`: most positions of a
    /// text fail this test and never reach the buckets.
    private let firstBytes: [UInt64]
    /// Whether every word starts with an ASCII letter or digit, so that it can only start where
    /// a word of the text (`WordList.Token`) starts.
    private let startsWithLetterOrDigit: Bool
    let isEmpty: Bool

    private static let twoByteBuckets = 4096

    /// The bucket of words that start with `first`, `second`; one-byte words when `second` is nil.
    private static func bucket(_ first: UInt8, _ second: UInt8?) -> Int {
        guard let second else { return twoByteBuckets + Int(first) }
        return (Int(first) &* 31 &+ Int(second)) & (twoByteBuckets - 1)
    }

    init(_ words: [String]) {
        self.init(groups: [words])
    }

    /// Words of up to 64 groups at once (the context words of several rules), so that one pass
    /// over a text says which groups occur in it (`groupsOccurring`).
    init(groups: [[String]]) {
        precondition(groups.count <= 64, "at most 64 groups of context words")
        var entries: [(bytes: [UInt8], wholeWord: Bool, groups: UInt64)] = []
        let buffers = Normalizer.Buffers()
        for (group, words) in groups.enumerated() {
            for word in words {
                let isStem = word.hasSuffix("*")
                let bytes = Array(ContextWords.fold(isStem ? String(word.dropLast()) : word, using: buffers).utf8)
                guard let last = bytes.last else { continue }
                entries.append((bytes, !isStem && Self.isWordByte(last), 1 << UInt64(group)))
            }
        }
        func bucket(of word: [UInt8]) -> Int { Self.bucket(word[0], word.count > 1 ? word[1] : nil) }
        entries.sort { bucket(of: $0.bytes) < bucket(of: $1.bytes) }
        var bytes: [UInt8] = []
        var words: [Word] = []
        var bucketStarts = [Int](repeating: 0, count: Self.twoByteBuckets + 256 + 1)
        var firstBytes = [UInt64](repeating: 0, count: 4)
        for entry in entries {
            firstBytes[Int(entry.bytes[0] >> 6)] |= 1 << UInt64(entry.bytes[0] & 63)
            words.append(Word(start: bytes.count, count: entry.bytes.count, wholeWord: entry.wholeWord, groups: entry.groups))
            bytes += entry.bytes
            bucketStarts[bucket(of: entry.bytes) + 1] += 1
        }
        for index in 1..<bucketStarts.count { bucketStarts[index] += bucketStarts[index - 1] }
        self.bytes = bytes
        self.words = words
        self.bucketStarts = bucketStarts
        self.firstBytes = firstBytes
        startsWithLetterOrDigit = entries.allSatisfy { $0.bytes[0] &- 0x30 < 10 || $0.bytes[0] &- 0x61 < 26 }
        isEmpty = words.isEmpty
    }

    /// The groups (one bit each) with a word anywhere in `text`.
    func groupsOccurring(in text: UnsafeBufferPointer<UInt8>, tokens: Tokens? = nil) -> UInt64 {
        var found: UInt64 = 0
        forEachWord(in: text, window: 0..<text.count, tokens: tokens) { groups, _ in
            found |= groups
            return true
        }
        return found
    }

    /// Whether any word starts within `window` of `text`.
    func occur(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens? = nil) -> Bool {
        var found = false
        forEachWord(in: text, window: window, tokens: tokens) { _, _ in
            found = true
            return false
        }
        return found
    }

    /// The words of the text (`WordList.tokenize`), in order.
    typealias Tokens = UnsafeBufferPointer<WordList.Token>

    /// Calls `body` for each word found within `window`. With the text's `tokens`, and when every
    /// word starts with a letter or digit, it looks only where the text's words start; else at
    /// every position that follows no letter or digit.
    private func forEachWord(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens?,
                             _ body: (UInt64, Range<Int>) -> Bool) {
        guard let tokens, startsWithLetterOrDigit else { return findWords(in: text, window: window, body) }
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < window.lowerBound { low = middle + 1 } else { high = middle }
        }
        var stopped = false
        for token in tokens[low...] {
            guard token.range.lowerBound < window.upperBound, !stopped else { break }
            findWords(in: text, window: token.range.lowerBound..<window.upperBound, startingAt: tokens) { groups, range in
                stopped = !body(groups, range)
                return !stopped
            }
        }
    }

    /// Calls `body` with the groups and range of each word found within `window`, until `body`
    /// returns false: at every position that follows no letter or digit, or, given the text's
    /// `tokens`, only at the first position of `window`, a word start, where a word may also end
    /// where one of the text's words ends (before `“`, whose bytes are not ASCII).
    private func findWords(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, startingAt tokens: Tokens? = nil,
                           _ body: (UInt64, Range<Int>) -> Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            words.withUnsafeBufferPointer { words in
                bucketStarts.withUnsafeBufferPointer { bucketStarts in
                    firstBytes.withUnsafeBufferPointer { firstBytes in
                        func check(bucket: Int, at start: Int) -> Bool {
                            for word in words[bucketStarts[bucket]..<bucketStarts[bucket + 1]] where start + word.count <= window.upperBound {
                                let end = start + word.count
                                guard Self.matches(UnsafeBufferPointer(rebasing: bytes[word.start..<word.start + word.count]), in: text, at: start),
                                      !word.wholeWord || end == text.count || !Self.isWordByte(text[end])
                                        || (tokens.map { Self.aTokenEnds(at: end, in: $0) } ?? false) else { continue }
                                if !body(word.groups, start..<end) { return false }
                            }
                            return true
                        }
                        if tokens != nil {
                            guard let start = window.first else { return }
                            let first = text[start]
                            guard firstBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return }
                            guard check(bucket: Self.bucket(first, nil), at: start) else { return }
                            if start + 1 < window.upperBound { _ = check(bucket: Self.bucket(first, text[start + 1]), at: start) }
                            return
                        }
                        var previousIsWord = window.lowerBound > 0 && Self.isWordByte(text[window.lowerBound - 1])
                        for start in window {
                            let first = text[start]
                            let followsWord = previousIsWord
                            previousIsWord = Self.isWordByte(first)
                            guard !followsWord, firstBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { continue }
                            guard check(bucket: Self.bucket(first, nil), at: start) else { return }
                            if start + 1 < window.upperBound, !check(bucket: Self.bucket(first, text[start + 1]), at: start) { return }
                        }
                    }
                }
            }
        }
    }

    /// How far the nearest word within `window` stands from `value`, in bytes: a word before the
    /// value counts its gap, a word after it counts three times its gap, because in chat a
    /// label comes before its value ("Tel. 030 …", "Bestellnummer 4711"). Nil when none occurs.
    func nearestDistance(to value: Range<Int>, in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, tokens: Tokens? = nil) -> Int? {
        var nearest: Int?
        forEachWord(in: text, window: window, tokens: tokens) { _, word in
            let distance = word.upperBound <= value.lowerBound ? value.lowerBound - word.upperBound
                : word.lowerBound >= value.upperBound ? 3 * (word.lowerBound - value.upperBound) : 0
            nearest = min(nearest ?? distance, distance)
            return true
        }
        return nearest
    }

    private static func aTokenEnds(at end: Int, in tokens: Tokens) -> Bool {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.upperBound < end { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].range.upperBound == end
    }

    private static func matches(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for index in word.indices where text[start + index] != word[index] { return false }
        return true
    }

    /// Letters, digits and every byte of a non-ASCII character count as word bytes.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// Context words go through the same normalisation as messages, so `Prüfnummer`, `PRUEFNUMMER`
    /// and `ß`/`ss` spellings compare as the text does.
    static func fold(_ word: String, using buffers: Normalizer.Buffers = Normalizer.Buffers()) -> String {
        var copy = word
        return copy.withUTF8 { bytes in
            guard let normalized = try? Normalizer.normalize(bytes, using: buffers) else { return word.lowercased() }
            return withExtendedLifetime(buffers) { String(decoding: normalized.bytes, as: UTF8.self) }
        }
    }
}

/// The context window around a value: `before` bytes before it and `after` bytes after it,
/// clipped to the text.
func contextWindow(around range: Range<Int>, textCount: Int, before: Int, after: Int) -> Range<Int> {
    max(0, range.lowerBound - before)..<min(textCount, range.upperBound + after)
}
