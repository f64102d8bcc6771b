import ICUBridge

/// Reads values that a message spells out, spaces out or disguises, so that rules see them.
enum DigitReadings {
    // MARK: Look-alike letters among digits

    /// Reads `o` as `0` and `l`/`i` as `1` inside a numeric group: words of digits and those
    /// letters, separated by single spaces, dashes, dots or slashes, with at least two digits and
    /// three characters in all and no more look-alikes than digits (a card code `6o1`,
    /// `0l5l 2345 67O9` → `0151 2345 6709`,
    /// `37O4 OO44` → `3704 0044`, `4lll IIII` → `4111 1111`); next to a digit in its word, or
    /// anywhere in a word of digits and look-alikes alone, `s` is
    /// read as `5`, `b` as `8` and `z` as `2` too (`23o83S` → `230835`, `8B92` → `8892`,
    /// `344Z 960Z` → `3442 9602`, `S811.B9.9O5` → `5811.89.905`, `Sl603I0789` → `5160310789`:
    /// `so` and `bis` stay words).
    /// A word joins a group if it holds a
    /// digit and does not start with two letters, unless they are `oo`, look-alikes follow a
    /// digit too or the word goes on a group (`LI21` is a country code, `OS7015` an order,
    /// `Ol7o` and `24 535 BO9 168` numbers), or
    /// is two or more `o` or three or more `l`/`i`; words like `lol`, `i` or `de89` stay as they
    /// are. Rewrites in place, byte for byte, so offsets do not move; a validator still decides
    /// whether the reading is a value. The trunk prefix after a country code is read too:
    /// `+41 (o)78` → `+41 (0)78`.
    @discardableResult
    static func readLookAlikeDigits(in text: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0
        // The current group is text[groupStart..<groupEnd]; its words are separated by single
        // separators, which the rewrite leaves alone.
        var groupStart = -1, groupEnd = -1
        var digits = 0, lookAlikes = 0
        var rewrote = false
        func closeGroup() {
            if groupStart >= 0, digits >= 2, digits + lookAlikes >= 3, lookAlikes > 0, lookAlikes <= digits {
                rewriteLookAlikes(in: text, groupStart..<groupEnd)
                rewrote = true
            }
            groupStart = -1
            digits = 0
            lookAlikes = 0
        }
        while index < text.count {
            guard ASCII.isLowercaseAlphanumeric(text[index]) else {
                let isSingleSeparator = isSeparator(text[index]) && index + 1 < text.count && ASCII.isLowercaseAlphanumeric(text[index + 1])
                    && groupStart >= 0 && groupEnd == index
                if !isSingleSeparator { closeGroup() }
                index += 1
                continue
            }
            if isTrunkPrefix(at: index, in: UnsafeBufferPointer(text)) {
                closeGroup()
                text[index] = UInt8(ascii: "0")
                rewrote = true
                index += 1
                continue
            }
            // One or two letters before digits (`de…`, `h…`) are a prefix the reading skips:
            // a country code or an insurance number's letter (`DE712o73OOo6…`, `H3584119O9`).
            var prefix = 0
            while prefix < 2, index + prefix < text.count, ASCII.isLowercaseLetter(text[index + prefix]),
                  text[index + prefix] != UInt8(ascii: "o"), text[index + prefix] != UInt8(ascii: "l"),
                  text[index + prefix] != UInt8(ascii: "i") { prefix += 1 }
            // The prefix stands before a digit, or before `s`, `b` or `z` before one (`DEZ0 5502 …`).
            if prefix == 0 || index + prefix >= text.count
                || !(ASCII.isDigit(text[index + prefix]) || (ASCII.shapeDigit(text[index + prefix]) != nil
                     && index + prefix + 1 < text.count && ASCII.isDigit(text[index + prefix + 1]))) { prefix = 0 }
            // A lone `s`, `b` or `z` before a digit is read like one after it (`S811.B9.9O5`,
            // `Z7Z0 0105`), not skipped as a prefix; the text as written is scanned too, so an
            // insurance number's letter is still read as a letter there.
            if prefix == 1 && ASCII.shapeDigit(text[index]) != nil { prefix = 0 }
            // A country code whose check digits are both written as look-alikes, before a group
            // of digits (`DEOZ 4005 5555 …`), is read as an IBAN's start.
            let lookAlikeCheckDigits = prefix == 0 && Self.startsIBANWithLookAlikeCheckDigits(at: index, in: UnsafeBufferPointer(text))
            if lookAlikeCheckDigits { prefix = 2 }
            if prefix > 0 && (groupStart >= 0 && groupEnd + 1 == index) { prefix = 0 }
            var end = index + prefix
            var wordDigits = 0, wordLookAlikes = 0, hasLOrI = false, others = false
            // Look-alikes after the word's first digit (`Ol7o`), not only before it (`OS7015`).
            var lookAlikesAfterDigit = false
            // A word of digits and look-alikes alone reads `s`, `b` and `z` anywhere (`Sl603I0789`, `BO9`).
            let allLookAlikes = isDigitsAndLookAlikes(from: end, in: text)
            while end < text.count, ASCII.isLowercaseAlphanumeric(text[end]) {
                switch text[end] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): wordDigits += 1
                case UInt8(ascii: "o"): wordLookAlikes += 1; lookAlikesAfterDigit = lookAlikesAfterDigit || wordDigits > 0
                case UInt8(ascii: "l"), UInt8(ascii: "i"): wordLookAlikes += 1; hasLOrI = true; lookAlikesAfterDigit = lookAlikesAfterDigit || wordDigits > 0
                case UInt8(ascii: "s"), UInt8(ascii: "b"), UInt8(ascii: "z"):
                    // Next to a digit, or in a word of digits and look-alikes (`so` and `bis` stay words).
                    if allLookAlikes || lookAlikeCheckDigits || wordDigits > 0 || (end + 1 < text.count && ASCII.isDigit(text[end + 1])) {
                        wordLookAlikes += 1
                        lookAlikesAfterDigit = lookAlikesAfterDigit || wordDigits > 0
                    } else {
                        others = true
                    }
                default: others = true
                }
                end += 1
            }
            if others && prefix > 0 {
                // Other letters after the prefix: the word is not a prefixed number.
                index = end
                closeGroup()
                continue
            }
            index += prefix
            let length = end - index
            let joins: Bool
            if others {
                joins = false
            } else if prefix > 0 {
                joins = wordDigits > 0 || lookAlikeCheckDigits
            } else if wordDigits > 0 {
                // Two leading letters are a code's letters (`LI21` is Liechtenstein, `#OS701544`
                // an order), unless look-alikes follow a digit too (`Ol7o 7377…`), they are `oo`
                // (`OO44`) or the word goes on a group of digits (`24 535 BO9 168`).
                let startsWithTwoLetters = length >= 2 && ASCII.isLowercaseLetter(text[index]) && ASCII.isLowercaseLetter(text[index + 1])
                let leadingOO = startsWithTwoLetters && text[index] == UInt8(ascii: "o") && text[index + 1] == UInt8(ascii: "o")
                let goesOnGroup = groupStart >= 0 && groupEnd + 1 == index
                joins = !startsWithTwoLetters || lookAlikesAfterDigit || leadingOO || goesOnGroup
            } else {
                // A lone `o` or `l` at the end of a number of six digits or more, before a
                // punctuation mark or the end, is its last digit (`37/65I/8986/o.`, a tax number,
                // whose slashes the reading before made spaces); so is an `i` after a slash, dash
                // or dot (after a space it is the English word). Before a word it starts one
                // (`831119 l dot matthews at …`).
                let endsText = end == text.count || (text[end] != UInt8(ascii: " ")
                    && (end + 1 == text.count || !ASCII.isLowercaseAlphanumeric(text[end + 1])))
                let endsNumber = length == 1 && groupStart >= 0 && groupEnd + 1 == index && digits >= 6 && endsText
                    && (text[index] != UInt8(ascii: "i") || text[index - 1] != UInt8(ascii: " "))
                // And a lone `l` before a dash or a space and three digits starts one
                // (`l-206-Z53-8068`, a US number's 1, its dashes already made spaces); an `i`
                // only before a dash. (An `o` there is an insurance number's letter as often:
                // `O.48701S7B6`.)
                let startsNumber = length == 1 && end + 3 < text.count
                    && (text[end] == UInt8(ascii: "-") || (text[end] == UInt8(ascii: " ") && text[index] == UInt8(ascii: "l")))
                    && text[index] != UInt8(ascii: "o")
                    && ASCII.isDigit(text[end + 1]) && ASCII.isDigit(text[end + 2]) && ASCII.isDigit(text[end + 3])
                joins = endsNumber || startsNumber || (hasLOrI ? length >= 3 : length >= 2)
            }
            if joins && isInEmailLocalPart(end, in: text) {
                // `anna.s22@…`: an address's name, as it is written.
                closeGroup()
                index = end
                continue
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

    /// Whether the word from `start` has a digit and no letters but look-alikes (`o`, `l`, `i`,
    /// `s`, `b`, `z`).
    private static func isDigitsAndLookAlikes(from start: Int, in text: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = start, hasDigit = false
        while index < text.count, ASCII.isLowercaseAlphanumeric(text[index]) {
            if ASCII.isDigit(text[index]) {
                hasDigit = true
            } else if ASCII.anyLookAlikeDigit(text[index]) == nil {
                return false
            }
            index += 1
        }
        return hasDigit
    }

    /// Whether the word ending at `end` stands in an e-mail address's local part: letters,
    /// digits and `.`, `_`, `%`, `+`, `-` run from it to an `@`.
    private static func isInEmailLocalPart(_ end: Int, in text: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = end
        while index < text.count {
            let byte = text[index]
            guard ASCII.isLowercaseAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") else { break }
            index += 1
        }
        return index < text.count && text[index] == UInt8(ascii: "@")
    }

    /// Whether the word at `start` is an IBAN country code and two look-alikes (`deoz`; `gbs4`
    /// has a digit and is read as a prefixed number already), followed by a separator, a digit
    /// and as many letters and digits in single-separated groups as the country's BBAN has
    /// (`also 0151 2345678` is no Albanian IBAN).
    private static func startsIBANWithLookAlikeCheckDigits(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + 5 < text.count, start == 0 || !ASCII.isLowercaseAlphanumeric(text[start - 1]),
              isSeparator(text[start + 4]), ASCII.isDigit(text[start + 5]),
              let format = FinancialChecks.ibanFormat(text[start], text[start + 1]) else { return false }
        guard ASCII.anyLookAlikeDigit(text[start + 2]) != nil, ASCII.anyLookAlikeDigit(text[start + 3]) != nil else { return false }
        var index = start + 5, characters = 0
        while index < text.count, characters < format.length - 4 {
            if ASCII.isLowercaseAlphanumeric(text[index]) {
                characters += 1
            } else if !(isSeparator(text[index]) && index + 1 < text.count && ASCII.isLowercaseAlphanumeric(text[index + 1])) {
                break
            }
            index += 1
        }
        return characters == format.length - 4
    }

    /// Whether `text[index]` is the `o` of `(o)` between a country code and the number
    /// (`+41 (o)78`, `+49(o)151`), where a phone number writes its trunk prefix `(0)`.
    static func isTrunkPrefix(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text[index] == UInt8(ascii: "o"), index >= 2, index + 2 < text.count,
              text[index - 1] == UInt8(ascii: "("), text[index + 1] == UInt8(ascii: ")") else { return false }
        let before = text[index - 2] == UInt8(ascii: " ") && index >= 3 ? index - 3 : index - 2
        let after = text[index + 2] == UInt8(ascii: " ") && index + 3 < text.count ? index + 3 : index + 2
        return ASCII.isDigit(text[before]) && ASCII.isDigit(text[after])
    }

    /// Reads as `0` every `o` next to a digit in a value group of `minimumZeroGroupDigits`
    /// digits or more (words of letters and digits one separator apart: `lu80 061f vfmi 4oxc
    /// egmh`), leaving every other letter as it is; whether it read any. `5/3out` is no group.
    static func readZeros(in text: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var read = false
        var start = 0
        while start < text.count {
            guard ASCII.isLowercaseAlphanumeric(text[start]) else { start += 1; continue }
            // The group from `start`: alphanumeric runs joined by single separators.
            var end = start, digits = 0, zeros = 0
            while end < text.count {
                if ASCII.isLowercaseAlphanumeric(text[end]) {
                    if ASCII.isDigit(text[end]) { digits += 1 } else if text[end] == UInt8(ascii: "o") { zeros += 1 }
                    end += 1
                } else if isSeparator(text[end]), end + 1 < text.count, ASCII.isLowercaseAlphanumeric(text[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            if zeros > 0 && digits >= minimumZeroGroupDigits {
                for index in start..<end where text[index] == UInt8(ascii: "o")
                    && ((index > start && ASCII.isDigit(text[index - 1])) || (index + 1 < end && ASCII.isDigit(text[index + 1]))) {
                    text[index] = UInt8(ascii: "0")
                    read = true
                }
            }
            start = end
        }
        return read
    }

    /// The fewest digits of a group whose `o`s `readZeros` reads: an ID card serial has three or
    /// four among its letters; two are a date or a time (`5/3out`).
    static let minimumZeroGroupDigits = 3

    private static func rewriteLookAlikes(in text: UnsafeMutableBufferPointer<UInt8>, _ group: Range<Int>) {
        for index in group {
            switch text[index] {
            case UInt8(ascii: "o"): text[index] = UInt8(ascii: "0")
            case UInt8(ascii: "l"), UInt8(ascii: "i"): text[index] = UInt8(ascii: "1")
            case UInt8(ascii: "s"): text[index] = UInt8(ascii: "5")
            case UInt8(ascii: "b"): text[index] = UInt8(ascii: "8")
            case UInt8(ascii: "z"): text[index] = UInt8(ascii: "2")
            default: break
            }
        }
    }

    // MARK: Values the message wrote as one

    /// The word that a value starting at `start` continues, when it starts inside a longer value
    /// the message wrote as one: in the middle of a word that holds a digit (`h4509…`, `de39…`),
    /// or after a word of three or more characters, at least half of them digits, joined to it
    /// by at most `maximumSeparatorRun` separators (`5773 5046 |0438 8454`, `899-8140626-|0643273`),
    /// none of them a line break of the message as written (`original`): a value that starts a
    /// line starts a group (`26 February 1977⏎2 66 08 92 937 599 36`).
    /// The scanner drops such a finding unless another finding covers that word.
    static func wordJoined(before start: Int, in text: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>,
                           map: OffsetMap) -> Range<Int>? {
        guard start > 0 else { return nil }
        var wordEnd = start
        if !ASCII.isLowercaseAlphanumeric(text[start - 1]) {
            var separators = 0
            while wordEnd > 0, isSeparator(text[wordEnd - 1]), separators < maximumSeparatorRun {
                wordEnd -= 1
                separators += 1
            }
            guard separators > 0, wordEnd > 0, ASCII.isLowercaseAlphanumeric(text[wordEnd - 1]) else { return nil }
            let written = map.originalRange(wordEnd..<start)
            if written.upperBound <= original.count,
               original[written].contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) { return nil }
        }
        var wordStart = wordEnd
        while wordStart > 0, ASCII.isLowercaseAlphanumeric(text[wordStart - 1]) { wordStart -= 1 }
        let word = wordStart..<wordEnd
        if wordEnd == start {
            // The digits may stand after the start: `h|4509…` continues the word `h4509…`.
            var end = start
            while end < text.count, ASCII.isLowercaseAlphanumeric(text[end]) { end += 1 }
            guard (wordStart..<end).contains(where: { ASCII.isDigit(text[$0]) }) else { return nil }
        } else {
            let digits = digitCount(in: word, of: text)
            guard word.count >= 3, digits > 0, 2 * digits >= word.count else { return nil }
        }
        return word
    }

    /// Whether `range` stops short of its group of digit words: it ends with a digit followed
    /// by one space and a digit, or starts with a digit after a digit and one space.
    static func continuesGroup(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !range.isEmpty else { return false }
        let before = range.lowerBound >= 2 && ASCII.isDigit(text[range.lowerBound])
            && text[range.lowerBound - 1] == UInt8(ascii: " ") && ASCII.isDigit(text[range.lowerBound - 2])
        let after = range.upperBound + 1 < text.count && ASCII.isDigit(text[range.upperBound - 1])
            && text[range.upperBound] == UInt8(ascii: " ") && ASCII.isDigit(text[range.upperBound + 1])
        return before || after
    }

    /// Whether the digit before `end` goes on in more digits joined by a `-`, `.`, `_` or `/`
    /// (`114|-878`) in the message as written (`original`; the normaliser may have evened the
    /// separator out to a space): a value that ends there is a part of a longer number.
    static func continuesAsWritten(after end: Int, in text: UnsafeBufferPointer<UInt8>,
                                   original: UnsafeBufferPointer<UInt8>, map: OffsetMap) -> Bool {
        guard end > 0, end + 1 < text.count, ASCII.isDigit(text[end - 1]), ASCII.isDigit(text[end + 1]),
              isSeparator(text[end]) else { return false }
        return text[end] != UInt8(ascii: " ") || joinsAsWritten(end, original: original, map: map)
    }

    /// The number that a value starting at `start` continues as the message wrote it: digits
    /// joined to it by a `.`, `/`, `-` or `_` that the normaliser evened out to a space (`95/|090/65750`,
    /// `6.|0.402.8426`), however short. `wordJoined` asks three characters of a number joined by a
    /// space, since short numbers stand before values on their own (`Visa 19 4111 …`, `ICD-10 F41.0`).
    static func numberJoinedAsWritten(before start: Int, in text: UnsafeBufferPointer<UInt8>,
                                      original: UnsafeBufferPointer<UInt8>, map: OffsetMap) -> Range<Int>? {
        guard start >= 2, text[start - 1] == UInt8(ascii: " "), ASCII.isDigit(text[start - 2]),
              joinsAsWritten(start - 1, original: original, map: map) else { return nil }
        var wordStart = start - 2
        while wordStart > 0, ASCII.isDigit(text[wordStart - 1]) { wordStart -= 1 }
        // A number, not the digits at the end of a word (`rzstat2g023 / gb59…`: a BIC, then an IBAN).
        guard wordStart == 0 || !ASCII.isLowercaseAlphanumeric(text[wordStart - 1]) else { return nil }
        return wordStart..<start - 1
    }

    /// Whether the space at `gap` of the normalised text was written with a `-`, `.`, `/` or `_`
    /// in it (`-`, ` / `): a joint of one number that the normaliser evened out.
    private static func joinsAsWritten(_ gap: Int, original: UnsafeBufferPointer<UInt8>, map: OffsetMap) -> Bool {
        let written = map.originalRange(gap..<gap + 1)
        return written.upperBound <= original.count
            && original[written].contains { isSeparator($0) && $0 != UInt8(ascii: " ") }
    }

    /// The letters of `text[range]` when they are all look-alikes (`o`, `l`, `i`, `s`, `b`,
    /// `z`: `7s7`, `0l5l`), else 0.
    private static func lookAlikeLetters(in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for index in range where !ASCII.isDigit(text[index]) {
            guard ASCII.anyLookAlikeDigit(text[index]) != nil else { return 0 }
            count += 1
        }
        return count
    }

    /// The ASCII digits of `text[range]`.
    private static func digitCount(in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Int {
        range.reduce(0) { $0 + (ASCII.isDigit(text[$1]) ? 1 : 0) }
    }

    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "_")
    }

    // MARK: Spelled-out digits and spaced-out characters

    /// Number words in German and English, in normalised (lower-case) spelling.
    private static let numberWordList: [(String, UInt8)] = [
        ("null", 0), ("eins", 1), ("zwei", 2), ("zwo", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("fuenf", 5),
        ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9),
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9),
    ] + twoDigitNumberWords

    /// Number words of two digits, as voice typing writes numbers said in pairs (`null eins sechs
    /// null, siebzig null drei einundachtzig`, `plus forty-four, seven eight two five,
    /// sixty-nine`): 10 to 99 in German, one word each (`einundachtzig`), and 10 to 19 and the
    /// tens in English (`forty-four` is two words: `forty`, then `four`, `twoDigitEdits`).
    private static let twoDigitNumberWords: [(String, UInt8)] = {
        let germanTeens = ["zehn", "elf", "zwölf", "zwoelf", "dreizehn", "vierzehn", "fünfzehn", "fuenfzehn", "sechzehn",
                           "siebzehn", "achtzehn", "neunzehn"]
        let germanTeenValues: [UInt8] = [10, 11, 12, 12, 13, 14, 15, 15, 16, 17, 18, 19]
        let germanTens: [(String, UInt8)] = [("zwanzig", 20), ("dreissig", 30), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50),
                                             ("fuenfzig", 50), ("sechzig", 60), ("siebzig", 70), ("achtzig", 80), ("neunzig", 90)]
        let germanUnits: [(String, UInt8)] = [("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("fuenf", 5), ("sechs", 6),
                                              ("sieben", 7), ("acht", 8), ("neun", 9)]
        let english: [(String, UInt8)] = [("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
                                          ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
                                          ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
                                          ("ninety", 90)]
        var words = Array(zip(germanTeens, germanTeenValues)) + germanTens + english
        for (ten, tenValue) in germanTens {
            for (unit, unitValue) in germanUnits { words.append((unit + "und" + ten, tenValue + unitValue)) }
        }
        return words
    }()

    /// The longest number word, in bytes (`siebenundneunzig`).
    private static let longestNumberWord = numberWordList.map(\.0.utf8.count).max()!

    /// The number words' digits by hash.
    /// The hashes of `wie`, `for` and `as` (which `in` follows), which a spelling alphabet puts
    /// after a letter; compared one by one, since an array's `contains` cost 460 instructions a
    /// line of phone messages.
    static let wieHash = LexiconMatcher.hash("wie".utf8), forHash = LexiconMatcher.hash("for".utf8), asHash = LexiconMatcher.hash("as".utf8)
    /// The hashes of the words that say the rest of a value follows (`der Rest ist …`).
    static let restHash = LexiconMatcher.hash("rest".utf8), restlichenHash = LexiconMatcher.hash("restlichen".utf8),
               remainingHash = LexiconMatcher.hash("remaining".utf8)
    /// Words of a slip in the middle of a value, by hash: 1 for those that say the rest follows
    /// (`sorry, Handy spinnt – weiter:`, `ugh sent too early:`, `(sry, rest of it)`, `und dann`,
    /// a separator's name), 2 for those
    /// that correct the group before them and may stand alone (`588259 correction: 588529`,
    /// `4316 äh nein 3416`, `143114 I mean 413114`). `splitValueEdits` reads both.
    /// 3 for the words that may stand beside a correction word (`correctionFillers`).
    /// Each word is there as written and in its canonical spelling (`früh` and `frueh`): the
    /// survey looks words up by `WordList.Token.hash`, `slipEdits` by the text's bytes.
    static let slipWords: HashedTable<UInt8> = {
        var table = HashedTable<UInt8>()
        func add(_ words: [String], _ kind: UInt8) {
            for word in words {
                let bytes = Array(word.utf8)
                var canonical = bytes
                bytes.withUnsafeBufferPointer { written in
                    canonical.withUnsafeMutableBufferPointer { LexiconMatcher.writeCanonical(written, to: $0) }
                }
                table[LexiconMatcher.hash(bytes)] = kind
                table[LexiconMatcher.hash(canonical)] = kind
            }
        }
        add(correctionFillers, 3)
        add(continuationWords, 1)
        add(correctionWords, 2)
        return table
    }()
    static let continuationWords = ["weiter", "continued", "continuing", "rest", "früh", "early", "soon", "erwischt", "glitched",
                                    "spinnt", "fingers", "abgeschickt", "gesendet", "geschickt", "teil", "part",
                                    // what comes next (`Vorwahl 07822 – dann 49956`, `area code 702 and then 843 83 57`)
                                    "dann", "danach", "then", "followed",
                                    // a separator, dictated (`0228 Schrägstrich 25094994`, `312 dash 816 dash 2952`)
                                    "dash", "hyphen", "slash", "space", "strich", "bindestrich", "schrägstrich", "leerzeichen"]
    static let correctionWords = ["sorry", "sry", "sorri", "correction", "korrektur", "korrigiert", "mean", "meant", "meinte",
                                  "nee", "nein", "vertippt", "typo", "oops", "ups", "ugh", "mist", "falsch", "wrong"]
    /// Words around a slip that are no value group, though short (`danach die 998 07186`,
    /// `06650 and then 69813`, `followed by 719`).
    static let littleWords = ["die", "der", "das", "the", "and", "und", "by"]
    /// Words that may stand beside a correction word in a correction (`äh nein`, `I mean`).
    static let correctionFillers = ["i", "ich", "oh", "no", "oder", "or"] + dictationFillers
    /// The fillers of dictation (`ähm`, `uhm`, `erm`), which voice typing writes in the middle of a number.
    static let dictationFillers = ["äh", "ähm", "öhm", "ehm", "hm", "hmm", "uh", "uhm", "um", "umm", "erm", "er", "ah"]

    /// The hash of the word `plus` (`WordList.Token.hash`).
    static let plusHash = LexiconMatcher.hash("plus".utf8)

    static let numberWords: HashedTable<UInt8> = {
        var table = HashedTable<UInt8>()
        for (word, digit) in numberWordList { table[LexiconMatcher.hash(word.utf8)] = digit }
        return table
    }()

    /// Bits 52–63 of every number word's hash, as a set of 4,096 bits: most words of a message
    /// fail this test and never reach `numberWords`. With the words of two digits, 150 words,
    /// two sets of 64 bits let most words through: 440 instructions a line of the mix more than
    /// this set (callgrind, 20,000 lines).
    static let numberWordFilter: [UInt64] = numberWordList.reduce(into: [UInt64](repeating: 0, count: 64)) { filter, word in
        let bit = Int(truncatingIfNeeded: LexiconMatcher.hash(word.0.utf8) >> 52)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    private static func mayBeNumberWord(_ hash: UInt64, filter: [UInt64]) -> Bool {
        let bit = Int(truncatingIfNeeded: hash >> 52)
        return filter[bit >> 6] & 1 << UInt64(bit & 63) != 0
    }

    /// The fewest number words in a run before it is read as digits: "one or two" stays text,
    /// "null eins fünf eins" becomes `0151`.
    static let minimumNumberWords = 3
    /// The fewest letters and number words, one space apart, of a dictated code, whose number
    /// words are read however few: `H G M Z F neun W J R sechs` (a passport number).
    static let dictatedCode = 8
    /// The fewest single characters in a spaced-out run before it is joined: `D E 8 9 3 7 …`.
    static let minimumSpacedCharacters = 6
    /// The fewest in a run that holds a letter: words and codes are shorter than numbers
    /// (`M R T`, `P i l l e`, `M 9 9 . 9`); three digits alone (`1 2 3`) stay as written.
    static let minimumSpacedCharactersWithLetter = 3

    /// Whether a spaced-out run of `count` single characters is joined.
    static func joinsSpacedRun(count: Int, holdsLetter: Bool) -> Bool {
        count >= minimumSpacedCharacters || (holdsLetter && count >= minimumSpacedCharactersWithLetter)
    }

    /// The fewest digits of a value group (`separatorEdits`) whose separators are evened out:
    /// more than a date (`06.11.2024`), a time or a price has.
    static let minimumGroupDigits = 8
    /// The longest run of separators between two words of a value group (`0178 / 874`); one
    /// separator doubled between two spaces is one more (`+43 -- 0 -- 650`, `IT84 // W083`,
    /// `isGroupGap`). Four of any kind made a megabyte of `0151-/ .` one group: 0.08 → 0.26 s.
    static let maximumSeparatorRun = 3

    /// Whether `gap` may stand between two words of a value group: separators alone, at most
    /// `maximumSeparatorRun` of them or one doubled between two spaces.
    static func isGroupGap(_ gap: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard gap.allSatisfy({ isSeparator(text[$0]) }) else { return false }
        if gap.count <= maximumSeparatorRun { return true }
        let low = gap.lowerBound
        return gap.count == 4 && text[low] == UInt8(ascii: " ") && text[low + 3] == UInt8(ascii: " ") && text[low + 1] == text[low + 2]
    }
    /// The longest group of a code cut into groups that `separatorEdits` joins (`VNDRN…`, `A55P6`).
    static let maximumCodeGroup = 6
    /// The longest first group that a value sets in brackets (`(791104) 52692`, `bracketEdits`).
    static let maximumBracketedGroup = 6

    /// How the message wrote a space of the normalised text: as another space (NBSP, narrow
    /// NBSP, thin space…: `VMZ G6G 27J8` copied from a form), a gap that cuts a code into
    /// groups, as a dash does, and no gap of a sentence; or as a line break, which ends a
    /// spaced-out run (an IBAN spaced out on one line, its BIC on the next).
    struct WrittenGaps {
        /// The first stage's changes (`OffsetMap.spans`), sorted by destination, and the source.
        private let spans: UnsafeBufferPointer<veil_changed_span>
        private let source: UnsafeBufferPointer<UInt8>

        init() {
            spans = UnsafeBufferPointer(start: nil, count: 0)
            source = UnsafeBufferPointer(start: nil, count: 0)
        }

        /// The wide spaces of a text whose first stage's changes are `spans`: a space that
        /// `source` wrote as one space character other than ASCII's (not a control character or
        /// U+FFFD, which normalisation makes a space too). Looked up in place, with no copy.
        init(spans: UnsafeBufferPointer<veil_changed_span>, source: UnsafeBufferPointer<UInt8>) {
            self.spans = spans
            self.source = source
        }

        /// Whether `gap` is one such space.
        func isWide(_ gap: Range<Int>) -> Bool {
            guard gap.count == 1, !spans.isEmpty else { return false }
            var low = 0, high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if Int(spans[middle].dst_start) < gap.lowerBound { low = middle + 1 } else { high = middle }
            }
            guard low < spans.count, Int(spans[low].dst_start) == gap.lowerBound, spans[low].dst_len == 1 else { return false }
            let written = Int(spans[low].src_start)..<Int(spans[low].src_start) + Int(spans[low].src_len)
            return written.upperBound <= source.count && Self.isSpaceCharacter(UnsafeBufferPointer(rebasing: source[written]))
        }

        /// Whether `gap` is one space written as `\n` or `\r`.
        func isLineBreak(_ gap: Range<Int>) -> Bool {
            guard gap.count == 1, !source.isEmpty else { return false }
            // With no changes the text is the source byte for byte, as most messages are.
            let written = spans.isEmpty ? gap : OffsetMap(spans: spans).originalRange(gap)
            return written.count == 1 && written.upperBound <= source.count
                && (source[written.lowerBound] == UInt8(ascii: "\n") || source[written.lowerBound] == UInt8(ascii: "\r"))
        }

        /// Whether `bytes` are one of Unicode's spaces other than ASCII's: NBSP, the spaces of
        /// U+2000…U+200A, narrow NBSP, the medium mathematical space, the ideographic space.
        private static func isSpaceCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            switch bytes.count {
            case 2: return bytes[0] == 0xC2 && bytes[1] == 0xA0
            case 3: return (bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] <= 0x8A || bytes[2] == 0xAF))
                || (bytes[0] == 0xE2 && bytes[1] == 0x81 && bytes[2] == 0x9F) || (bytes[0] == 0xE3 && bytes[1] == 0x80 && bytes[2] == 0x80)
            default: return false
            }
        }
    }

    /// What one pass over a message says about the readings it needs.
    struct Survey {
        var numberWordCount = 0
        /// A number word follows the word `plus` (`plus four four 7742 …`): fewer number words
        /// than `minimumNumberWords` are read then.
        var hasNumberWordAfterPlus = false
        /// Some number word stands next to a written number (`476 zero eight 9118`): voice
        /// typing mixes them, and `spelledDigitEdits` reads such a run when it holds enough digits.
        var hasNumberWordByDigits = false
        /// Some run of single characters is long enough to be joined (`joinsSpacedRun`).
        var hasSpacedRunToJoin = false
        /// Some run of letters and number words one space apart is a dictated code
        /// (`dictatedCode`), joined whole and with its number words read however few they are
        /// (`H G M Z F neun W J R sechs`, `F acht M eins sieben K …`: passport numbers).
        var hasDictatedCode = false
        /// Some words with digits follow each other after a comma and a space, `minimumGroupDigits`
        /// digits or more in a row: voice typing writes a value so (`5311, 1800, 5429, 8693`,
        /// `+1, 617, 763, 0032`), and the reading with separators evened out reads it.
        var hasCommaGroup = false
        /// Some short word in brackets is followed by a space and a word with digits (`(A) 9757
        /// 28043`, `(DE) 535 880 172`, `(+44) 121 …`): `bracketEdits` may read it as a value's first group.
        var hasBracketedGroup = false
        /// Some word follows a `%` or a `&` (`%40`, `&#64;`, `&commat;`): `encodedCharacterEdits`
        /// may read a character that a link or a web page encoded.
        var hasEncodedCharacter = false
        /// Some single letter is followed by `wie`, `for` or `as` (`B wie Berta`, `K as in Kilo`):
        /// `spelledLetterEdits` may read a value dictated with a spelling alphabet.
        var hasSpelledLetter = false
        /// Some word with digits is followed by an ellipsis, or a word says the rest of a value
        /// follows (`rest`, `restlichen`, `remaining`): `splitValueEdits` may join the parts.
        var hasSplitValue = false
        /// Whether `spelledDigitEdits` has number words to read.
        var readsNumberWords: Bool {
            numberWordCount >= minimumNumberWords || hasNumberWordAfterPlus || hasDictatedCode || hasNumberWordByDigits
        }
        /// Gaps of separators other than one space next to a word with digits, between two
        /// words that may stand in a value group (`4111.1111`, `0151  2345`, `GB56/TRYP`, `J-0311`).
        var unevenSeparators = 0
        /// False when `readLookAlikeDigits` would change nothing: fewer than two digits, or no
        /// ASCII word that could join a numeric group with a look-alike letter in it, and no `(o)`.
        var mayHoldLookAlikes = false
        /// Some word holds a digit and `o`, `l` or `i`: `o` next to a digit may be a `0` in a
        /// value that needs its other letters as letters (`Normalizer.zerosRead`).
        var mayHoldZeros = false
        var needsJoining: Bool {
            readsNumberWords || hasSpacedRunToJoin || unevenSeparators > 0 || hasCommaGroup || hasBracketedGroup
                || hasEncodedCharacter || hasSpelledLetter || hasSplitValue
        }
    }

    /// The survey of `text` from its `words`. Counts may run high (a word list splits at
    /// symbols the readings read as part of a word), never low: the readings themselves decide.
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    static func survey(of words: WordList, in text: UnsafeBufferPointer<UInt8>, writtenGaps: WrittenGaps = WrittenGaps()) -> Survey {
        var survey = Survey()
        var lookAlikeWord = false
        var spacedRun = 0, spacedRunHoldsLetter = false
        var codeRun = 0, codeRunHoldsLetter = false, codeRunHasNumberWord = false
        var previousStart = -1, previousEnd = -2
        var previousHasDigit = false, previousIsShortLetters = false
        var groupDigitCharacters = 0, groupLetterCharacters = 0, groupWords = 0, groupHasSeparator = false, groupStartsWithDate = false
        var groupHasWideGap = false, groupHasCode = false
        var firstWord = 0..<0, secondWord = 0..<0
        var previousIsPlus = false
        var commaRunDigits = 0
        var previousIsNumberWord = false, previousIsNumber = false, previousLetter: UInt8 = 0
        var wordsSinceDigit = Int.max
        // Whether a slip word (`weiter`, `äh nein`, `dann`) followed the last number.
        var slipAfterDigit = false
        let numberWordFilter = Self.numberWordFilter
        for token in words.tokens {
            let length = token.range.count
            let shape = token.shape
            let hasDigit = shape & WordList.Shape.digit != 0
            if hasDigit && shape & WordList.Shape.lookAlike != 0 { survey.mayHoldZeros = true }
            if token.range.lowerBound > 0 && !survey.hasEncodedCharacter {
                // `%40…`, or `&commat;` and `&#64;`: what a link or a web page encodes, not `50% off` or `R&D`.
                let start = token.range.lowerBound, end = token.range.upperBound
                let before = text[start - 1]
                let closed = end < text.count && text[end] == UInt8(ascii: ";")
                survey.hasEncodedCharacter = (before == UInt8(ascii: "%") && length >= 2 && ASCII.isDigit(text[start]))
                    || (before == UInt8(ascii: "\\") && Self.isJSONEscape(at: start - 1, in: text))  // `\u0040`, `\r\n` pasted
                    || (before == UInt8(ascii: "+") && start > 1 && ASCII.isDigit(text[start - 2]))  // `iban=PL60+8913+…`
                    || (closed && (before == UInt8(ascii: "&")
                                   || (before == UInt8(ascii: "#") && start > 1 && text[start - 2] == UInt8(ascii: "&"))))
            }
            // A word that may stand in a value group (`separatorEdits`): digits, or up to four letters.
            let isShortLetters = !hasDigit && length <= 4 && shape & WordList.Shape.nonASCII == 0
            // The value group `separatorEdits` would see, followed word by word: it changes a
            // run of spaces, and the separators of a group with `minimumGroupDigits` digits and
            // one separator other than a space that does not start with a date. Dates, times
            // and `Nr. 4711`, which most messages with numbers hold, do not reach it.
            let isGroupWord = hasDigit || isShortLetters
            var continuesGroup = false
            if isGroupWord && (previousHasDigit || previousIsShortLetters) {
                let gap = previousEnd..<token.range.lowerBound
                let wide = writtenGaps.isWide(gap)
                let oneSpace = gap.count == 1 && text[gap.lowerBound] == UInt8(ascii: " ") && !wide
                if Self.isGroupGap(gap, in: text),
                   !(oneSpace && !(hasDigit && previousHasDigit)) {
                    continuesGroup = true
                    let spaces = gap.allSatisfy { text[$0] == UInt8(ascii: " ") }
                    if spaces && gap.count >= 2 { survey.unevenSeparators += 1 }
                    if !spaces { groupHasSeparator = true }
                    if wide { groupHasWideGap = true }
                }
            }
            if hasDigit {
                // Only a number of digits alone goes on a comma group (`separatorEdits`): the
                // Cyrillic З read as 3 made `3дpabctbyйte, 3aka3` one, and every such message
                // paid for a reading that joined nothing (the benchmark gate's ScanNonASCII).
                let isNumber = shape == WordList.Shape.digit
                let joinedByComma = isNumber && previousHasDigit && isCommaGap(previousEnd..<token.range.lowerBound, in: text)
                commaRunDigits = joinedByComma ? commaRunDigits + length : length
                if joinedByComma && commaRunDigits >= minimumGroupDigits { survey.hasCommaGroup = true }
                if previousStart >= 1 && token.range.lowerBound == previousEnd + 2 && previousEnd - previousStart <= maximumBracketedGroup
                    && text[previousEnd] == UInt8(ascii: ")") && (text[previousStart - 1] == UInt8(ascii: "(")
                        || (previousStart >= 2 && text[previousStart - 1] == UInt8(ascii: "+") && text[previousStart - 2] == UInt8(ascii: "("))) {
                    survey.hasBracketedGroup = true
                }
            }
            if !continuesGroup {
                groupDigitCharacters = 0; groupLetterCharacters = 0; groupWords = 0; groupStartsWithDate = false; groupHasSeparator = false
                groupHasWideGap = false; groupHasCode = false
            }
            if isGroupWord {
                groupWords += 1
                if hasDigit { groupDigitCharacters += length } else { groupLetterCharacters += length }
                groupHasCode = groupHasCode || (hasDigit && shape & (WordList.Shape.lookAlike | WordList.Shape.otherASCIILetter) != 0)
                // Day, month, year (or year, month, day) as the first three words: a date, read as
                // `startsWithDate` reads it (lengths alone took `57-02.06-672 - 68` for one).
                // A group that starts with a letter word may lose it in `separatorEdits`: no date.
                switch groupWords {
                case 1: firstWord = hasDigit ? token.range : 0..<0
                case 2: secondWord = token.range
                case 3: groupStartsWithDate = !firstWord.isEmpty && startsWithDate(firstWord, secondWord, token.range, in: text)
                default: break
                }
            }
            // A code of letters and digits counts its letter words and its wide gaps too
            // (`MXH-V3C-Z9V`, `VMZ G6G 27J8` with NBSP); digits alone read as they are written.
            if (groupHasSeparator || (groupHasWideGap && groupHasCode)) && !groupStartsWithDate && groupDigitCharacters > 0
                && groupDigitCharacters + (groupHasCode ? groupLetterCharacters : 0) >= minimumGroupDigits {
                survey.unevenSeparators += 1
            }
            previousHasDigit = hasDigit
            previousIsShortLetters = isShortLetters
            // A stretch of ASCII letters and digits (the words of `readLookAlikeDigits`) can join a
            // numeric group when its only letters are look-alikes; a word with non-ASCII letters
            // has several such stretches. Most words have other letters: one test passes them over.
            if shape & (WordList.Shape.lookAlike | WordList.Shape.otherASCIILetter | WordList.Shape.nonASCII) == WordList.Shape.lookAlike {
                lookAlikeWord = lookAlikeWord || shape & WordList.Shape.digit != 0 || length >= 2
            } else if shape & (WordList.Shape.lookAlike | WordList.Shape.digitLookAlike) != 0 && !lookAlikeWord
                        && (shape & WordList.Shape.nonASCII != 0 || shape & WordList.Shape.digit != 0) {
                lookAlikeWord = holdsLookAlikeStretch(UnsafeBufferPointer(rebasing: text[token.range]))
            } else if length == 4 && !lookAlikeWord && shape & (WordList.Shape.digit | WordList.Shape.nonASCII) == 0
                        && shape & (WordList.Shape.lookAlike | WordList.Shape.digitLookAlike) != 0 {
                lookAlikeWord = startsIBANWithLookAlikeCheckDigits(at: token.range.lowerBound, in: text)
            }
            if length == 1 && isTrunkPrefix(at: token.range.lowerBound, in: text) { lookAlikeWord = true }
            let isCharacter = isOneCharacter(token.range, in: text)
            var isNumberWord = false
            if isCharacter {
                let continuesRun = previousEnd >= 0 && spacedGap(previousEnd..<token.range.lowerBound, in: text, writtenGaps: writtenGaps)
                let isLetter = !ASCII.isDigit(text[token.range.lowerBound])
                spacedRunHoldsLetter = (continuesRun && spacedRunHoldsLetter) || isLetter
                spacedRun = continuesRun ? spacedRun + 1 : 1
                survey.hasSpacedRunToJoin = survey.hasSpacedRunToJoin || joinsSpacedRun(count: spacedRun, holdsLetter: spacedRunHoldsLetter)
            } else {
                spacedRun = 0
                if length >= 3 && length <= Self.longestNumberWord && Self.mayBeNumberWord(token.hash, filter: numberWordFilter)
                    && numberWords[token.hash] != nil {
                    isNumberWord = true
                    survey.numberWordCount += 1
                    survey.hasNumberWordAfterPlus = survey.hasNumberWordAfterPlus || previousIsPlus
                }
            }
            if (isNumberWord && previousIsNumber) || (hasDigit && previousIsNumberWord),
               (previousEnd..<token.range.lowerBound).allSatisfy({ isSeparator(text[$0]) }) {
                survey.hasNumberWordByDigits = true
            }
            // The same run with number words in it, from a single character on: a dictated
            // code (`spacedCharacterEdits`).
            let continuesCode = codeRun > 0 && spacedGap(previousEnd..<token.range.lowerBound, in: text, writtenGaps: writtenGaps)
            if isCharacter || (isNumberWord && continuesCode) {
                let isLetter = isCharacter && !ASCII.isDigit(text[token.range.lowerBound])
                codeRunHoldsLetter = (continuesCode && codeRunHoldsLetter) || isLetter
                codeRunHasNumberWord = (continuesCode && codeRunHasNumberWord) || isNumberWord
                codeRun = continuesCode ? codeRun + 1 : 1
                survey.hasDictatedCode = survey.hasDictatedCode || (codeRunHasNumberWord && codeRunHoldsLetter && codeRun >= dictatedCode)
            } else {
                codeRun = 0
            }
            previousIsPlus = token.hash == Self.plusHash
            // `B wie Berta`, `K as in Kilo`: the name after the word starts with the letter.
            if previousLetter != 0 && (token.hash == Self.wieHash || token.hash == Self.forHash || token.hash == Self.asHash) {
                let name = token.range.upperBound + (token.hash == Self.asHash ? 4 : 1)
                if name < text.count && text[name] == previousLetter { survey.hasSpelledLetter = true }
            }
            // A slip word a few words after a number counts once a number follows it, as
            // `slipEdits` needs: `dann` and `then` follow numbers often, and sending each such
            // message to the joined reading cost the mix 80 instructions a line (callgrind).
            if hasDigit && slipAfterDigit && wordsSinceDigit <= 9 { survey.hasSplitValue = true }
            if hasDigit { slipAfterDigit = false }
            wordsSinceDigit = hasDigit ? 0 : wordsSinceDigit &+ 1
            if wordsSinceDigit <= 3 && length <= 14 && (Self.slipWords[token.hash] ?? 3) < 3 { slipAfterDigit = true }
            // `0121. Rest of it: …` a few words after a number, or `018...177`, `0044 … 7723`.
            // `DE09⏎> 2650 …`: a quote mark between parts.
            if !survey.hasSplitValue && ((wordsSinceDigit <= 3
                                          && (token.hash == Self.restHash || token.hash == Self.restlichenHash || token.hash == Self.remainingHash))
                                         || (hasDigit && Self.ellipsisFollows(token.range.upperBound, in: text))
                                         || ((hasDigit || length <= 4) && Self.quoteMarkFollows(token.range.upperBound, in: text))) {
                survey.hasSplitValue = true
            }
            previousLetter = length == 1 && ASCII.isLowercaseLetter(text[token.range.lowerBound]) ? text[token.range.lowerBound] : 0
            previousIsNumberWord = isNumberWord
            previousIsNumber = hasDigit && length >= 2
            previousStart = token.range.lowerBound
            previousEnd = token.range.upperBound
        }
        survey.mayHoldLookAlikes = lookAlikeWord && digitCount(of: words, in: text) >= 2
        return survey
    }

    /// The ASCII digits of all words.
    static func digitCount(of words: WordList, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for token in words.tokens where token.shape & WordList.Shape.digit != 0 {
            count += digitCount(in: token.range, of: text)
        }
        return count
    }

    /// Whether some stretch of ASCII letters and digits in `word` has look-alike letters and no
    /// other letters, and a digit or two characters at least.
    private static func holdsLookAlikeStretch(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // `prefix`: the other letters before the first digit or look-alike (`de` of `de712o73…`).
        var length = 0, digits = 0, lookAlikes = 0, others = 0, prefix = 0
        for index in 0...word.count {
            let byte = index < word.count ? word[index] : 0
            if ASCII.isLowercaseAlphanumeric(byte) {
                length += 1
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                case UInt8(ascii: "o"), UInt8(ascii: "l"), UInt8(ascii: "i"): lookAlikes += 1
                case UInt8(ascii: "s"), UInt8(ascii: "b"), UInt8(ascii: "z"):
                    // Next to a digit (`8B92`, `DEZ0`); else a letter like any other.
                    if digits > 0 || (index + 1 < word.count && ASCII.isDigit(word[index + 1])) {
                        lookAlikes += 1
                    } else {
                        others += 1
                        if digits == 0 && lookAlikes == 0 { prefix += 1 }
                    }
                default:
                    others += 1
                    if digits == 0 && lookAlikes == 0 { prefix += 1 }
                }
                continue
            }
            if lookAlikes > 0 && others == 0 && (digits > 0 || length >= 2) { return true }
            if lookAlikes > 0 && digits > 0 && others == prefix && prefix <= 2 { return true }
            length = 0; digits = 0; lookAlikes = 0; others = 0; prefix = 0
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
    /// With `evenMixedSeparators`, a value group's separators are evened out even when they
    /// differ; without, `mixedGroups` tells whether a group was left as it is for that reason.
    static func joinValues(_ text: UnsafeBufferPointer<UInt8>, _ survey: Survey, writtenGaps: WrittenGaps = WrittenGaps(),
                           evenMixedSeparators: Bool = false, mixedGroups: inout Bool, into output: inout [UInt8],
                           spans: inout [veil_changed_span]) -> Bool {
        guard survey.needsJoining else { return false }

        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        if survey.readsNumberWords { edits += spelledDigitEdits(text) }
        if survey.hasSpacedRunToJoin || survey.hasDictatedCode {
            edits += spacedCharacterEdits(text, writtenGaps: writtenGaps, joiningDictatedCodes: survey.hasDictatedCode)
        }
        if survey.hasBracketedGroup { edits += bracketEdits(text) }
        if survey.hasEncodedCharacter { edits += encodedCharacterEdits(text) }
        if survey.hasSpelledLetter { edits += spelledLetterEdits(text) }
        if survey.hasSplitValue { edits += splitValueEdits(text) }
        if survey.unevenSeparators > 0 || survey.hasCommaGroup {
            let separators = separatorEdits(text, writtenGaps: writtenGaps, evenMixed: evenMixedSeparators, mixedGroups: &mixedGroups)
            if edits.isEmpty {
                edits = separators
            } else {
                // A gap inside a value already joined stays as that edit has it. The bytes the
                // joins cover, marked once, keep this linear (`1-1-1-…`, a megabyte of spaced
                // characters and separators, took 69 s comparing every pair).
                var joined = [Bool](repeating: false, count: text.count)
                for edit in edits { for index in edit.range { joined[index] = true } }
                edits += separators.filter { edit in !edit.range.contains { joined[$0] } }
            }
        }
        guard !edits.isEmpty else { return false }
        // Of two edits that start together the longer wins: a number word's edit takes the
        // gap before it with it (`eins sieben` → `17`), and the spaced run's edit of that gap goes.
        edits.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound > $1.range.upperBound }

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

    /// The ranges of the words of `text` (`forEachWord`), for the readings that look words ahead.
    private static func wordRanges(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    /// Whether the word at `range` is `spelling` (in normalised, lower-case spelling).
    private static func spells(_ range: Range<Int>, _ spelling: String, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        text[range].elementsEqual(spelling.utf8)
    }

    /// Whether `...` follows the word that ends at `end`, at once or after a space (`018...177`,
    /// `0044 … 7723`: normalisation writes the ellipsis as three dots).
    private static func ellipsisFollows(_ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let dots = end < text.count && text[end] == UInt8(ascii: " ") ? end + 1 : end
        return dots + 3 <= text.count && text[dots] == UInt8(ascii: ".") && text[dots + 1] == UInt8(ascii: ".")
            && text[dots + 2] == UInt8(ascii: ".")
    }

    /// Whether ` > ` follows the word that ends at `end`: a quoted reply that a mail client
    /// wrapped puts it at the start of the value's next line (`DE09⏎> 2650 0000 …`).
    private static func quoteMarkFollows(_ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        end + 2 < text.count && text[end] == UInt8(ascii: " ") && text[end + 1] == UInt8(ascii: ">") && text[end + 2] == UInt8(ascii: " ")
    }

    /// A value written in parts, read as one: the words between a part that ends in a digit and
    /// the rest become one space when they say the rest follows (`4014 … der Rest kommt hier:
    /// 4186 1661 3519`, `0121. Rest of it: 768 9411`, `V 4181. Die restlichen Ziffern sind 82321`),
    /// and so does an ellipsis between parts (`0044 … 7723 … 800755`, `DE72 … 4626 … 1607 …`).
    private static func splitValueEdits(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: UInt8?)] {
        let words = wordRanges(in: text)
        func isWord(_ index: Int, _ spellings: [String]) -> Bool {
            spellings.contains { spells(words[index], $0, in: text) }
        }
        func hasDigit(_ index: Int) -> Bool { words[index].contains { ASCII.isDigit(text[$0]) } }
        /// Whether a gap holds nothing but spaces, punctuation and dashes (`… `, `. `, `, `, ` – `, `: `).
        func isPunctuation(_ gap: Range<Int>) -> Bool {
            gap.allSatisfy { index in
                let byte = text[index]
                return byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
                    || byte == UInt8(ascii: "-") || byte == 0xE2 || (0x80...0xBF).contains(byte)  // `…`, `–` (U+20xx)
            }
        }
        func isEllipsis(_ gap: Range<Int>) -> Bool {
            var core = gap
            while core.lowerBound < core.upperBound && text[core.lowerBound] == UInt8(ascii: " ") { core = core.lowerBound + 1..<core.upperBound }
            while core.lowerBound < core.upperBound && text[core.upperBound - 1] == UInt8(ascii: " ") { core = core.lowerBound..<core.upperBound - 1 }
            return text[core].elementsEqual("...".utf8) || text[core].elementsEqual([0xE2, 0x80, 0xA6])
        }
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        for index in words.indices.dropLast() where hasDigit(index) {
            let gapAfter = words[index].upperBound..<words[index + 1].lowerBound
            if isEllipsis(gapAfter), words[index + 1].count <= 8,
               hasDigit(index + 1) || (index + 2 < words.count && isEllipsis(words[index + 1].upperBound..<words[index + 2].lowerBound)) {
                edits.append((gapAfter, UInt8(ascii: " ")))
                continue
            }
            // `der Rest kommt hier:`, `and the rest:`, `die restlichen Ziffern sind`: up to three
            // words before the word of the rest and up to three after it.
            var rest = index + 1
            while rest < words.count && rest - index <= 3 && isWord(rest, ["der", "die", "the", "and", "und"]) { rest += 1 }
            guard rest < words.count, isWord(rest, ["rest", "restlichen", "remaining"]) else { continue }
            var next = rest + 1
            while next < words.count && next - rest <= 3 && isWord(next, ["of", "it", "is", "are", "ist", "sind", "kommt", "hier", "ziffern", "digits"]) { next += 1 }
            guard next < words.count, words[next].count <= 34,
                  (index + 1...next).allSatisfy({ isPunctuation(words[$0 - 1].upperBound..<words[$0].lowerBound) }) else { continue }
            edits.append((words[index].upperBound..<words[next].lowerBound, UInt8(ascii: " ")))
        }
        edits += slipEdits(text, words: words)
        return edits
    }

    /// A slip in the middle of a value, read past: a quote mark that wraps a value (`DE09⏎>
    /// 2650 …`) and words that say the rest follows (`DE76 5901⏎sorry, Handy spinnt – weiter:
    /// 0040 …`, `GB07⏎sorry hit enter too soon⏎MSBB 0815 …`) become one space; a correction
    /// takes the group it corrects with it (`07734 588259 correction: 588529` reads `07734
    /// 588529`, `0178 4316 äh nein 3416 3892` reads `0178 3416 3892`). A part is a word with a
    /// digit, or up to four letters next to one (`GB75 CIBC`, `MSBB 0815`); the words between
    /// hold no digit, eight at most, and a correction's are correction words and fillers alone.
    private static func slipEdits(_ text: UnsafeBufferPointer<UInt8>, words: [Range<Int>]) -> [(range: Range<Int>, replacement: UInt8?)] {
        func hasDigit(_ index: Int) -> Bool { words[index].contains { ASCII.isDigit(text[$0]) } }
        /// Whether word `index` is a slip word or a filler.
        func isSlip(_ index: Int) -> Bool { slipWords[LexiconMatcher.hash(text[words[index]])] != nil }
        /// Up to four letters, which a value's group may be (`CIBC`), and no slip (`sry`, `äh`)
        /// or little word around one (`littleWords`).
        func isShortLetters(_ index: Int) -> Bool {
            words[index].count <= 4 && words[index].allSatisfy { ASCII.isLowercaseLetter(text[$0]) } && !isSlip(index)
                && !littleWords.contains { spells(words[index], $0, in: text) }
        }
        func oneSpaceBetween(_ first: Int) -> Bool { words[first + 1].lowerBound - words[first].upperBound == 1 }
        /// Whether word `index` may end a value's first part or start its rest.
        func endsPart(_ index: Int) -> Bool { hasDigit(index) || (isShortLetters(index) && index > 0 && hasDigit(index - 1) && oneSpaceBetween(index - 1)) }
        func startsPart(_ index: Int) -> Bool {
            hasDigit(index) || (isShortLetters(index) && index + 1 < words.count && hasDigit(index + 1) && oneSpaceBetween(index))
        }
        /// Whether a gap between the words of a slip holds spaces and punctuation alone.
        func isPunctuation(_ gap: Range<Int>) -> Bool {
            gap.count <= 8 && gap.allSatisfy { index in
                switch text[index] {
                case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "-"),
                     UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2, 0x80...0xBF: true
                default: false
                }
            }
        }
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        for index in words.indices.dropLast() where endsPart(index) {
            let gapAfter = words[index].upperBound..<words[index + 1].lowerBound
            if startsPart(index + 1) {
                if text[gapAfter].elementsEqual(" > ".utf8) { edits.append((gapAfter, UInt8(ascii: " "))) }
                continue
            }
            if endsPart(index + 1) { continue }  // `NL66 BICK⏎sorry…`: the part ends at `BICK`
            var next = index + 1, continues = false, corrects = false, onlyCorrection = true
            // A single letter is no slip's word but `I` (`I mean`): it may start a spaced-out value.
            while next < words.count && next - index <= 8 && !startsPart(next) && words[next].count <= 14
                    && (words[next].count >= 2 || text[words[next].lowerBound] == UInt8(ascii: "i"))
                    && isPunctuation(words[next - 1].upperBound..<words[next].lowerBound) {
                let kind = slipWords[LexiconMatcher.hash(text[words[next]])]
                continues = continues || kind == 1
                corrects = corrects || kind == 2
                onlyCorrection = onlyCorrection && (kind == 2 || kind == 3)
                next += 1
            }
            guard next < words.count, next > index + 1, startsPart(next),
                  isPunctuation(words[next - 1].upperBound..<words[next].lowerBound) else { continue }
            if continues {
                edits.append((words[index].upperBound..<words[next].lowerBound, UInt8(ascii: " ")))
            } else if corrects && onlyCorrection && next - index <= 4 && hasDigit(index) && hasDigit(next) {
                edits.append((words[index].lowerBound..<words[next].lowerBound, nil))
            }
        }
        return edits
    }

    /// A value dictated with a spelling alphabet, read as written: `B wie Berta, 540765086` as
    /// `b540765086`, `K as in Kilo 69 Z as in Zulu …` as `k69z…`, `23784564 B for Bravo` as
    /// `23784564b`. A spelled letter is a single letter, `wie`, `as in` or `for`, and a word that
    /// starts with that letter; a run is spelled letters and numbers one space or a comma and a
    /// space apart, with a spelled letter among them and six characters or more read; its
    /// spellings become their letters and its gaps go.
    private static func spelledLetterEdits(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: UInt8?)] {
        let words = wordRanges(in: text)
        func isWord(_ index: Int, _ spelling: String) -> Bool {
            index < words.count && spells(words[index], spelling, in: text)
        }
        func oneSpace(_ first: Int) -> Bool { words[first].upperBound + 1 == words[first + 1].lowerBound && text[words[first].upperBound] == UInt8(ascii: " ") }
        /// The end of the spelling that starts with the letter at word `index` and the next word
        /// after it, or nil.
        func spelling(at index: Int) -> (end: Int, next: Int)? {
            let letterWord = words[index]
            guard letterWord.count == 1, ASCII.isLowercaseLetter(text[letterWord.lowerBound]), index + 2 < words.count, oneSpace(index) else { return nil }
            var name = index + 2
            if isWord(index + 1, "as") {
                guard isWord(index + 2, "in"), index + 3 < words.count, oneSpace(index + 1) else { return nil }
                name = index + 3
            } else if !(isWord(index + 1, "wie") || isWord(index + 1, "for")) {
                return nil
            }
            guard oneSpace(name - 1), text[words[name].lowerBound] == text[letterWord.lowerBound] else { return nil }
            // `X-ray`: the name goes on after a hyphen.
            var next = name + 1
            while next < words.count, words[next - 1].upperBound + 1 == words[next].lowerBound,
                  text[words[next - 1].upperBound] == UInt8(ascii: "-") { next += 1 }
            guard words[next - 1].upperBound - words[name].lowerBound >= 2 else { return nil }
            return (words[next - 1].upperBound, next)
        }
        func isNumber(_ index: Int) -> Bool { words[index].count <= 34 && words[index].allSatisfy { ASCII.isDigit(text[$0]) } }
        func gapJoins(_ gap: Range<Int>) -> Bool {
            (gap.count == 1 && text[gap.lowerBound] == UInt8(ascii: " "))
                || (gap.count == 2 && text[gap.lowerBound] == UInt8(ascii: ",") && text[gap.lowerBound + 1] == UInt8(ascii: " "))
        }
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        var run: [(range: Range<Int>, letter: UInt8?)] = []
        func closeRun() {
            defer { run.removeAll() }
            let characters = run.reduce(0) { $0 + ($1.letter == nil ? $1.range.count : 1) }
            guard run.contains(where: { $0.letter != nil }), characters >= 6 else { return }
            for (position, item) in run.enumerated() {
                if let letter = item.letter { edits.append((item.range, letter)) }
                if position + 1 < run.count { edits.append((item.range.upperBound..<run[position + 1].range.lowerBound, nil)) }
            }
        }
        var index = 0
        while index < words.count {
            let item: (range: Range<Int>, letter: UInt8?)
            let next: Int
            if let spelled = spelling(at: index) {
                item = (words[index].lowerBound..<spelled.end, text[words[index].lowerBound])
                next = spelled.next
            } else if isNumber(index) {
                item = (words[index], nil)
                next = index + 1
            } else {
                closeRun()
                index += 1
                continue
            }
            if let last = run.last, !gapJoins(last.range.upperBound..<item.range.lowerBound) { closeRun() }
            run.append(item)
            index = next
        }
        closeRun()
        return edits
    }

    /// The characters of a value that a link or a web page encoded, read as themselves: `%40` and
    /// `&#64;` or `&commat;` as `@`, `%20` and `&nbsp;` as a space, `%2B` and `&#43;` as `+`, and
    /// so `.`, `-`, `_`, `/`, `(` and `)` (`anna%40web.de`, `anna&#64;gmx&#46;de`, `079%20753%2041%2032`),
    /// the `+` of a query's value as a space (`?iban=PL60+8913+0005+…`), and a JSON string's
    /// escapes pasted as text (`name\u0040web.de`, `2765\r\n4814`). Only these: the
    /// rules need no other, and every other `%`, `&` or `+` stays as written.
    private static func encodedCharacterEdits(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: UInt8?)] {
        /// The character of a code point that values are written with, else nil.
        func character(_ codePoint: Int) -> UInt8? {
            switch codePoint {
            case 0x40, 0x2B, 0x2E, 0x2D, 0x5F, 0x2F, 0x28, 0x29: UInt8(codePoint)
            case 0x20, 0xA0: UInt8(ascii: " ")
            default: nil
            }
        }
        func hexDigit(_ byte: UInt8) -> Int? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
            default: nil
            }
        }
        func number(_ digits: UnsafeBufferPointer<UInt8>.SubSequence, radix: Int) -> Int? {
            guard !digits.isEmpty, digits.count <= 6 else { return nil }
            var value = 0
            for byte in digits {
                guard let digit = hexDigit(byte), digit < radix else { return nil }
                value = value * radix + digit
            }
            return value
        }
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        var index = 0
        while index < text.count {
            // A query's value, whose `+` are spaces (`?iban=PL60+8913+0005+…`).
            if text[index] == UInt8(ascii: "=") {
                let end = text[(index + 1)...].firstIndex { !ASCII.isDigit($0) && !ASCII.isLowercaseLetter($0) && $0 != UInt8(ascii: "+") } ?? text.count
                if end - index > 4 {
                    for plus in (index + 2)..<(end - 1) where text[plus] == UInt8(ascii: "+") && text[plus - 1] != UInt8(ascii: "+") {
                        edits.append((plus..<plus + 1, UInt8(ascii: " ")))
                    }
                    index = end
                    continue
                }
            }
            if text[index] == UInt8(ascii: "%"), index + 2 < text.count, let high = hexDigit(text[index + 1]),
               let low = hexDigit(text[index + 2]), let decoded = character(high * 16 + low) {
                edits.append((index..<index + 3, decoded))
                index += 3
                continue
            }
            // A JSON string's escapes pasted as they were: `\u0040` is `@`, `\r\n` and `\n` a space.
            if text[index] == UInt8(ascii: "\\"), isJSONEscape(at: index, in: text) {
                if text[index + 1] == UInt8(ascii: "u") {
                    if let decoded = number(text[(index + 2)..<(index + 6)], radix: 16).flatMap(character) { edits.append((index..<index + 6, decoded)) }
                    index += 6
                } else {
                    let lineBreak = index + 3 < text.count && text[index + 1] == UInt8(ascii: "r") && text[index + 2] == UInt8(ascii: "\\")
                        && text[index + 3] == UInt8(ascii: "n")
                    let end = index + (lineBreak ? 4 : 2)
                    edits.append((index..<end, UInt8(ascii: " ")))
                    index = end
                }
                continue
            }
            if text[index] == UInt8(ascii: "&"),
               let end = text[(index + 1)..<min(text.count, index + 10)].firstIndex(of: UInt8(ascii: ";")) {
                let name = text[(index + 1)..<end]
                var decoded: UInt8?
                if name.first == UInt8(ascii: "#") {
                    let isHex = name.count > 1 && name[name.startIndex + 1] == UInt8(ascii: "x")
                    decoded = number(name.dropFirst(isHex ? 2 : 1), radix: isHex ? 16 : 10).flatMap(character)
                } else {
                    decoded = namedEntities.first { $0.name.elementsEqual(name) }?.character
                }
                if let decoded {
                    edits.append((index..<end + 1, decoded))
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        return edits
    }

    /// Whether a JSON string's escape starts at `index`: a backslash, then `u` and four hex
    /// digits, or `n`, `r` or `t` before a digit or another backslash (`2765\r\n4814`), not
    /// a Windows path's `C:\temp`.
    static func isJSONEscape(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text[index] == UInt8(ascii: "\\"), index + 2 < text.count else { return false }
        switch text[index + 1] {
        case UInt8(ascii: "u"):
            return index + 5 < text.count && (index + 2..<index + 6).allSatisfy { ASCII.isDigit(text[$0]) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(text[$0]) }
        case UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return ASCII.isDigit(text[index + 2]) || text[index + 2] == UInt8(ascii: "\\")
                || (ASCII.isLowercaseLetter(text[index + 2]) && index > 0 && ASCII.isDigit(text[index - 1]))
        default:
            return false
        }
    }

    /// HTML's names for the characters `encodedCharacterEdits` reads.
    private static let namedEntities: [(name: [UInt8], character: UInt8)] = [
        (Array("commat".utf8), UInt8(ascii: "@")), (Array("period".utf8), UInt8(ascii: ".")), (Array("plus".utf8), UInt8(ascii: "+")),
        (Array("nbsp".utf8), UInt8(ascii: " ")), (Array("hyphen".utf8), UInt8(ascii: "-")), (Array("dash".utf8), UInt8(ascii: "-")),
        (Array("lowbar".utf8), UInt8(ascii: "_")),
    ]

    /// The brackets around a value's short first group, before a space and a digit: chat sets a
    /// prefix letter, a country code or the birth date of an ID apart so (`(A) 9757 28043`, `(DE)
    /// 535 880 172`, `(791104) 52692`), and a value's rule reads the group without
    /// them; a calling code keeps its `+` (`(+44) 121 005 7194`). A trunk prefix `(0)` after a
    /// calling code and an area code of three to five digits keep their brackets, which the
    /// phone rules read (`(888) 429-2220` is no NHS number).
    private static func bracketEdits(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: UInt8?)] {
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        for open in text.indices where text[open] == UInt8(ascii: "(") {
            guard open == 0 || !ASCII.isLowercaseAlphanumeric(text[open - 1]) else { continue }
            // A calling code keeps its `+` (`(+44) 121 …`).
            let plus = open + 1 < text.count && text[open + 1] == UInt8(ascii: "+")
            let content = open + (plus ? 2 : 1)
            var close = content
            while close < text.count && close - content < maximumBracketedGroup && ASCII.isLowercaseAlphanumeric(text[close]) { close += 1 }
            guard close > content, close + 2 < text.count,
                  text[close] == UInt8(ascii: ")"), text[close + 1] == UInt8(ascii: " "), ASCII.isDigit(text[close + 2]),
                  plus || !(close == content + 1 && text[content] == UInt8(ascii: "0")),
                  plus || !((3...5).contains(close - content) && (content..<close).allSatisfy({ ASCII.isDigit(text[$0]) })) else { continue }
            // Each bracket goes with the character next to it, so that a value read from the
            // group maps back to the brackets too: `(a` becomes `a`, `a)` becomes `a`, `(+` becomes `+`.
            if close == open + 2 {
                edits.append((open..<close + 1, text[open + 1]))
            } else {
                edits.append((open..<open + 2, text[open + 1]))
                edits.append((close - 1..<close + 1, text[close - 1]))
            }
        }
        return edits
    }

    /// Inside a value group, runs of spaces become one space; and when every gap of a group
    /// with `minimumGroupDigits` digits or more is the same separator, each becomes one space.
    /// So rules see one kind of separator inside a value however it was typed
    /// (`4111.1111.1111.1111`, `0151  23456789`, `GB56/TRYP/9537/…`, `49-010287-E-822`,
    /// `J-031117879`). A group with different separators keeps them, since it may hold several
    /// values (`4111 1111 1111 1111 12/27`, `0151 2345678 / 030 1234567`). A value group is a
    /// run of words at most `maximumSeparatorRun` separators apart: words with digits, and
    /// words of up to four letters between them (`TRYP`, `E`) or of up to two at its ends
    /// (`J-…`, `…/F`), joined by separators other than a single space (after one space a
    /// letter word belongs to the sentence: `IBAN DE36…`, `…83 neu DE40…`). A group that starts
    /// with a date (`06.11.2024 14`) keeps its separators, which the rules read as a date's.
    /// With `evenMixed`, a group's gaps are evened out when they differ too; without,
    /// `mixedGroups` becomes true when a group keeps its gaps because they differ.
    private static func separatorEdits(_ text: UnsafeBufferPointer<UInt8>, writtenGaps: WrittenGaps, evenMixed: Bool,
                                       mixedGroups: inout Bool) -> [(range: Range<Int>, replacement: UInt8?)] {
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        // `lookAlikes`: the look-alike letters of a word of digits and look-alikes (`7S7`,
        // `4Z23`), which the reading after this one takes for digits.
        var group: [(range: Range<Int>, digits: Int, lookAlikes: Int)] = []
        /// Whether the group's words are joined by a comma and a space each (only with
        /// `evenMixed`; a group joined so has no other gap, so its first gap tells).
        func joinedByCommas() -> Bool {
            group.count >= 2 && isCommaGap(group[0].range.upperBound..<group[1].range.lowerBound, in: text)
        }
        /// Whether two gaps are the same separator, runs of spaces taken as one space (`.` and
        /// `.`, ` / ` and ` / `, `  ` and ` `), compared without building either.
        func sameKind(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            var i = a.lowerBound, j = b.lowerBound
            while i < a.upperBound && j < b.upperBound {
                guard text[i] == text[j] else { return false }
                let space = text[i] == UInt8(ascii: " ")
                i += 1; j += 1
                if space {
                    while i < a.upperBound && text[i] == UInt8(ascii: " ") { i += 1 }
                    while j < b.upperBound && text[j] == UInt8(ascii: " ") { j += 1 }
                }
            }
            return i == a.upperBound && j == b.upperBound
        }
        /// Whether a gap may cut a code into groups: one `-`, `.`, `/` or wide space, or two or three spaces.
        func isCodeGap(_ gap: Range<Int>) -> Bool {
            guard gap.count == 1 else { return gap.allSatisfy { text[$0] == UInt8(ascii: " ") } }
            return isSeparator(text[gap.lowerBound]) && (text[gap.lowerBound] != UInt8(ascii: " ") || writtenGaps.isWide(gap))
        }
        /// Whether a gap is one separator, or one dash or slash with spaces beside it (` - `, ` /`):
        /// how a letter joins the one number of a group (`J-0311…`, `U - 876603089`). A dot
        /// before a space ends a sentence (`…02247. Lg Karolina`).
        func isOneSeparator(_ gap: Range<Int>) -> Bool {
            if gap.count == 1 { return true }
            var mark: UInt8? = nil
            for index in gap where text[index] != UInt8(ascii: " ") {
                guard mark == nil else { return false }
                mark = text[index]
            }
            return mark == UInt8(ascii: "-") || mark == UInt8(ascii: "/")
        }
        /// Whether two gaps are written alike, byte for byte, a wide space as a wide space.
        func sameGap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { text[$0] == text[$1] } && writtenGaps.isWide(a) == writtenGaps.isWide(b)
        }
        func closeGroup() {
            defer { group.removeAll(keepingCapacity: true) }
            // Words joined by commas are a value when there are three or more, or two of four
            // digits or more (`07712, 229731`); not a number and a count (`PZN 90176702, 20 St.`).
            if joinedByCommas() && !(group.count >= 3 || group.allSatisfy({ $0.digits >= 4 })) { return }
            // Letter words at the ends have at most two letters (`J-0311…`, `…/F`, `YY  96`);
            // longer ones are words of the sentence (`… 30/BIC`), unless they end a code of
            // letters and digits, joined to it by one separator as its groups are (`VMZ G6G 27J8`
            // with NBSP, `MXH-V3C-Z9V`). Not by a run of spaces: chat puts two spaces before
            // the next word too, and a code that took in `IBAN` would hide the IBAN after it.
            func endsCode(_ end: Int, gap: Range<Int>) -> Bool {
                guard gap.count == 1, let first = group.firstIndex(where: { $0.digits > 0 }), let last = group.lastIndex(where: { $0.digits > 0 }),
                      first < last, group[end].range.count <= maximumCodeGroup,
                      group[first...last].contains(where: { $0.digits < $0.range.count }) else { return false }
                return isCodeGap(gap) && sameGap(gap, group[first].range.upperBound..<group[first + 1].range.lowerBound)
            }
            while let last = group.last, last.digits == 0,
                  group.count < 2 || (last.range.count > 2 && !endsCode(group.count - 1, gap: group[group.count - 2].range.upperBound..<last.range.lowerBound)) {
                group.removeLast()
            }
            while let first = group.first, first.digits == 0,
                  group.count < 2 || (first.range.count > 2 && !endsCode(0, gap: first.range.upperBound..<group[1].range.lowerBound)) {
                group.removeFirst()
            }
            let digits = group.reduce(0) { $0 + $1.digits }
            let readDigits = digits + group.reduce(0) { $0 + $1.lookAlikes }
            guard group.count >= 2, digits > 0,
                  !(group.count >= 3 && startsWithDate(group[0].range, group[1].range, group[2].range, in: text)),
                  let firstDigits = group.firstIndex(where: { $0.digits > 0 }),
                  let lastDigits = group.lastIndex(where: { $0.digits > 0 }) else { return }
            /// The gap after word `index`.
            func gapAfter(_ index: Int) -> Range<Int> { group[index].range.upperBound..<group[index + 1].range.lowerBound }
            // The gaps between the words with digits decide; a letter at an end follows them,
            // or, alone with one number, is joined by one separator (`J-0311…`, `D.6862…`).
            let core = firstDigits..<lastDigits
            let sameKinds = core.allSatisfy { sameKind(gapAfter($0), gapAfter(firstDigits)) }
            if readDigits >= minimumGroupDigits && !sameKinds { mixedGroups = true }
            let uniform = readDigits >= minimumGroupDigits && (evenMixed || sameKinds)
            // A code of letters and digits cut into groups by one kind of separator is one
            // value (`PL5-CH9-R51`, `NT2.HF9.6L8`, `612  411  88P`): its gaps go, since such
            // values are written without them; digits alone keep one space (`4111 1111 …`).
            // The code is the words its kind of gap joins, from the words with digits outwards.
            var code = firstDigits...lastDigits
            if core.count >= 1 && isCodeGap(gapAfter(firstDigits)) {
                let kind = gapAfter(firstDigits)
                while code.lowerBound > 0 && sameGap(gapAfter(code.lowerBound - 1), kind) { code = code.lowerBound - 1...code.upperBound }
                while code.upperBound < group.count - 1 && sameGap(gapAfter(code.upperBound), kind) { code = code.lowerBound...code.upperBound + 1 }
            }
            let codeWords = group[code]
            let joinsCode = core.count >= 1 && isCodeGap(gapAfter(firstDigits))
                && core.allSatisfy { sameGap(gapAfter($0), gapAfter(firstDigits)) }
                && codeWords.allSatisfy { $0.range.count >= 2 && $0.range.count <= maximumCodeGroup }
                && codeWords.contains { $0.digits > 0 && $0.digits < $0.range.count }
                && codeWords.reduce(0, { $0 + $1.range.count }) >= minimumGroupDigits
            for index in 0..<group.count - 1 {
                let gap = gapAfter(index)
                if joinsCode && code.contains(index) && code.contains(index + 1) {
                    edits.append((gap, nil))
                    continue
                }
                if gap.count == 1 && text[gap.lowerBound] == UInt8(ascii: " ") { continue }
                let evened: Bool
                if gap.allSatisfy({ text[$0] == UInt8(ascii: " ") }) {
                    evened = true
                } else if core.contains(index) {
                    evened = uniform
                } else {
                    evened = uniform && (core.isEmpty ? isOneSeparator(gap) : sameKind(gap, gapAfter(firstDigits)))
                }
                if evened { edits.append((gap, UInt8(ascii: " "))) }
            }
        }
        forEachWord(in: text) { range in
            let wordDigits = digitCount(in: range, of: text)
            // Letter words of a code's length may join next to one separator (`VNDRN A55P6 …`
            // with narrow NBSP); those longer than four letters stay only as the end of a code
            // (`closeGroup`). Next to plain spaces they are words of the sentence.
            let isLetters = range.count <= maximumCodeGroup && range.allSatisfy({ ASCII.isLowercaseLetter(text[$0]) })
            let nextToOneSeparator = (range.lowerBound > 0 && isCodeGap(range.lowerBound - 1..<range.lowerBound))
                || (range.upperBound < text.count && isCodeGap(range.upperBound..<range.upperBound + 1))
            guard wordDigits > 0 || (isLetters && (range.count <= 4 || nextToOneSeparator)) else { closeGroup(); return }
            if let last = group.last {
                let gap = last.range.upperBound..<range.lowerBound
                // A letter word joins by a separator (`GB56/TRYP`) or a run of spaces (`NL25  ANDL`);
                // after one space it is a word of the sentence (`…83 neu DE40…`).
                let lettersAfterOneSpace = (wordDigits == 0 || last.digits == 0) && gap.count == 1 && text[gap.lowerBound] == UInt8(ascii: " ")
                    && !writtenGaps.isWide(gap)
                // With mixed separators evened out, a comma and a space join words of digits too
                // (the first may hold letters: `LU03, 0084, …`; after a country code and check
                // digits, so may the bank code: `GB86; DLCO; 4500`, `IT49;Z088;7765`), in a
                // group that no other separator joins (`5311, 1800, 5429, 8693`, not the house
                // numbers after a phone number: `0151 2345678, 33-46`).
                let commaGap = isCommaGap(gap, in: text)
                let byCommas = joinedByCommas()
                let afterCountryCode = isCountryAndCheckDigits(group[0].range, in: text)
                let bankCode = afterCountryCode && group.count == 1 && range.count == 4
                let joinsByComma = evenMixed && commaGap && (wordDigits == range.count || bankCode) && (last.digits > 0 || afterCountryCode)
                    && (group.count == 1 || (byCommas && (last.digits == last.range.count || (afterCountryCode && group.count == 2))))
                if !(isGroupGap(gap, in: text) || (gap.count <= maximumSeparatorRun && joinsByComma)) || lettersAfterOneSpace
                    || (byCommas && !commaGap) {
                    closeGroup()
                }
            }
            group.append((range, wordDigits, wordDigits > 0 ? lookAlikeLetters(in: range, of: text) : 0))
        }
        closeGroup()
        return edits
    }

    /// Whether three words are a date: day, month and year (or month, day and
    /// year; or year, month and day) joined by one dot, slash or dash each (`06.11.2024`,
    /// `03/29/2024`, `2024-05-29`).
    private static func startsWithDate(_ first: Range<Int>, _ second: Range<Int>, _ third: Range<Int>,
                                       in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.upperBound + 1 == second.lowerBound, second.upperBound + 1 == third.lowerBound else { return false }
        let separator = text[first.upperBound]
        guard separator != UInt8(ascii: " "), text[second.upperBound] == separator else { return false }
        let shortFirst = first.count <= 2 && second.count <= 2 && (third.count == 2 || third.count == 4)
        let yearFirst = first.count == 4 && second.count <= 2 && third.count <= 2
        return shortFirst || yearFirst
    }

    /// Each number word of a long enough run becomes its digit; the separator before it goes
    /// when the word before it is a number word too. Written digits and single letters stay in
    /// a run as they are: a dictated IBAN spells its letters between the number words
    /// (`G B one seven H B U K four nine …`).
    private static func spelledDigitEdits(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: UInt8?)] {
        var runs: [[(range: Range<Int>, digit: UInt8?)]] = [[]]
        /// Whether a gap between two words keeps them in one run: separators and commas alone.
        func staysInRun(_ gap: Range<Int>) -> Bool { gap.allSatisfy { isSeparator(text[$0]) || text[$0] == UInt8(ascii: ",") } }
        // Where the last word of the open run, or a filler after it (`ähm`, `uhm`), ends.
        var runEnd = 0
        forEachWord(in: text) { range in
            let word = UnsafeBufferPointer(rebasing: text[range])
            var digit = numberWord(word)
            // `double` or `triple` before a number word is its digit once or twice more: `double eight` is 88, `doppel null` 00.
            if digit == nil { digit = isDouble(word) ? doubleMark : isTriple(word) ? tripleMark : nil }
            let continues = staysInRun(runEnd..<range.lowerBound)
            // A filler of dictation inside a run goes with the gaps around it (`sieben vier hm… acht`).
            if digit == nil && !runs[runs.count - 1].isEmpty && continues && isFiller(word) {
                runEnd = range.upperBound
                return
            }
            guard digit != nil || word.allSatisfy(ASCII.isDigit) || (word.count == 1 && ASCII.isLowercaseLetter(word[0])) else {
                if !runs[runs.count - 1].isEmpty { runs.append([]) }
                return
            }
            if !runs[runs.count - 1].isEmpty && !continues { runs.append([]) }
            runs[runs.count - 1].append((range, digit))
            runEnd = range.upperBound
        }
        // `triple eight` is 888: the word `triple` becomes two digits (`triples` below).
        var triples: Set<Int> = []
        for index in runs.indices {
            for (position, word) in runs[index].enumerated() where word.digit == doubleMark || word.digit == tripleMark {
                var next = position + 1 < runs[index].count ? runs[index][position + 1].digit : nil
                if next == doubleMark || next == tripleMark { next = nil }
                if word.digit == tripleMark && next != nil { triples.insert(word.range.lowerBound) }
                runs[index][position].digit = next
            }
        }
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        for run in runs where !run.isEmpty {
            // `plus` before the digits is the `+` of an international number (`plus vier neun …`);
            // after it, the calling code alone may be spoken (`plus four four 7742 035318`).
            let plus = plusWord(before: run[0].range.lowerBound, in: text)
            let numberWords = run.filter({ $0.digit != nil }).count
            let isDictatedCode = numberWords > 0 && run.allSatisfy { $0.digit != nil || isOneCharacter($0.range, in: text) }
                && dictatedCode(in: run.map(\.range)[...], text: text) != nil
            // Number words and written digits of one digit each, no letter among them.
            let singleDigits = run.allSatisfy { $0.digit != nil || ($0.range.count == 1 && ASCII.isDigit(text[$0.range.lowerBound])) }
            let hasWrittenDigit = run.contains { $0.digit == nil }
            guard numberWords >= minimumNumberWords || (plus != nil && numberWords > 0) || isDictatedCode
                    || (numberWords > 0 && digitsRead(in: run, of: text) >= minimumMixedDigits)
                    // Three or more single digits, some written and some spoken: a card code (`sieben vier 2`, `4 7 one`).
                    || (numberWords > 0 && run.count >= 3 && hasWrittenDigit && singleDigits) else { continue }
            if let plus { edits.append((plus, UInt8(ascii: "+"))) }
            // Number words among single written digits, or fillers between words: the run is read
            // as one number, every gap taken out (`0 eins 5 two 3 - neun 9`, `null drei hm fünf`).
            // A longer number next to a number word stays apart (`my real one 349010799016315`).
            let joinsWhole = singleDigits
                && (hasWrittenDigit || zip(run, run.dropFirst()).contains { !staysInRun($0.0.range.upperBound..<$0.1.range.lowerBound) })
            for (position, word) in run.enumerated() {
                guard let digit = word.digit else {
                    if joinsWhole && position > 0 { edits.append((run[position - 1].range.upperBound..<word.range.lowerBound, nil)) }
                    continue
                }
                let joinsPrevious = position > 0 && (run[position - 1].digit != nil || joinsWhole)
                let start = joinsPrevious ? run[position - 1].range.upperBound : word.range.lowerBound
                if triples.contains(word.range.lowerBound) {
                    // Its first three letters give one digit, the rest another (one byte an edit).
                    let middle = word.range.lowerBound + 3
                    edits.append((start..<middle, UInt8(ascii: "0") + digit))
                    edits.append((middle..<word.range.upperBound, UInt8(ascii: "0") + digit))
                } else if digit >= 10 {
                    // Two digits, its first letter giving the first (one byte an edit); a ten that a
                    // unit follows (`forty-four`, `sixty nine`) gives its first digit alone.
                    let next = position + 1 < run.count ? run[position + 1].digit : nil
                    let unitFollows = digit % 10 == 0 && digit >= 20 && next.map { (1...9).contains($0) } == true
                        && isOneSeparator(word.range.upperBound..<run[position + 1].range.lowerBound, in: text)
                    let middle = word.range.lowerBound + 1
                    if unitFollows {
                        edits.append((start..<word.range.upperBound, UInt8(ascii: "0") + digit / 10))
                    } else {
                        edits.append((start..<middle, UInt8(ascii: "0") + digit / 10))
                        edits.append((middle..<word.range.upperBound, UInt8(ascii: "0") + digit % 10))
                    }
                } else {
                    edits.append((start..<word.range.upperBound, UInt8(ascii: "0") + digit))
                }
            }
        }
        return edits
    }

    /// Whether a gap is one hyphen or one space.
    private static func isOneSeparator(_ gap: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        gap.count == 1 && (text[gap.lowerBound] == UInt8(ascii: "-") || text[gap.lowerBound] == UInt8(ascii: " "))
    }

    /// Whether `word` is one of the `dictationFillers`.
    private static func isFiller(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        dictationFillers.contains { word.elementsEqual($0.utf8) }
    }

    /// Whether a gap is a comma and one space (`5311, 1800`), not `12,99`, a decimal comma; a
    /// semicolon, with a space or without (`3566;6804;4927;8810`, `3744; 324727`); or a bar,
    /// alone or between two spaces (`0171 | 234 | 5678`).
    static func isCommaGap(_ gap: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch gap.count {
        case 1: text[gap.lowerBound] == UInt8(ascii: ";") || text[gap.lowerBound] == UInt8(ascii: "|")
        case 2: (text[gap.lowerBound] == UInt8(ascii: ",") || text[gap.lowerBound] == UInt8(ascii: ";")) && text[gap.lowerBound + 1] == UInt8(ascii: " ")
        case 3: text[gap.lowerBound] == UInt8(ascii: " ") && text[gap.lowerBound + 1] == UInt8(ascii: "|") && text[gap.lowerBound + 2] == UInt8(ascii: " ")
        default: false
        }
    }

    /// Whether `word` is an IBAN's start: two letters and two digits (`gb86`).
    private static func isCountryAndCheckDigits(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count == 4 && ASCII.isLowercaseLetter(text[word.lowerBound]) && ASCII.isLowercaseLetter(text[word.lowerBound + 1])
            && ASCII.isDigit(text[word.lowerBound + 2]) && ASCII.isDigit(text[word.lowerBound + 3])
    }

    /// Whether a gap joins two characters of a spaced-out run: one separator other than a line
    /// break; between two digits a separator or a parenthesis between two spaces
    /// (`0 1 7 2 - 2 3 2 7`, `4 1 1 1 . 1 1 1 1`, `( 2 0 1 ) 5 5 5 - 5 3 3 2`); between two
    /// letters a hyphen between two spaces (`K n i e - O P`); and an e-mail address's `@`, `.`
    /// or `_` between two spaces (`d e r r i c k . g a r n e r @ l i v e . c o m`).
    static func spacedGap(_ gap: Range<Int>, in text: UnsafeBufferPointer<UInt8>, writtenGaps: WrittenGaps) -> Bool {
        switch gap.count {
        case 1: return isSeparator(text[gap.lowerBound]) && !writtenGaps.isLineBreak(gap)
        case 3:
            guard text[gap.lowerBound] == UInt8(ascii: " ") && text[gap.lowerBound + 2] == UInt8(ascii: " ") else { return false }
            let middle = text[gap.lowerBound + 1]
            if isAddressMark(middle) { return true }
            guard gap.lowerBound > 0 && gap.upperBound < text.count else { return false }
            let before = text[gap.lowerBound - 1], after = text[gap.upperBound]
            if ASCII.isDigit(before) && ASCII.isDigit(after) {
                return isSeparator(middle) || middle == UInt8(ascii: "(") || middle == UInt8(ascii: ")")
            }
            return middle == UInt8(ascii: "-") && !ASCII.isDigit(before) && !ASCII.isDigit(after)
        default: return false
        }
    }

    /// The marks of an e-mail address that a spaced-out run keeps when it is joined.
    private static func isAddressMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "@") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
    }

    /// The separators inside runs of single characters go, and the space after a `+` or `(`
    /// that starts one (`+ 4 9 1 5 1 …`, `( 2 0 1 ) 5 5 5 …`). With `joiningDictatedCodes`, a
    /// run of letters and number words that is a dictated code joins whole, the number words
    /// as the digits `spelledDigitEdits` makes of them (`J vier P fünf null T N V …` →
    /// `j4p50tnv…`); in a shorter run the stretches of single characters join as before
    /// (`I E eight one` stays for the dictated-IBAN rule).
    private static func spacedCharacterEdits(_ text: UnsafeBufferPointer<UInt8>, writtenGaps: WrittenGaps,
                                             joiningDictatedCodes: Bool) -> [(range: Range<Int>, replacement: UInt8?)] {
        var edits: [(range: Range<Int>, replacement: UInt8?)] = []
        func isCharacter(_ word: Range<Int>) -> Bool { isOneCharacter(word, in: text) }
        func holdsLetter(_ words: ArraySlice<Range<Int>>) -> Bool {
            words.contains { isCharacter($0) && !ASCII.isDigit(text[$0.lowerBound]) }
        }
        func join(_ words: ArraySlice<Range<Int>>) {
            if let first = words.first, first.lowerBound >= 2, text[first.lowerBound - 1] == UInt8(ascii: " "),
               text[first.lowerBound - 2] == UInt8(ascii: "+") || text[first.lowerBound - 2] == UInt8(ascii: "(") {
                edits.append((first.lowerBound - 1..<first.lowerBound, nil))
            }
            func kept(after index: Int) -> UInt8 {
                let gap = words[index].upperBound..<words[index + 1].lowerBound
                return gap.count == 3 ? text[gap.lowerBound + 1] : 0
            }
            func digit(_ index: Int) -> Int? {
                ASCII.isDigit(text[words[index].lowerBound]) ? Int(text[words[index].lowerBound] - UInt8(ascii: "0")) : nil
            }
            // Whether a card's expiry starts at word `month` after twelve digits or more: a month,
            // a spaced `/` and a year of two or four digits that ends the run
            // (`… 9 4 1 2 / 2 0 3 2` is the card `…94`, then `12/2032`).
            func startsExpiry(at month: Int) -> Bool {
                guard month - words.startIndex >= 12, month + 3 < words.endIndex, kept(after: month + 1) == UInt8(ascii: "/"),
                      let tens = digit(month), let ones = digit(month + 1), (1...12).contains(tens * 10 + ones),
                      (words.startIndex..<month).allSatisfy({ digit($0) != nil }) else { return false }
                let year = month + 2..<words.endIndex
                return (year.count == 2 || year.count == 4) && year.allSatisfy { digit($0) != nil }
                    && year.dropLast().allSatisfy { kept(after: $0) == 0 }
            }
            for index in words.indices.dropLast() {
                // A spaced `/`, `-`, `.` or parenthesis between groups stays, without its
                // spaces: `0 7 / 2 0 3 2` is the expiry `07/2032`, not the number `072032`,
                // and `S 8 2 . 4 4 1 N` the code `s82.441n`; so do an address's `@` and `_`.
                let gap = words[index].upperBound..<words[index + 1].lowerBound
                let mark = kept(after: index)
                let keeps = mark == UInt8(ascii: "/") || mark == UInt8(ascii: "-") || mark == UInt8(ascii: "(")
                    || mark == UInt8(ascii: ")") || isAddressMark(mark)
                edits.append((gap, keeps ? mark : startsExpiry(at: index + 1) ? UInt8(ascii: " ") : nil))
            }
        }
        // Single characters, and number words when dictated codes are joined.
        var run: [Range<Int>] = []
        func closeRun() {
            if let code = dictatedCode(in: run[...], text: text) {
                join(code)
            } else {
                // The stretches of single characters between number words, each by itself.
                var start = run.startIndex
                while start < run.endIndex {
                    guard isCharacter(run[start]) else { start += 1; continue }
                    var end = start + 1
                    while end < run.endIndex && isCharacter(run[end]) { end += 1 }
                    if joinsSpacedRun(count: end - start, holdsLetter: holdsLetter(run[start..<end])) { join(run[start..<end]) }
                    start = end
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        forEachWord(in: text) { range in
            let word = UnsafeBufferPointer(rebasing: text[range])
            guard isCharacter(range) || (joiningDictatedCodes && (numberWord(word) != nil || isDouble(word) || isTriple(word))) else {
                closeRun()
                return
            }
            if let last = run.last, !spacedGap(last.upperBound..<range.lowerBound, in: text, writtenGaps: writtenGaps) {
                closeRun()
            }
            // The `m` of `I'm` is the end of a word, not the start of a spaced-out run.
            if run.isEmpty, range.lowerBound > 0, text[range.lowerBound - 1] == UInt8(ascii: "'") || text[range.lowerBound - 1] == 0x99 { return }
            run.append(range)
        }
        closeRun()
        return edits
    }

    /// The dictated code in `words` (single characters and number words, one space apart), or
    /// nil: `dictatedCode` of them or more from a single character on, a letter after the first
    /// number word. Number words before it end a number spoken before (`… doppel eins D U R C
    /// H W A H L`); letters before the number words alone are a country code (`F R seven six …`,
    /// which the dictated-IBAN rules read).
    static func dictatedCode(in words: ArraySlice<Range<Int>>, text: UnsafeBufferPointer<UInt8>) -> ArraySlice<Range<Int>>? {
        let code = words.drop { !isOneCharacter($0, in: text) }
        let afterNumberWord = code.drop { isOneCharacter($0, in: text) }.drop { !isOneCharacter($0, in: text) }
        guard code.count >= dictatedCode,
              afterNumberWord.contains(where: { isOneCharacter($0, in: text) && !ASCII.isDigit(text[$0.lowerBound]) }) else { return nil }
        return code
    }

    /// Whether a word is one character of a spaced-out run: an ASCII letter or digit, or a
    /// letter of Latin-1 or Latin Extended-A (`s c h w e r h ö r i g`).
    @inline(__always)  // a hot loop of matching or normalisation: the marks of Matching/ and Normalization/ save 1.1% of a mixed line (callgrind)
    static func isOneCharacter(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch word.count {
        case 1: return text[word.lowerBound] < 0x80
        case 2: return text[word.lowerBound] &- 0xC3 < 3
        default: return false
        }
    }

    /// The word `plus` and the space or hyphen after it (or a comma and a space, as voice
    /// transcripts write it: `plus, vier neun …`; `plus-one two-one-two …`), when they stand
    /// right before `start`.
    private static func plusWord(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard start >= 5, text[start - 1] == UInt8(ascii: " ") || text[start - 1] == UInt8(ascii: "-") else { return nil }
        let comma = start >= 6 && text[start - 2] == UInt8(ascii: ",") ? 1 : 0
        let word = start - 5 - comma..<start - 1 - comma
        guard text[word].elementsEqual("plus".utf8), word.lowerBound == 0 || !ASCII.isLowercaseAlphanumeric(text[word.lowerBound - 1]) else { return nil }
        return word.lowerBound..<start
    }

    private static func numberWord(_ word: UnsafeBufferPointer<UInt8>) -> UInt8? {
        // "oh" is how English reads a 0 in a phone number (`oh two zero …`); only in a run of
        // number words, like every number word.
        if word.count == 2 && word[0] == UInt8(ascii: "o") && word[1] == UInt8(ascii: "h") { return 0 }
        guard (3...longestNumberWord).contains(word.count) else { return nil }
        return numberWords[LexiconMatcher.hash(word)]
    }

    /// The digits a run of number words and written numbers reads as, when it holds both.
    private static func digitsRead(in run: [(range: Range<Int>, digit: UInt8?)], of text: UnsafeBufferPointer<UInt8>) -> Int {
        var digits = 0, written = 0
        for word in run {
            if let digit = word.digit {
                digits += digit >= 10 ? 2 : 1
            } else {
                let count = digitCount(in: word.range, of: text)
                digits += count
                written += count
            }
        }
        return written > 0 ? digits : 0
    }

    /// The fewest digits a run that mixes number words and written numbers reads as before it
    /// is read (`476 zero eight 9118`, an SSN, is 9): fewer are room numbers and counts
    /// (`Zimmer 12, zwei Personen`).
    static let minimumMixedDigits = 7

    /// Marks `double` in a run until the digit after it is known.
    private static let doubleMark: UInt8 = 0xFF

    /// Marks `triple` in a run until the digit after it is known.
    private static let tripleMark: UInt8 = 0xFE

    /// Whether `word` is "double" or "doppel", read before a digit said twice (`double eight`, `doppel null`).
    private static func isDouble(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.elementsEqual("double".utf8) || word.elementsEqual("doppel".utf8)
    }

    /// Whether `word` is "triple" or "tripel", before a digit said three times (`triple four`).
    private static func isTriple(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.elementsEqual("triple".utf8) || word.elementsEqual("tripel".utf8)
    }

    /// Runs of ASCII letters and digits and non-ASCII bytes.
    private static func forEachWord(in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        while start < text.count {
            if isSymbol(at: start, in: text) { start += 3; continue }
            guard text[start] >= 0x80 || ASCII.isLowercaseAlphanumeric(text[start]) else { start += 1; continue }
            var end = start
            while end < text.count, !isSymbol(at: end, in: text), text[end] >= 0x80 || ASCII.isLowercaseAlphanumeric(text[end]) { end += 1 }
            body(start..<end)
            start = end
        }
    }

    /// Whether a character of U+2000–U+2BFF starts at `index`: punctuation, arrows, operators and
    /// other symbols, which end a word as a space does (`IBAN→G B 4 1 …`). Normalisation has
    /// made the letters and digits of that range (`ℕ`, `①`, `⁵`) ASCII already.
    private static func isSymbol(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        text[index] == 0xE2 && index + 2 < text.count && text[index + 1] >= 0x80 && text[index + 1] <= 0xAF
    }
}
