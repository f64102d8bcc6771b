/// What every match of a regex holds, read from the regex itself when a pack loads, so that a
/// rule's author need not promise it (`Prefilter`): the fewest ASCII digits a match holds, the
/// ASCII symbols of which it holds one, the strings one of which it starts with, and from the
/// shapes its matches can take (`Shape`) its digit runs, its stretches without a space and its
/// first word.
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
    /// The longest run of digits every match holds at least (`Prefilter.minDigitRun`).
    var minDigitRun = 0
    /// The longest stretch without a space every match holds at least (`Prefilter.minTokenLength`).
    var minTokenLength = 0
    /// The lengths of a whole digit run every match holds one of, when the look-arounds keep
    /// the message's run from going on past the match (`Prefilter.digitRunLengths`); empty otherwise.
    var digitRunLengths: [Int] = []
    /// The lengths the first run of ASCII letters and digits of a match can have, when every
    /// match starts with such a run after a look-behind that keeps letters and digits out and
    /// the run ends inside the match or at a look-ahead that does the same
    /// (`Prefilter.firstWordLengths`); empty otherwise.
    var firstWordLengths: [Int] = []
    /// Whether that first run holds an ASCII letter, or a digit, for certain.
    var firstWordHoldsLetter = false
    var firstWordHoldsDigit = false
    /// Whether that first run is the whole match, so that whatever the match holds it holds.
    var firstWordIsWholeMatch = false

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
        guard let packed = node.shapes, !packed.isEmpty else { return }
        let shapes = packed.map(Shape.symbols)
        // A run in the match lies in one of the message at least as long.
        minDigitRun = shapes.map { shape in Shape.digitRuns(in: shape).reduce(0) { max($0, $1.digits) } }.min() ?? 0
        minTokenLength = shapes.map(Shape.longestStretchWithoutSpace).min() ?? 0
        // A `|` outside every group would leave one alternative without the look-behind and the
        // other without the look-ahead.
        guard !parser.hasTopLevelAlternative else { return }
        let ends = Ends(of: Array(regex.utf8))
        digitRunLengths = Self.wholeDigitRunLengths(of: shapes, ends: ends)
        deriveFirstWord(of: shapes, ends: ends)
    }

    /// For each shape its longest digit run that the look-arounds bound on both sides; empty
    /// when some shape has none (or one that reads a letter-or-digit class next to a run).
    private static func wholeDigitRunLengths(of shapes: [[UInt8]], ends: Ends) -> [Int] {
        var lengths = Set<Int>()
        for shape in shapes {
            guard !shape.contains(Shape.letterOrDigit) else { return [] }
            let bounded = Shape.digitRuns(in: shape).filter { run in
                // A run at the start (perhaps after one separator) goes on into a digit before
                // the match, or a digit and a separator, unless the look-behinds forbid them.
                let (first, end) = (run.range.lowerBound, run.range.upperBound)
                let atStart = first == 0 || (first == 1 && Shape.joinsDigits(shape[0]))
                let atEnd = end == shape.count || (end == shape.count - 1 && Shape.joinsDigits(shape[shape.count - 1]))
                let startHolds = !atStart || (ends.noDigitBefore && (first == 1 || ends.noJoinedDigitBefore))
                let endHolds = !atEnd || (ends.noDigitAfter && (end == shape.count - 1 || ends.noJoinedDigitAfter))
                return startHolds && endHolds
            }
            guard let longest = bounded.map({ $0.digits }).max() else { return [] }
            lengths.insert(min(longest, 63))
        }
        return lengths.sorted()
    }

    /// `firstWord…` from the shapes: every match starts with a letter or digit after the
    /// look-behind that keeps them out, and its first run ends inside it or at the look-ahead.
    private mutating func deriveFirstWord(of shapes: [[UInt8]], ends: Ends) {
        guard ends.noLetterOrDigitBefore else { return }
        var lengths = Set<Int>()
        var holdsLetter = true, holdsDigit = true, isWhole = true
        for shape in shapes {
            let length = shape.firstIndex { !Shape.isWordSymbol($0) } ?? shape.count
            guard length > 0, length < shape.count || ends.noLetterOrDigitAfter else { return }
            lengths.insert(min(length, 63))
            holdsLetter = holdsLetter && shape[..<length].contains(Shape.letter)
            holdsDigit = holdsDigit && shape[..<length].contains(Shape.digit)
            isWhole = isWhole && length == shape.count
        }
        firstWordLengths = lengths.sorted()
        firstWordHoldsLetter = holdsLetter
        firstWordHoldsDigit = holdsDigit
        firstWordIsWholeMatch = isWhole
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
    /// The shape of a match: one symbol for each of its bytes, saying what the prefilter's
    /// profile of a message sees in it (digit runs, spaces, runs of letters and digits).
    /// While the regex is read, a shape is packed into a `UInt128`: a 1 bit, then three bits
    /// a symbol, and a piece's shapes are a sorted array (reading the built-in packs' shapes
    /// costs start-up 21 million instructions this way, 52 million as sets of packed shapes,
    /// 247 million as sets of byte arrays; callgrind).
    enum Shape {
        static let digit: UInt8 = 1
        static let letter: UInt8 = 2
        /// A byte of a class that holds both letters and digits (`[a-z0-9]`): either.
        static let letterOrDigit: UInt8 = 3
        static let space: UInt8 = 4
        /// `.`, `-` or `/`, which like a space join two digits into one run.
        static let separator: UInt8 = 5
        /// A byte of a class that holds both a space and a separator (`[ .\-]`): either.
        static let spaceOrSeparator: UInt8 = 6
        /// Any other ASCII byte.
        static let other: UInt8 = 7

        /// The longest shape a `UInt128` holds.
        static let longest = 42
        /// The shape of no bytes.
        static let empty: UInt128 = 1

        /// The shape of one byte.
        static func single(_ symbol: UInt8) -> UInt128 { 1 << 3 | UInt128(symbol) }

        /// How many symbols a packed shape has.
        static func count(_ shape: UInt128) -> Int { (127 - shape.leadingZeroBitCount) / 3 }

        /// `head` followed by `tail`, or nil when longer than `longest`.
        static func joined(_ head: UInt128, _ tail: UInt128) -> UInt128? {
            let tailCount = count(tail)
            guard count(head) + tailCount <= longest else { return nil }
            let bits = 3 * tailCount
            return head << bits | (tail & ((1 << bits) - 1))
        }

        /// The symbols of a packed shape, first to last.
        static func symbols(_ shape: UInt128) -> [UInt8] {
            (0..<count(shape)).reversed().map { UInt8(truncatingIfNeeded: shape >> (3 * $0)) & 7 }
        }

        /// The symbols a class of ASCII bytes can stand for; nil when it holds other bytes.
        static func of(_ bytes: [UInt8]) -> [UInt8]? {
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var symbols: [UInt8] = []
            let hasDigit = bytes.contains(where: ASCII.isDigit), hasLetter = bytes.contains(where: ASCII.isLetter)
            if hasDigit && hasLetter { symbols.append(letterOrDigit) } else if hasDigit { symbols.append(digit) } else if hasLetter { symbols.append(letter) }
            let hasSpace = bytes.contains(0x20), hasSeparator = bytes.contains { $0 != 0x20 && MessageProfile.isSeparator($0) }
            if hasSpace && hasSeparator { symbols.append(spaceOrSeparator) } else if hasSpace { symbols.append(space) } else if hasSeparator { symbols.append(separator) }
            if bytes.contains(where: { !ASCII.isAlphanumeric($0) && !MessageProfile.isSeparator($0) }) { symbols.append(other) }
            return symbols
        }

        static func joinsDigits(_ symbol: UInt8) -> Bool { symbol == space || symbol == separator || symbol == spaceOrSeparator }
        static func isWordSymbol(_ symbol: UInt8) -> Bool { symbol == digit || symbol == letter || symbol == letterOrDigit }

        /// The digit runs of a shape as `MessageProfile` counts them: digits, two of which may
        /// have one space or separator between them; where each lies (from its first digit to
        /// after its last) and how many digits it has.
        static func digitRuns(in shape: [UInt8]) -> [(range: Range<Int>, digits: Int)] {
            var runs: [(range: Range<Int>, digits: Int)] = []
            var start = -1, count = 0, lastDigit = -2
            for (index, symbol) in shape.enumerated() where symbol == digit {
                if count > 0 && (index == lastDigit + 1 || (index == lastDigit + 2 && joinsDigits(shape[lastDigit + 1]))) {
                    count += 1
                } else {
                    if count > 0 { runs.append((start..<lastDigit + 1, count)) }
                    start = index
                    count = 1
                }
                lastDigit = index
            }
            if count > 0 { runs.append((start..<lastDigit + 1, count)) }
            return runs
        }

        /// The longest stretch of a shape without a space (or what may be one), for certain.
        static func longestStretchWithoutSpace(_ shape: [UInt8]) -> Int {
            var longest = 0, current = 0
            for symbol in shape {
                current = symbol == space || symbol == spaceOrSeparator ? 0 : current + 1
                longest = max(longest, current)
            }
            return longest
        }
    }

    /// What the look-arounds at the two ends of a regex keep out of the bytes next to a match,
    /// read from the forms the packs write (`(?<![\p{L}\p{N}])`, `(?<![0-9][ .\-/])`,
    /// `(?![ .\-/]?[0-9])`, `(?![\p{L}\p{N}]|[ .\-/][0-9])`); any other look-around promises
    /// nothing.
    struct Ends {
        private(set) var noLetterOrDigitBefore = false
        private(set) var noDigitBefore = false
        /// No digit and one separator (or space) right before the match.
        private(set) var noJoinedDigitBefore = false
        private(set) var noLetterOrDigitAfter = false
        private(set) var noDigitAfter = false
        private(set) var noJoinedDigitAfter = false
        private var noLetterBefore = false, noLetterAfter = false

        init(of regex: [UInt8]) {
            let items = Self.topLevelItems(of: regex)
            let lookArounds = ["(?<!", "(?<=", "(?=", "(?!"].map { Array($0.utf8) }
            for item in items.prefix(while: { item in lookArounds.contains { item.starts(with: $0) } }) where item.starts(with: lookArounds[0]) {
                for branch in Self.branches(of: item, prefixLength: 4) {
                    let kept = Self.keptOut(by: branch)
                    noLetterOrDigitBefore = noLetterOrDigitBefore || kept.letterOrDigit
                    noDigitBefore = noDigitBefore || kept.digit
                    noLetterBefore = noLetterBefore || kept.letter
                    noJoinedDigitBefore = noJoinedDigitBefore || Self.digitClasses.contains { digits in
                        Self.joinerClasses.contains { branch == Array((digits + $0).utf8) }
                    }
                }
            }
            for item in items.reversed().prefix(while: { $0.starts(with: lookArounds[3]) }) {
                for branch in Self.branches(of: item, prefixLength: 3) {
                    let kept = Self.keptOut(by: branch)
                    noLetterOrDigitAfter = noLetterOrDigitAfter || kept.letterOrDigit
                    noDigitAfter = noDigitAfter || kept.digit
                    noLetterAfter = noLetterAfter || kept.letter
                    for joiner in Self.joinerClasses {
                        for digits in Self.digitClasses {
                            if branch == Array((joiner + digits).utf8) { noJoinedDigitAfter = true }
                            if branch == Array((joiner + "?" + digits).utf8) { noJoinedDigitAfter = true; noDigitAfter = true }
                        }
                    }
                }
            }
            // `(?![ .\-/]?[0-9])(?![\p{L}])` keeps out letters and digits as one class does.
            noLetterOrDigitBefore = noLetterOrDigitBefore || (noLetterBefore && noDigitBefore)
            noLetterOrDigitAfter = noLetterOrDigitAfter || (noLetterAfter && noDigitAfter)
        }

        /// What one branch of a negative look-around keeps out of the byte next to a match, when
        /// it is a single class: every letter and digit, digits, or letters.
        private static func keptOut(by branch: [UInt8]) -> (letterOrDigit: Bool, digit: Bool, letter: Bool) {
            let isOneClass = branch.last == UInt8(ascii: "]") && branch.firstIndex(of: UInt8(ascii: "]")) == branch.count - 1
            let letterOrDigit = isOneClass && letterOrDigitClasses.contains { branch.starts(with: Array($0.utf8)) }
            return (letterOrDigit, letterOrDigit || digitClasses.contains { branch == Array($0.utf8) },
                    letterClasses.contains { branch == Array($0.utf8) })
        }

        /// Classes that hold every letter and digit, as the packs begin them.
        private static let letterOrDigitClasses = ["[\\p{L}\\p{N}"]
        private static let digitClasses = ["[0-9]", "\\d", "\\p{N}", "[\\p{N}]"]
        private static let letterClasses = ["[\\p{L}]", "\\p{L}"]
        /// Classes of the four bytes that join digits into one run.
        private static let joinerClasses = ["[ .\\-/]", "[ ./-]", "[-. /]", "[ ./\\-]"]

        /// The `|`-separated branches inside a group `item`, after its first `prefixLength` bytes.
        private static func branches(of item: [UInt8], prefixLength: Int) -> [[UInt8]] {
            guard item.count > prefixLength, item.last == UInt8(ascii: ")") else { return [] }
            let inner = Array(item[prefixLength..<item.count - 1])
            return topLevelItems(of: inner, splittingAt: UInt8(ascii: "|"))
        }

        /// The regex cut into its top-level groups and other bytes (or, with `splittingAt`, into
        /// the pieces between that byte where it stands outside groups and classes).
        private static func topLevelItems(of regex: [UInt8], splittingAt separator: UInt8? = nil) -> [[UInt8]] {
            var items: [[UInt8]] = []
            var current: [UInt8] = []
            var depth = 0, inClass = false, index = 0
            while index < regex.count {
                let byte = regex[index]
                if byte == UInt8(ascii: "\\"), index + 1 < regex.count {
                    current += regex[index...index + 1]
                    index += 2
                    continue
                }
                if inClass {
                    if byte == UInt8(ascii: "]") { inClass = false }
                } else if byte == UInt8(ascii: "[") {
                    inClass = true
                } else if byte == UInt8(ascii: "(") {
                    if depth == 0 && separator == nil && !current.isEmpty { items.append(current); current = [] }
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 && separator == nil {
                        items.append(current + [byte])
                        current = []
                        index += 1
                        continue
                    }
                } else if depth == 0, let separator, byte == separator {
                    items.append(current)
                    current = []
                    index += 1
                    continue
                }
                current.append(byte)
                index += 1
            }
            if !current.isEmpty || separator != nil { items.append(current) }
            return items
        }
    }

    /// What is known of a piece of a regex.
    fileprivate struct Node {
        var minDigits = 0
        /// Sets of symbol bits, one byte of each held by every match of the piece.
        var symbolSets: [UInt64] = []
        /// The strings the piece matches, when it matches only a few fixed strings.
        var exact: [[UInt8]]?
        /// Strings one of which every match of the piece starts with; nil when unknown.
        var prefixes: [[UInt8]]?
        /// The shapes of the piece's matches (`Shape`, packed; sorted, each once), when it
        /// matches only ASCII and takes at most `maxShapes` shapes of at most `Shape.longest`
        /// bytes; nil otherwise.
        var shapes: [UInt128]?

        /// A piece that matches nothing but the empty string (an anchor, a look-around).
        static let empty = Node(exact: [[]], prefixes: [[]], shapes: [Shape.empty])
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
            return Node(minDigits: isDigit ? 1 : 0, symbolSets: symbols, exact: strings, prefixes: strings,
                        shapes: Shape.of(bytes).map { $0.map(Shape.single).sorted() })
        }

        /// A multi-byte literal character (UTF-8).
        static func literal(_ bytes: [UInt8]) -> Node {
            Node(exact: [bytes], prefixes: [bytes])
        }

        /// More strings than this are not worth keeping.
        static let maxStrings = 64
        /// More shapes than this are not worth reading: the built-in rule with the most has
        /// 1,024 (an 11-digit tax ID with a separator or none between each two digits).
        static let maxShapes = 1024

        /// This piece followed by `next`.
        func then(_ next: Node) -> Node {
            var result = Node(minDigits: minDigits + next.minDigits, symbolSets: Self.fewest(symbolSets + next.symbolSets))
            if let mine = shapes, let theirs = next.shapes { result.shapes = Self.product(mine, theirs) }
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
            var result = Node(minDigits: min(minDigits, other.minDigits), symbolSets: Self.fewest(sets))
            if let mine = shapes, let theirs = other.shapes, mine.count + theirs.count <= Self.maxShapes { result.shapes = Self.sortedOnce(mine + theirs) }
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
            // The shapes of `minimum` to `maximum` pieces in a row; unknown without a maximum.
            var repeatedShapes: [UInt128]?
            if let single = shapes, let maximum, maximum <= Shape.longest {
                var all: [UInt128] = []
                var times: [UInt128]? = [Shape.empty]  // the shapes of `count` pieces in a row
                for count in 0...maximum {
                    guard let current = times else { break }
                    if count >= minimum { all += current }
                    guard all.count <= Self.maxShapes else { break }
                    guard count < maximum else { repeatedShapes = Self.sortedOnce(all); break }
                    times = Self.product(current, single)
                }
            }
            guard minimum > 0 else {
                // Possibly absent: it promises nothing, but a short optional word stays exact.
                var result = Node.unknown
                result.shapes = repeatedShapes
                if maximum == 1, let exact, exact.count < Self.maxStrings {
                    result.exact = exact + [[]]
                    result.prefixes = result.exact
                }
                return result
            }
            var result = Node(minDigits: minDigits * minimum, symbolSets: symbolSets, prefixes: exact ?? prefixes, shapes: repeatedShapes)
            if maximum == minimum, let exact {
                // The strings `minimum` times over, or nil once there are too many.
                var strings: [[UInt8]]? = exact
                for _ in 1..<minimum { strings = strings.flatMap { Self.product($0, exact) } }
                result.exact = strings
                result.prefixes = strings ?? result.prefixes
            }
            return result
        }

        /// Every shape of `first` followed by every shape of `second`, or nil when too many or too long.
        private static func product(_ first: [UInt128], _ second: [UInt128]) -> [UInt128]? {
            // Look-arounds and anchors add nothing: the shapes are kept, not copied.
            if second == [Shape.empty] { return first }
            if first == [Shape.empty] { return second }
            guard first.count * second.count <= maxShapes else { return nil }
            var result: [UInt128] = []
            result.reserveCapacity(first.count * second.count)
            for head in first {
                for tail in second {
                    guard let shape = Shape.joined(head, tail) else { return nil }
                    result.append(shape)
                }
            }
            return sortedOnce(result)
        }

        /// `shapes` sorted, each once.
        private static func sortedOnce(_ shapes: [UInt128]) -> [UInt128] {
            var sorted = shapes.sorted()
            var kept = 0
            for index in sorted.indices where index == 0 || sorted[index] != sorted[kept - 1] {
                sorted[kept] = sorted[index]
                kept += 1
            }
            sorted.removeLast(sorted.count - kept)
            return sorted
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
