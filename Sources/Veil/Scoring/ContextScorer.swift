/// Finds a rule's context words near a value in the normalised text. A context word matches a
/// whole word (`tel` matches `Tel.` but not `Teller`); with a trailing `*` it matches every word
/// that starts with it (`konto*` matches `Kontonummer`). Phrases such as `security code` match
/// across the space.
struct ContextWords {
    private struct Word {
        let bytes: [UInt8]
        /// Whether the text must not go on with a letter or digit after the word.
        let wholeWord: Bool
    }

    private let words: [Word]

    init(_ words: [String]) {
        self.words = words.compactMap { word in
            let isStem = word.hasSuffix("*")
            let bytes = Array(ContextWords.fold(isStem ? String(word.dropLast()) : word).utf8)
            guard let last = bytes.last else { return nil }
            return Word(bytes: bytes, wholeWord: !isStem && Self.isWordByte(last))
        }
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether any word starts within `window` of `text`.
    func occur(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>) -> Bool {
        for word in words {
            var start = window.lowerBound
            while start + word.bytes.count <= window.upperBound {
                let end = start + word.bytes.count
                if (start == 0 || !Self.isWordByte(text[start - 1])) && Self.matches(word.bytes, in: text, at: start)
                    && (!word.wholeWord || end == text.count || !Self.isWordByte(text[end])) {
                    return true
                }
                start += 1
            }
        }
        return false
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
