/// What every match of a regex holds, read from the regex itself when a pack loads, so that a
/// rule's author need not promise it (`Prefilter`): the fewest ASCII digits a match holds, the
/// ASCII symbols of which it holds one, and the strings one of which it starts with.
///
/// The reading is conservative: a construct it does not know (a backreference, `\K`, a
/// conditional, an option that changes what characters mean) contributes nothing, and a
/// pattern it cannot read at all gives `RegexFacts.none`, which promises nothing. A fact too
/// weak only admits a message the regex then finds nothing in; a fact too strong would hide a
/// match, so every rule here errs towards weak. The prefilter test compares findings with and
/// without these facts over every corpus.
struct RegexFacts: Equatable {
    /// The fewest ASCII digits a match holds (the normaliser makes every decimal digit ASCII,
    /// so `\d` counts).
    var minDigits = 0
    /// Sets of ASCII bytes other than letters and digits, as `MessageProfile.symbolBit`s: a
    /// match holds a byte of each set (`@` of an e-mail address, `/` or `-` of an expiry date).
    var symbolSets: [UInt64] = []
    /// Strings one of which every match starts with, when the regex starts with a plain word
    /// list after a look-behind that keeps letters and digits out; nil otherwise.
    var startsWith: [String]?
    /// The lengths a match can have when it is one whole run of ASCII letters and digits (a
    /// regex of such characters alone between `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`),
    /// as `Prefilter.firstWordLengths`; empty otherwise.
    var wordLengths: [Int] = []
    /// Whether such a whole-run match holds an ASCII letter for certain (`[a-z]{4}…`).
    var wordHoldsLetter = false

    static let none = RegexFacts()

    /// The facts of `regex` (a pattern as PCRE2 compiles it, with `UTF` and `UCP`).
    init(of regex: String) {
        var parser = Parser(Array(regex.utf8))
        guard let node = parser.alternation(), parser.isAtEnd else { return }
        minDigits = node.minDigits
        symbolSets = node.symbolSets
        if regex.hasPrefix(Self.boundaryLookBehind), let prefixes = node.prefixes,
           !prefixes.isEmpty, prefixes.allSatisfy({ !$0.isEmpty }) {
            startsWith = prefixes.map { String(decoding: $0, as: UTF8.self) }
        }
        // A `|` outside every group would leave one alternative without the look-behind and the
        // other without the look-ahead.
        if regex.hasPrefix(Self.boundaryLookBehind), regex.hasSuffix(Self.boundaryLookAhead),
           !parser.hasTopLevelAlternative, let lengths = node.runLengths, lengths & 1 == 0 {
            wordLengths = (1..<64).filter { lengths & 1 << UInt64($0) != 0 }
            wordHoldsLetter = node.minLetters > 0
        }
    }


    private init() {}

    /// Derived `startsWith` strings shorter than this (one letter of a class) would cost a search
    /// without sparing one.
    static let shortestUsefulStart = 3

    /// The look-behind after which `PrefilterNeedles` looks for `startsWith` strings.
    private static let boundaryLookBehind = "(?<![\\p{L}\\p{N}])"
    /// The look-ahead that ends a match where a run of letters and digits ends.
    private static let boundaryLookAhead = "(?![\\p{L}\\p{N}])"

    /// Of `symbolSets`, the one a chat message is least likely to hold (0 for none): the one
    /// the admission table checks. A set costs one per symbol, ten per symbol of everyday
    /// punctuation, so that an e-mail address's `@` wins over its `.`.
    var rarestSymbolSet: UInt64 {
        func cost(_ set: UInt64) -> Int { (set & Self.everydayPunctuation).nonzeroBitCount * 10 + (set & ~Self.everydayPunctuation).nonzeroBitCount }
        return symbolSets.min { cost($0) != cost($1) ? cost($0) < cost($1) : $0 < $1 } ?? 0
    }

    /// Space, `.`, `,`, `-`, `:`, `!`, `?`, `'` and parentheses as symbol bits.
    private static let everydayPunctuation: UInt64 = " .,-:!?'()".utf8.reduce(0) { $0 | MessageProfile.symbolBit($1) }
}

