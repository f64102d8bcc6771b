@testable import Veil
import Testing

/// What `RegexFacts` reads from a regex: only what every match holds, and nothing from a
/// construct it does not know.
@Suite("Facts read from a rule's regex")
struct RegexFactsTests {
    private func symbols(_ characters: String) -> UInt64 {
        characters.utf8.reduce(0) { $0 | MessageProfile.symbolBit($1) }
    }

    @Test func digitsOfACardNumber() {
        let facts = RegexFacts(of: #"(?<![\p{N}.,])[1-6](?:[ .-]?\d){11,22}(?!\d)"#)
        #expect(facts.minDigits == 12)
        #expect(facts.rarestSymbolSet == 0)
        #expect(facts.startsWith == nil)
    }

    @Test func digitsCountTheShortestBranch() {
        #expect(RegexFacts(of: #"(?:[0-9]{8}|[0-9]{2}[. ][0-9]{3}[. ][0-9]{3})[ \-]?[a-z]"#).minDigits == 8)
        #expect(RegexFacts(of: #"\d{3}|x\d"#).minDigits == 1)
        #expect(RegexFacts(of: #"(?:\(\d{1,5}\)|\d){6,17}"#).minDigits == 6)
        // A class with anything but digits in it counts for none.
        #expect(RegexFacts(of: #"[0-9x]{5}[\p{N}]{4}[^a]{3}"#).minDigits == 0)
        // Look-arounds are not part of the match.
        #expect(RegexFacts(of: #"(?=\d{9})(?<!\d)a"#).minDigits == 0)
    }

    @Test func theAtOfAnEmailAddressWinsOverItsDot() {
        let facts = RegexFacts(of: #"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}"#)
        #expect(facts.rarestSymbolSet == symbols("@"))
        #expect(facts.symbolSets.contains(symbols(".")))
    }

    @Test func oneOfTwoSeparators() {
        let facts = RegexFacts(of: #"(?<![\d/.-])(?:0?[1-9]|1[0-2])\s?[/-]\s?(?:20)?\d{2}(?![\d/-])"#)
        #expect(facts.minDigits == 3)
        #expect(facts.rarestSymbolSet == symbols("/-"))
        // An optional symbol, or one in only one branch, is not required.
        #expect(RegexFacts(of: #"a@?b"#).symbolSets.isEmpty)
        #expect(RegexFacts(of: #"a@b|ab"#).symbolSets.isEmpty)
        #expect(RegexFacts(of: #"a@b|a/b"#).rarestSymbolSet == symbols("@/"))
    }

    @Test func wordListAfterALookBehindGivesTheStarts() {
        let facts = RegexFacts(of: #"(?<![\p{L}\p{N}])(?:hba1c|blutzucker|blood (?:sugar|glucose))\s*[:=]?\s*\d"#)
        #expect(facts.startsWith.map(Set.init) == ["hba1c", "blutzucker", "blood sugar", "blood glucose"])
        #expect(facts.minDigits == 1)
        // Without the look-behind that keeps letters and digits out, no starts.
        #expect(RegexFacts(of: #"(?:hba1c|blutzucker)\s*\d"#).startsWith == nil)
        // An optional word leaves the empty start, which says nothing.
        #expect(RegexFacts(of: #"(?<![\p{L}\p{N}])(?:dr\. )?müller"#).startsWith.map(Set.init) == ["dr. müller", "müller"])
        #expect(RegexFacts(of: #"(?<![\p{L}\p{N}])(?:abc)?\p{L}"#).startsWith == nil)
        #expect(RegexFacts(of: #"(?<![\p{L}\p{N}])(?:ab)?[12]"#).startsWith.map(Set.init) == ["ab1", "ab2", "1", "2"])
    }

    @Test func whatItCannotReadPromisesNothing() {
        for regex in [#"(?i)\d{5}"#, #"(\d)\1\d{4}"#, #"\d{5}\K\d"#, #"(?x) \d{5}"#, #"\d{5}(?#comment)"#, #"[\d"#, #"\Q123\E45"#] {
            #expect(RegexFacts(of: regex) == .none, "\(regex)")
        }
    }

    @Test func quantifiersOfEveryForm() {
        #expect(RegexFacts(of: #"\d{3,}"#).minDigits == 3)
        #expect(RegexFacts(of: #"\d{,3}"#).minDigits == 0)
        #expect(RegexFacts(of: #"\d+?\d*+\d?"#).minDigits == 1)
        #expect(RegexFacts(of: #"(?:\d{2}){3}"#).minDigits == 6)
        // A brace that is no quantifier is a literal.
        #expect(RegexFacts(of: #"\d{x}"#).rarestSymbolSet == symbols("{"))
    }

    /// A match that starts with a run of ASCII letters and digits after the look-behind that
    /// keeps them out gives that run's lengths, when the run ends inside the match or at a
    /// look-ahead that keeps them out too; anything else, or a `|` outside its groups, says nothing.
    @Test func lengthsOfTheFirstWord() {
        let bic = #"(?<![\p{L}\p{N}])[a-z]{4}(?:de|at)[a-z0-9]{2}(?:[a-z0-9]{3})?(?![\p{L}\p{N}])"#
        #expect(RegexFacts(of: bic).firstWordLengths == [8, 11])
        #expect(RegexFacts(of: bic).firstWordHoldsLetter && RegexFacts(of: bic).firstWordIsWholeMatch)
        #expect(!RegexFacts(of: #"(?<![\p{L}\p{N}])[a-z0-9]{9}(?![\p{L}\p{N}])"#).firstWordHoldsLetter)
        let serial = #"(?<![\p{L}\p{N}])(?=(?:[a-z]*[0-9]){2})[lmn][c-z0-9]{8}(?![\p{L}\p{N}])"#
        #expect(RegexFacts(of: serial).firstWordLengths == [9])
        #expect(RegexFacts(of: #"(?<![\p{L}\p{N}])\d{2,4}x?(?![\p{L}\p{N}])"#).firstWordLengths == [2, 3, 4, 5])
        // The first word ends at a space inside the match: no look-ahead needed.
        let grouped = RegexFacts(of: #"(?<![\p{L}\p{N}])[a-z]\d{2} \d{2}"#)
        #expect(grouped.firstWordLengths == [3] && grouped.firstWordHoldsLetter && grouped.firstWordHoldsDigit && !grouped.firstWordIsWholeMatch)
        // A separator that may come first, an unbounded repeat, a missing bound, a top-level branch, a non-ASCII class.
        for regex in [#"(?<![\p{L}\p{N}])[a-z0-9-]{8}(?![\p{L}\p{N}])"#,
                      #"(?<![\p{L}\p{N}])\d+(?![\p{L}\p{N}])"#, #"(?<![\p{L}\p{N}])\d{8}"#, #"\d{8}(?![\p{L}\p{N}])"#,
                      #"(?<![\p{L}\p{N}])\d{8}|\d{9}(?![\p{L}\p{N}])"#, #"(?<![\p{L}\p{N}])\p{L}{8}(?![\p{L}\p{N}])"#,
                      #"(?<![\p{L}\p{N}])\d{8}(?![0-9])"#] {
            #expect(RegexFacts(of: regex).firstWordLengths.isEmpty, "\(regex)")
        }
    }

    /// Digit runs as the prefilter's profile counts them (one space or separator may stand
    /// between two digits of a run): the longest every match holds, and the whole runs' lengths
    /// when the look-arounds forbid a digit, or a separator and a digit, on either side.
    @Test func digitRunsOfAMatch() {
        let taxID = RegexFacts(of: #"(?<![\p{L}\p{N}+])(?<![0-9][ .\-/])[1-9](?:[ .\-]?[0-9]){10}(?![ .\-/]?[0-9])"#)
        #expect(taxID.digitRunLengths == [11] && taxID.minDigitRun == 11)
        let pension = RegexFacts(of: #"(?<![\p{L}\p{N}])(?<![0-9][ .\-/])[0-9]{2}[ .\-/]?[0-9]{6}[ .\-/]?[a-z][ .\-/]?[0-9]{2}[ .\-/]?[0-9](?![\p{L}\p{N}])(?![ .\-/][0-9])"#)
        #expect(pension.digitRunLengths == [8] && pension.minDigitRun == 8)
        let dni = RegexFacts(of: #"(?<![\p{L}\p{N}])(?<![0-9][ .\-/])(?:[0-9]{8}|[0-9]{2}[ .\-/][0-9]{3}[ .\-/][0-9]{3})[ .\-/]?[trw](?![\p{L}\p{N}])"#)
        #expect(dni.digitRunLengths == [8])
        // Two separators end a run; a space counts for the stretch without one.
        let spaced = RegexFacts(of: #"\d{3} - \d{4}"#)
        #expect(spaced.minDigitRun == 4 && spaced.minTokenLength == 4 && spaced.digitRunLengths.isEmpty)
        // Without the look-behind against a digit and a separator, the run may go on before the match.
        #expect(RegexFacts(of: #"(?<![\p{L}\p{N}])[0-9]{9}(?![ .\-/]?[0-9])"#).digitRunLengths.isEmpty)
        #expect(RegexFacts(of: #"(?<![\p{L}\p{N}])(?<![0-9][ .\-/])[0-9]{9}(?![0-9])"#).digitRunLengths.isEmpty)
        // A letter-or-digit class makes the runs unknown; the longest sure run stays.
        let mixed = RegexFacts(of: #"(?<![\p{L}\p{N}])(?<![0-9][ .\-/])[0-9]{4}[0-9a-z](?![ .\-/]?[0-9])"#)
        #expect(mixed.digitRunLengths.isEmpty && mixed.minDigitRun == 4)
    }

    /// Each built-in rule's derived facts hold for its examples (the prefilter test checks the
    /// facts together with the declared promises; this names what was derived).
    @Test func builtInRulesGainFacts() throws {
        let scanner = try MessageScanner()
        #expect(scanner.prefilter(ofRule: "email")?.thresholds.symbols == symbols("@"))
        #expect(scanner.prefilter(ofRule: "phone-national-unformatted")?.minDigits == 10)
        #expect(scanner.prefilter(ofRule: "payment-card")?.minDigits == 12)
        #expect(scanner.prefilter(ofRule: "bic-registered")?.firstWordLengths == [8, 11])
        #expect(scanner.prefilter(ofRule: "bic-registered")?.firstWordHolds == [.letter])
        // Its digits come from the author's `min_digits`, its letter from the first class.
        #expect(scanner.prefilter(ofRule: "de-id-card-unlabelled")?.firstWordHolds == [.letter, .digit])
    }
}
