import ICUBridge

/// Reads values that a message spells out, spaces out or disguises, so that rules see them.
enum DigitReadings {
    // MARK: Look-alike letters among digits

    /// Reads `o` as `0` and `l`/`i` as `1` inside a numeric group: words of digits and those
    /// letters, separated by single spaces, dashes, dots or slashes, with at least four digits in
    /// all and no more look-alikes than digits (`0l5l 2345 67O9` → `0151 2345 6709`,
    /// `37O4 OO44` → `3704 0044`, `4lll IIII` → `4111 1111`). A word joins a group if it holds a
    /// digit and does not start with two letters other than `oo` (`LI21` is a country code), or
    /// is two or more `o` or three or more `l`/`i`; words like `lol`, `i` or `de89` stay as they
    /// are. Rewrites in place, byte for byte, so offsets do not move; a validator still decides
    /// whether the reading is a value.
    @discardableResult
    static func readLookAlikeDigits(in text: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0
        // The current group is text[groupStart..<groupEnd]; its words are separated by single
        // separators, which the rewrite leaves alone.
        var groupStart = -1, groupEnd = -1
        var digits = 0, lookAlikes = 0
        var rewrote = false
        func closeGroup() {
            if groupStart >= 0, digits >= 4, lookAlikes > 0, lookAlikes <= digits {
                rewriteLookAlikes(in: text, groupStart..<groupEnd)
                rewrote = true
            }
            groupStart = -1
            digits = 0
            lookAlikes = 0
        }
        while index < text.count {
            guard isAlphanumeric(text[index]) else {
                let isSingleSeparator = isSeparator(text[index]) && index + 1 < text.count && isAlphanumeric(text[index + 1])
                    && groupStart >= 0 && groupEnd == index
                if !isSingleSeparator { closeGroup() }
                index += 1
                continue
            }
            var end = index
            var wordDigits = 0, wordLookAlikes = 0, hasLOrI = false, others = false
            while end < text.count, isAlphanumeric(text[end]) {
                switch text[end] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): wordDigits += 1
                case UInt8(ascii: "o"): wordLookAlikes += 1
                case UInt8(ascii: "l"), UInt8(ascii: "i"): wordLookAlikes += 1; hasLOrI = true
                default: others = true
                }
                end += 1
            }
            let length = end - index
            let joins: Bool
            if others {
                joins = false
            } else if wordDigits > 0 {
                // Two leading letters other than `oo` read as letters: `LI21` is Liechtenstein.
                let startsWithTwoLetters = length >= 2 && text[index] &- 0x61 < 26 && text[index + 1] &- 0x61 < 26
                joins = !startsWithTwoLetters || !hasLOrI
            } else {
                joins = hasLOrI ? length >= 3 : length >= 2
            }
            if joins {
                if groupStart >= 0 && groupEnd + 1 != index { closeGroup() }
                if groupStart < 0 { groupStart = index }
                groupEnd = end
                digits += wordDigits
                lookAlikes += wordLookAlikes
            } else {
                closeGroup()
            }
            index = end
        }
        closeGroup()
        return rewrote
    }

    private static func rewriteLookAlikes(in text: UnsafeMutableBufferPointer<UInt8>, _ group: Range<Int>) {
        for index in group {
            switch text[index] {
            case UInt8(ascii: "o"): text[index] = UInt8(ascii: "0")
            case UInt8(ascii: "l"), UInt8(ascii: "i"): text[index] = UInt8(ascii: "1")
            default: break
            }
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte &- 0x61 < 26
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
    }

    // MARK: Spelled-out digits and spaced-out characters

    /// Number words in German and English, in normalised (lower-case) spelling.
    private static let numberWordList: [(String, UInt8)] = [
        ("null", 0), ("eins", 1), ("zwei", 2), ("zwo", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("fuenf", 5),
        ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9),
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9),
    ]

    /// The number words' digits by hash.
    static let numberWords: HashedTable<UInt8> = {
        var table = HashedTable<UInt8>()
        for (word, digit) in numberWordList { table[LexiconMatcher.hash(word.utf8)] = digit }
        return table
    }()

    /// Bits 58–63 and 52–57 of every number word's hash, as two bit sets: most words of a
    /// message fail this test and never reach `numberWords`.
    static let numberWordFilter: (UInt64, UInt64) = numberWordList.reduce((0, 0)) { filter, word in
        let hash = LexiconMatcher.hash(word.0.utf8)
        return (filter.0 | 1 << (hash >> 58), filter.1 | 1 << (hash >> 52 & 63))
    }

    @inline(__always) private static func mayBeNumberWord(_ hash: UInt64, filter: (UInt64, UInt64)) -> Bool {
        filter.0 & 1 << (hash >> 58) != 0 && filter.1 & 1 << (hash >> 52 & 63) != 0
    }

    /// The fewest number words in a run before it is read as digits: "one or two" stays text,
    /// "null eins fünf eins" becomes `0151`.
    static let minimumNumberWords = 3
    /// The fewest single characters in a spaced-out run before it is joined: `D E 8 9 3 7 …`.
    static let minimumSpacedCharacters = 6

    /// What one pass over a message says about the readings it needs.
    struct Survey {
        var numberWordCount = 0
        var longestSpacedRun = 0
        /// False when `readLookAlikeDigits` would change nothing: fewer than four digits, or no
        /// ASCII word that could join a numeric group with a look-alike letter in it.
        var mayHoldLookAlikes = false
        var needsJoining: Bool { numberWordCount >= minimumNumberWords || longestSpacedRun >= minimumSpacedCharacters }
    }

    /// The survey of `text` from its `words`. Counts may run high (a word list splits at
    /// symbols the readings read as part of a word), never low: the readings themselves decide.
    @inline(__always) static func survey(of words: WordList, in text: UnsafeBufferPointer<UInt8>) -> Survey {
        var survey = Survey()
        var lookAlikeWord = false
        var spacedRun = 0
        var previousEnd = -2
        let numberWordFilter = Self.numberWordFilter
        for token in words.tokens {
            let length = token.range.count
            let shape = token.shape
            // A stretch of ASCII letters and digits (the words of `readLookAlikeDigits`) can join a
            // numeric group when its only letters are look-alikes; a word with non-ASCII letters
            // has several such stretches. Most words have other letters: one test passes them over.
            if shape & (WordList.Shape.lookAlike | WordList.Shape.otherASCIILetter | WordList.Shape.nonASCII) == WordList.Shape.lookAlike {
                lookAlikeWord = lookAlikeWord || shape & WordList.Shape.digit != 0 || length >= 2
            } else if shape & WordList.Shape.lookAlike != 0 && shape & WordList.Shape.nonASCII != 0 && !lookAlikeWord {
                lookAlikeWord = holdsLookAlikeStretch(UnsafeBufferPointer(rebasing: text[token.range]))
            }
            if length == 1 {
                let continuesRun = previousEnd == token.range.lowerBound - 1 && isSeparator(text[previousEnd])
                spacedRun = continuesRun ? spacedRun + 1 : 1
                survey.longestSpacedRun = max(survey.longestSpacedRun, spacedRun)
            } else {
                spacedRun = 0
                if length >= 3 && length <= 6 && Self.mayBeNumberWord(token.hash, filter: numberWordFilter)
                    && numberWords[token.hash] != nil { survey.numberWordCount += 1 }
            }
            previousEnd = token.range.upperBound
        }
        survey.mayHoldLookAlikes = lookAlikeWord && digitCount(of: words, in: text) >= 4
        return survey
    }

    /// The ASCII digits of all words.
    static func digitCount(of words: WordList, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for token in words.tokens where token.shape & WordList.Shape.digit != 0 {
            for index in token.range where text[index] &- 0x30 < 10 { count += 1 }
        }
        return count
    }

    /// Whether some stretch of ASCII letters and digits in `word` has look-alike letters and no
    /// other letters, and a digit or two characters at least.
    private static func holdsLookAlikeStretch(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var length = 0, digits = 0, lookAlikes = 0, others = 0
        for index in 0...word.count {
            let byte = index < word.count ? word[index] : 0
            if isAlphanumeric(byte) {
                length += 1
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                case UInt8(ascii: "o"), UInt8(ascii: "l"), UInt8(ascii: "i"): lookAlikes += 1
                default: others += 1
                }
                continue
            }
            if lookAlikes > 0 && others == 0 && (digits > 0 || length >= 2) { return true }
            length = 0; digits = 0; lookAlikes = 0; others = 0
        }
        return false
    }

    /// Writes `text` with values joined up again and returns the changed stretches, or false
    /// when nothing needed joining (`survey` is the text's):
    /// - runs of spelled-out digits become digits ("null eins fünf eins zwei" → `01512`,
    ///   "0151 zwei drei vier" → `0151 234`): separators between number words go, a separator
    ///   next to written digits stays;
    /// - runs of single letters or digits separated by single spaces, dashes or dots are joined
    ///   (`D E 8 9 3 7 0 4` → `de893704`).
    static func joinValues(_ text: UnsafeBufferPointer<UInt8>, _ survey: Survey, into output: inout [UInt8],
                           spans: inout [veil_changed_span]) -> Bool {
        let numberWordCount = survey.numberWordCount, longestSpacedRun = survey.longestSpacedRun
        guard survey.needsJoining else { return false }

        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        if numberWordCount >= minimumNumberWords { edits += spelledDigitEdits(text) }
        if longestSpacedRun >= minimumSpacedCharacters { edits += spacedCharacterEdits(text) }
        guard !edits.isEmpty else { return false }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }

        output.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        var cursor = 0
        for edit in edits where edit.range.lowerBound >= cursor {
            output.append(contentsOf: text[cursor..<edit.range.lowerBound])
            spans.append(veil_changed_span(src_start: Int32(edit.range.lowerBound), src_len: Int32(edit.range.count),
                                           dst_start: Int32(output.count), dst_len: edit.replacement == nil ? 0 : 1))
            if let replacement = edit.replacement { output.append(replacement) }
            cursor = edit.range.upperBound
        }
        output.append(contentsOf: text[cursor...])
        return true
    }

    /// Each number word of a long enough run becomes its digit; the separator before it goes
    /// when the word before it is a number word too.
    private static func spelledDigitEdits(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: UInt8?)] {
        var runs: [[(range: Range<Int>, digit: UInt8?)]] = [[]]
        forEachWord(in: text) { range in
            let word = UnsafeBufferPointer(rebasing: text[range])
            let digit = numberWord(word)
            guard digit != nil || word.allSatisfy({ $0 &- 0x30 < 10 }) else {
                if !runs[runs.count - 1].isEmpty { runs.append([]) }
                return
            }
            if let last = runs[runs.count - 1].last,
               !(last.range.upperBound..<range.lowerBound).allSatisfy({ isSeparator(text[$0]) || text[$0] == UInt8(ascii: ",") }) {
                runs.append([])
            }
            runs[runs.count - 1].append((range, digit))
        }
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        for run in runs where run.filter({ $0.digit != nil }).count >= minimumNumberWords {
            for (position, word) in run.enumerated() {
                guard let digit = word.digit else { continue }
                let joinsPrevious = position > 0 && run[position - 1].digit != nil
                let start = joinsPrevious ? run[position - 1].range.upperBound : word.range.lowerBound
                edits.append((start..<word.range.upperBound, UInt8(ascii: "0") + digit))
            }
        }
        return edits
    }

    /// The separators inside runs of single characters go.
    private static func spacedCharacterEdits(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: UInt8?)] {
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        var run: [Range<Int>] = []
        func closeRun() {
            if run.count >= minimumSpacedCharacters {
                for (previous, next) in zip(run, run.dropFirst()) {
                    edits.append((previous.upperBound..<next.lowerBound, nil))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        forEachWord(in: text) { range in
            guard range.count == 1, text[range.lowerBound] < 0x80 else { closeRun(); return }
            if let last = run.last, !(last.upperBound + 1 == range.lowerBound && isSeparator(text[last.upperBound])) {
                closeRun()
            }
            run.append(range)
        }
        closeRun()
        return edits
    }

    private static func numberWord(_ word: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard (3...6).contains(word.count) else { return nil }
        return numberWords[LexiconMatcher.hash(word)]
    }

    /// Runs of ASCII letters and digits and non-ASCII bytes.
    private static func forEachWord(in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        while start < text.count {
            guard text[start] >= 0x80 || isAlphanumeric(text[start]) else { start += 1; continue }
            var end = start
            while end < text.count, text[end] >= 0x80 || isAlphanumeric(text[end]) { end += 1 }
            body(start..<end)
            start = end
        }
    }
}