extension RegexFacts {
    /// What is known of a piece of a regex.
    fileprivate struct Node {
        var minDigits = 0
        /// The fewest ASCII letters a match of the piece holds.
        var minLetters = 0
        /// Sets of symbol bits, one byte of each held by every match of the piece.
        var symbolSets: [UInt64] = []
        /// The strings the piece matches, when it matches only a few fixed strings.
        var exact: [[UInt8]]?
        /// Strings one of which every match of the piece starts with; nil when unknown.
        var prefixes: [[UInt8]]?
        /// Bit `n` set when a match of the piece can be `n` bytes long, and every byte it matches
        /// is an ASCII letter or digit; nil when unknown or when it may match anything else.
        var runLengths: UInt64?

        /// A piece that matches nothing but the empty string (an anchor, a look-around).
        static let empty = Node(exact: [[]], prefixes: [[]], runLengths: 1)
        /// A piece of which nothing is known.
        static let unknown = Node()

        /// One character drawn from `bytes` (a literal or a class of ASCII bytes), or an
        /// unknown character when nil.
        static func character(_ bytes: [UInt8]?, isDigit: Bool) -> Node {
            guard let bytes, !bytes.isEmpty else { return Node(minDigits: isDigit ? 1 : 0) }
            let symbols = bytes.allSatisfy { $0 < 0x80 && !ASCII.isAlphanumeric($0) }
                ? [bytes.reduce(UInt64(0)) { $0 | MessageProfile.symbolBit($1) }] : []
            // A class of more than ten bytes (a letter of `[a-z]`) makes no useful start.
            let strings = bytes.count <= 10 ? bytes.map { [$0] } : nil
            return Node(minDigits: isDigit ? 1 : 0, minLetters: bytes.allSatisfy(ASCII.isLetter) ? 1 : 0, symbolSets: symbols,
                        exact: strings, prefixes: strings, runLengths: bytes.allSatisfy(ASCII.isAlphanumeric) ? 0b10 : nil)
        }

        /// A multi-byte literal character (UTF-8).
        static func literal(_ bytes: [UInt8]) -> Node {
            Node(exact: [bytes], prefixes: [bytes])
        }

        /// More strings than this are not worth keeping.
        static let maxStrings = 64

        /// This piece followed by `next`.
        func then(_ next: Node) -> Node {
            var result = Node(minDigits: minDigits + next.minDigits, minLetters: minLetters + next.minLetters,
                              symbolSets: Self.fewest(symbolSets + next.symbolSets))
            if let mine = runLengths, let theirs = next.runLengths { result.runLengths = Self.sums(mine, theirs) }
            if let exact, let following = next.exact {
                result.exact = Self.product(exact, following)
            }
            if let exact {
                result.prefixes = Self.product(exact, next.prefixes ?? [[]]) ?? exact
            } else {
                result.prefixes = prefixes
            }
            return result
        }

        /// This piece or `other`.
        func or(_ other: Node) -> Node {
            var sets: [UInt64] = []
            for mine in symbolSets {
                for theirs in other.symbolSets { sets.append(mine | theirs) }
            }
            var result = Node(minDigits: min(minDigits, other.minDigits), minLetters: min(minLetters, other.minLetters),
                              symbolSets: Self.fewest(sets))
            if let mine = runLengths, let theirs = other.runLengths { result.runLengths = mine | theirs }
            if let exact, let theirs = other.exact, exact.count + theirs.count <= Self.maxStrings {
                result.exact = exact + theirs
            }
            if let prefixes, let theirs = other.prefixes, prefixes.count + theirs.count <= Self.maxStrings {
                result.prefixes = prefixes + theirs
            }
            return result
        }

        /// This piece repeated `minimum` to `maximum` times (nil: no upper bound).
        func repeated(_ minimum: Int, _ maximum: Int?) -> Node {
            // The lengths of `minimum` to `maximum` pieces in a row; unknown without a maximum.
            var lengths: UInt64?
            if let single = runLengths, let maximum, maximum <= 64 {
                var all: UInt64 = 0
                var times: UInt64 = 1  // the lengths of `count` pieces in a row
                for count in 0...maximum {
                    if count >= minimum { all |= times }
                    guard count < maximum else { lengths = all; break }
                    guard let next = Self.sums(times, single) else { break }
                    times = next
                }
            }
            guard minimum > 0 else {
                // Possibly absent: it promises nothing, but a short optional word stays exact.
                var result = Node.unknown
                result.runLengths = lengths
                if maximum == 1, let exact, exact.count < Self.maxStrings {
                    result.exact = exact + [[]]
                    result.prefixes = result.exact
                }
                return result
            }
            var result = Node(minDigits: minDigits * minimum, minLetters: minLetters * minimum, symbolSets: symbolSets,
                              prefixes: exact ?? prefixes, runLengths: lengths)
            if maximum == minimum, let exact {
                // The strings `minimum` times over, or nil once there are too many.
                var strings: [[UInt8]]? = exact
                for _ in 1..<minimum { strings = strings.flatMap { Self.product($0, exact) } }
                result.exact = strings
                result.prefixes = strings ?? result.prefixes
            }
            return result
        }

        /// The lengths of a piece of one of `first`'s lengths followed by one of `second`'s, or
        /// nil when one reaches 64 bytes.
        private static func sums(_ first: UInt64, _ second: UInt64) -> UInt64? {
            var result: UInt64 = 0
            for length in 0..<64 where first & 1 << UInt64(length) != 0 {
                guard second >> UInt64(64 - length) == 0 || length == 0 else { return nil }
                result |= second << UInt64(length)
            }
            return result
        }

        /// Every string of `first` followed by every string of `second`, or nil when too many.
        private static func product(_ first: [[UInt8]], _ second: [[UInt8]]) -> [[UInt8]]? {
            guard first.count * second.count <= maxStrings else { return nil }
            return first.flatMap { head in second.map { head + $0 } }
        }

        /// The narrowest few symbol sets, without repeats: more would be of no use.
        private static func fewest(_ sets: [UInt64]) -> [UInt64] {
            guard sets.count > 1 else { return sets }
            var kept: [UInt64] = []
            let narrowestFirst = sets.sorted { $0.nonzeroBitCount != $1.nonzeroBitCount ? $0.nonzeroBitCount < $1.nonzeroBitCount : $0 < $1 }
            for set in narrowestFirst where kept.last != set {
                kept.append(set)
                if kept.count == 4 { break }
            }
            return kept
        }
    }

