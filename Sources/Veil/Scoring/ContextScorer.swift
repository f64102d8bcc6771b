/// Finds a rule's context words near a value in the normalised text. A context word matches a
/// whole word (`tel` matches `Tel.` but not `Teller`); with a trailing `*` it matches every word
/// that starts with it (`konto*` matches `Kontonummer`). Phrases such as `security code` match
/// across the space.
struct ContextWords {
    private struct Word {
        let bytes: [UInt8]
        /// Whether the text must not go on with a letter or digit after the word.
        let wholeWord: Bool
        /// The groups the word belongs to, one bit each (see `init(groups:)`).
        let groups: UInt64
    }

    /// The words, bucketed by their first byte, so that each word start of the window is
    /// compared only with the words that begin like it.
    private let wordsByFirstByte: [[Word]]
    let isEmpty: Bool

    init(_ words: [String]) {
        self.init(groups: [words])
    }

    /// Words of up to 64 groups at once (the context words of several rules), so that one pass
    /// over a text says which groups occur in it (`groupsOccurring`).
    init(groups: [[String]]) {
        precondition(groups.count <= 64, "at most 64 groups of context words")
        var buckets = [[Word]](repeating: [], count: 256)
        for (group, words) in groups.enumerated() {
            for word in words {
                let isStem = word.hasSuffix("*")
                let bytes = Array(ContextWords.fold(isStem ? String(word.dropLast()) : word).utf8)
                guard let first = bytes.first, let last = bytes.last else { continue }
                buckets[Int(first)].append(Word(bytes: bytes, wholeWord: !isStem && Self.isWordByte(last), groups: 1 << UInt64(group)))
            }
        }
        wordsByFirstByte = buckets
        isEmpty = buckets.allSatisfy(\.isEmpty)
    }

    /// The groups (one bit each) with a word anywhere in `text`.
    func groupsOccurring(in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = 0
        forEachWord(in: text, window: 0..<text.count) { word, _ in
            found |= word.groups
            return true
        }
        return found
    }

    /// Whether any word starts within `window` of `text`.
    func occur(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>) -> Bool {
        var found = false
        forEachWord(in: text, window: window) { _, _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with each word found within `window` and its range, until `body` returns false.
    private func forEachWord(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>,
                             _ body: (Word, Range<Int>) -> Bool) {
        for start in window {
            guard start == 0 || !Self.isWordByte(text[start - 1]) else { continue }
            for word in wordsByFirstByte[Int(text[start])] where start + word.bytes.count <= window.upperBound {
                if matches(word, in: text, at: start), !body(word, start..<start + word.bytes.count) { return }
            }
        }
    }

    private func matches(_ word: Word, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let end = start + word.bytes.count
        return Self.matches(word.bytes, in: text, at: start)
            && (!word.wholeWord || end == text.count || !Self.isWordByte(text[end]))
    }

    /// How far the nearest word within `window` stands from `value`, in bytes: a word before the
    /// value counts its gap, a word after it counts three times its gap, because in chat a
    /// label comes before its value ("Tel. 030 …", "Bestellnummer 4711"). Nil when none occurs.
    func nearestDistance(to value: Range<Int>, in text: UnsafeBufferPointer<UInt8>, window: Range<Int>) -> Int? {
        var nearest: Int?
        forEachWord(in: text, window: window) { _, word in
            let distance = word.upperBound <= value.lowerBound ? value.lowerBound - word.upperBound
                : word.lowerBound >= value.upperBound ? 3 * (word.lowerBound - value.upperBound) : 0
            nearest = min(nearest ?? distance, distance)
            return true
        }
        return nearest
    }

    private static func matches(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for index in word.indices where text[start + index] != word[index] { return false }
        return true
    }

    /// Letters, digits and every byte of a non-ASCII character count as word bytes.
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Context words go through the same normalisation as messages, so `Prüfnummer`, `PRUEFNUMMER`
    /// and `ß`/`ss` spellings compare as the text does.
    static func fold(_ word: String) -> String {
        var copy = word
        return copy.withUTF8 { bytes in
            let buffers = Normalizer.Buffers()
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