    /// A recursive-descent reader of the PCRE2 syntax the packs use. Each method returns nil
    /// when it meets something it cannot read, and the whole pattern then promises nothing.
    fileprivate struct Parser {
        private let bytes: [UInt8]
        private var index = 0
        /// How many groups enclose the position being read.
        private var groupDepth = 0
        /// Whether a `|` stood outside every group.
        private(set) var hasTopLevelAlternative = false

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index == bytes.count }

        private func peek(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        private mutating func take(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let matches = literal.withUTF8Buffer { bytes[index..<index + count].elementsEqual($0) }
            if matches { index += count }
            return matches
        }

        /// Branches separated by `|`, up to a `)` or the end.
        mutating func alternation() -> Node? {
            guard var node = sequence() else { return nil }
            while peek() == UInt8(ascii: "|") {
                index += 1
                if groupDepth == 0 { hasTopLevelAlternative = true }
                guard let branch = sequence() else { return nil }
                node = node.or(branch)
            }
            return node
        }

        /// Quantified atoms one after another.
        private mutating func sequence() -> Node? {
            var node = Node.empty
            while let byte = peek(), byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard let atom = atom(), let quantified = quantified(atom) else { return nil }
                node = node.then(quantified)
            }
            return node
        }

        /// `atom` with the quantifier that follows it, if any.
        private mutating func quantified(_ atom: Node) -> Node? {
            var range: (Int, Int?)
            switch peek() {
            case UInt8(ascii: "?"): range = (0, 1)
            case UInt8(ascii: "*"): range = (0, nil)
            case UInt8(ascii: "+"): range = (1, nil)
            case UInt8(ascii: "{"):
                guard let counted = countedRange() else { return atom }  // a literal `{`, read as the next atom
                range = counted
            default: return atom
            }
            index += 1
            if peek() == UInt8(ascii: "?") || peek() == UInt8(ascii: "+") { index += 1 }  // lazy or possessive
            return atom.repeated(range.0, range.1)
        }

        /// `{n}`, `{n,}`, `{n,m}` or `{,m}` at `index`; leaves `index` on the closing brace.
        private mutating func countedRange() -> (Int, Int?)? {
            var cursor = index + 1
            func number() -> Int? {
                var value: Int?
                while cursor < bytes.count, ASCII.isDigit(bytes[cursor]) {
                    value = (value ?? 0) * 10 + Int(bytes[cursor] &- 0x30)
                    cursor += 1
                }
                return value
            }
            let low = number()
            var high = low
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") {
                cursor += 1
                high = number()
            } else if low == nil {
                return nil
            }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}"), low != nil || high != nil else { return nil }
            index = cursor
            return (low ?? 0, high)
        }

        private mutating func atom() -> Node? {
            guard let byte = peek() else { return nil }
            switch byte {
            case UInt8(ascii: "("): return group()
            case UInt8(ascii: "["): return characterClass()
            case UInt8(ascii: "\\"): return escape()
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                index += 1
                return .empty
            case UInt8(ascii: "."):
                index += 1
                return .character(nil, isDigit: false)
            case UInt8(ascii: "{"):
                index += 1
                return .character([byte], isDigit: false)
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
                return nil  // a quantifier with nothing to repeat
            default:
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard index + length <= bytes.count else { return nil }
                let character = Array(bytes[index..<index + length])
                index += length
                return length == 1 ? .character(character, isDigit: ASCII.isDigit(byte)) : .literal(character)
            }
        }

        /// A group: capturing, named, non-capturing, atomic or a look-around.
        private mutating func group() -> Node? {
            index += 1
            var isLookAround = false
            if take("?:") || take("?>") || take("?|") {
            } else if take("?=") || take("?!") || take("?<=") || take("?<!") {
                isLookAround = true
            } else if take("?<") || take("?P<") || take("?'") {
                while let byte = peek(), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "'") { index += 1 }
                index += 1
            } else if peek() == UInt8(ascii: "?") || peek() == UInt8(ascii: "*") {
                return nil  // options, conditionals, verbs, comments: not read
            }
            groupDepth += 1
            guard let inner = alternation(), peek() == UInt8(ascii: ")") else { return nil }
            groupDepth -= 1
            index += 1
            return isLookAround ? .empty : inner
        }

        /// A backslash escape outside a class.
        private mutating func escape() -> Node? {
            index += 1
            guard let byte = peek() else { return nil }
            index += 1
            switch byte {
            case UInt8(ascii: "d"): return .character(Array(UInt8(ascii: "0")...UInt8(ascii: "9")), isDigit: true)
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "G"):
                return .empty
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                guard skipPropertyName() else { return nil }
                return .character(nil, isDigit: false)
            case UInt8(ascii: "x"):
                guard let value = hexValue() else { return nil }
                return value < 0x80 ? .character([UInt8(value)], isDigit: ASCII.isDigit(UInt8(value))) : .character(nil, isDigit: false)
            case UInt8(ascii: "D"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "h"),
                 UInt8(ascii: "H"), UInt8(ascii: "v"), UInt8(ascii: "V"), UInt8(ascii: "N"), UInt8(ascii: "R"), UInt8(ascii: "X"),
                 UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "f"), UInt8(ascii: "e"):
                return .character(nil, isDigit: false)
            default:
                // Any other escaped punctuation is itself; letters and digits (back-references,
                // `\K`, `\Q`, `\g`…) are not read.
                guard byte < 0x80, !ASCII.isAlphanumeric(byte) else { return nil }
                return .character([byte], isDigit: false)
            }
        }

        /// Skips `{Name}` or a one-letter name after `\p`.
        private mutating func skipPropertyName() -> Bool {
            guard peek() == UInt8(ascii: "{") else {
                index += 1
                return peek(-1) != nil
            }
            while let byte = peek(), byte != UInt8(ascii: "}") { index += 1 }
            guard peek() != nil else { return false }
            index += 1
            return true
        }

        /// The value of `hh` or `{h…}` after `\x`.
        private mutating func hexValue() -> UInt32? {
            func digit(_ byte: UInt8?) -> UInt32? {
                guard let byte else { return nil }
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
                default: return nil
                }
            }
            if peek() == UInt8(ascii: "{") {
                index += 1
                var value: UInt32 = 0
                while let next = digit(peek()) { value = value * 16 + next; index += 1 }
                guard peek() == UInt8(ascii: "}") else { return nil }
                index += 1
                return value
            }
            guard let high = digit(peek()), let low = digit(peek(1)) else { return nil }
            index += 2
            return high * 16 + low
        }

        /// `[…]`: the ASCII bytes it admits when it admits nothing else, and whether all of them are digits.
        private mutating func characterClass() -> Node? {
            index += 1
            let isNegated = take("^")
            var members = [Bool](repeating: false, count: 128)  // by ASCII byte
            var admitsOther = false
            var isFirst = true
            while let byte = peek(), byte != UInt8(ascii: "]") || isFirst {
                isFirst = false
                if byte == UInt8(ascii: "["), peek(1) == UInt8(ascii: ":") {
                    guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")), close >= index + 4 else { return nil }
                    let name = String(decoding: bytes[index + 2..<close - 1], as: UTF8.self)
                    if name == "digit" { Self.digits.forEach { members[Int($0)] = true } } else { admitsOther = true }
                    index = close + 1
                    continue
                }
                guard let low = classMember() else { return nil }
                var high = low
                if peek() == UInt8(ascii: "-"), let next = peek(1), next != UInt8(ascii: "]") {
                    index += 1
                    guard let end = classMember() else { return nil }
                    high = end
                }
                switch (low, high) {
                case (.codePoint(let first), .codePoint(let last)) where first <= last && last < 0x80:
                    (Int(first)...Int(last)).forEach { members[$0] = true }
                case (.digits, .digits):
                    Self.digits.forEach { members[Int($0)] = true }
                default:
                    admitsOther = true
                }
            }
            guard take("]") else { return nil }
            if isNegated || admitsOther { return .character(nil, isDigit: false) }
            let bytes = (0..<128).filter { members[$0] }.map { UInt8($0) }
            return .character(bytes, isDigit: !bytes.isEmpty && bytes.allSatisfy(ASCII.isDigit))
        }

        private static let digits = UInt8(ascii: "0")...UInt8(ascii: "9")

        /// One member of a class.
        private enum Member {
            case codePoint(UInt32)
            /// `\d`.
            case digits
            /// A character or escape that stands for something other than a few ASCII bytes.
            case other
        }

        private mutating func classMember() -> Member? {
            guard let byte = peek() else { return nil }
            if byte >= 0x80 {
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                return .other
            }
            index += 1
            guard byte == UInt8(ascii: "\\") else { return .codePoint(UInt32(byte)) }
            guard let escaped = peek() else { return nil }
            index += 1
            switch escaped {
            case UInt8(ascii: "d"): return .digits
            case UInt8(ascii: "x"): return hexValue().map { .codePoint($0) }
            case UInt8(ascii: "p"), UInt8(ascii: "P"): return skipPropertyName() ? .other : nil
            case UInt8(ascii: "t"): return .codePoint(0x09)
            case UInt8(ascii: "n"): return .codePoint(0x0A)
            case UInt8(ascii: "r"): return .codePoint(0x0D)
            default:
                // Escaped punctuation is itself; `\s`, `\w`, `\D` and the like stand for more.
                return !ASCII.isAlphanumeric(escaped) ? .codePoint(UInt32(escaped)) : .other
            }
        }
    }
}
