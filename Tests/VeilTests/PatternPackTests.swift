import Foundation
import Testing
@testable import Veil

@Suite("Pattern packs")
struct PatternPackTests {
    @Test("every rule's examples and counter-examples hold")
    func ruleExamples() throws {
        let scanner = try MessageScanner()
        let failures = scanner.verifyRuleExamples()
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// The loader refuses a rule without examples; counter-examples it leaves to the author,
    /// but every built-in rule carries some.
    @Test("every built-in rule has counter-examples")
    func rulesCarryCounterExamples() throws {
        for rule in try MessageScanner().rules {
            #expect(!rule.counterExamples.isEmpty, "\(rule.id) has no counter-examples")
        }
    }

    @Test("the embedded packs equal the files in patterns/")
    func embeddedPacksMatchPatternsFolder() throws {
        let patterns = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../patterns").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: patterns.path)
            .filter { $0.hasSuffix(".toml") && $0 != "scoring.toml" }.sorted()
        #expect(files.map { String($0.dropLast(5)) } == EmbeddedPacks.packs.map(\.name),
                "run python3 scripts/embed-packs.py")
        for (file, embedded) in zip(files, EmbeddedPacks.packs) {
            let text = try String(contentsOf: patterns.appending(path: file), encoding: .utf8)
            #expect(text == embedded.toml, "\(file) differs from its embedded copy: run python3 scripts/embed-packs.py")
        }
        let scoring = try String(contentsOf: patterns.appending(path: "scoring.toml"), encoding: .utf8)
        #expect(scoring == EmbeddedPacks.scoring)
    }

    @Test("a broken regex names the file, the rule, PCRE2's message and offset")
    func brokenRegex() throws {
        let path = URL(filePath: #filePath).deletingLastPathComponent()
            .appending(path: "../Fixtures/broken-regex.toml").standardized.path
        let pack = try PatternPack(contentsOfFile: path)
        #expect {
            try MessageScanner(packs: [pack])
        } throws: { error in
            let description = "\(error)"
            return description.contains("broken-regex.toml") && description.contains("bad-group")
                && description.contains("missing closing parenthesis") && description.contains("offset 4")
        }
    }

    @Test("a syntax error names the file and line")
    func syntaxError() {
        #expect(throws: PackError(source: "x.toml", ruleID: nil, line: 4, message: "unterminated string")) {
            try PatternPack(toml: "[pack]\nname = \"x\"\n[[rule]]\nid = 'oops\n", source: "x.toml")
        }
    }

    @Test("unknown fields, categories and validators are rejected")
    func rejectsUnknowns() throws {
        let base = """
            [pack]
            name = "p"
            [[rule]]
            id = "r"
            type = "T"
            regex = 'x'
            confidence = 0.5
            severity = 0.5
            examples = ["x"]
            """
        #expect(throws: PackError.self) { try PatternPack(toml: base + "\ncategory = \"NOPE\"", source: "p") }
        #expect(throws: PackError.self) { try PatternPack(toml: base + "\ncategory = \"ID\"\nconfidense = 1", source: "p") }
        // A rule that needs a context word but lists none could never report anything.
        #expect(throws: PackError(source: "p", ruleID: "r", line: nil, message: "'requires_context' needs words in 'context'")) {
            try PatternPack(toml: base + "\ncategory = \"ID\"\nrequires_context = true", source: "p")
        }
        let pack = try PatternPack(toml: base + "\ncategory = \"ID\"\nvalidator = \"no-such\"", source: "p")
        #expect(throws: PackError.self) { try MessageScanner(packs: [pack]) }
    }

    @Test("rules refer to a pack's named context lists instead of pasting them")
    func namedContextLists() throws {
        func pack(context: String, lists: String = #"cues = ["ticket", "vorgang*"]"#) throws(PackError) -> PatternPack {
            try PatternPack(toml: """
                [pack]
                name = "p"
                [context_lists]
                \(lists)
                [[rule]]
                id = "r"
                category = "ID"
                type = "T"
                regex = '\\d{6}'
                confidence = 0.3
                severity = 0.5
                context = \(context)
                examples = ["Ticket «123456»"]
                """, source: "p.toml")
        }
        #expect(try pack(context: #"["nummer", "@cues"]"#).rules[0].context == ["nummer", "ticket", "vorgang*"])
        #expect(throws: PackError(source: "p.toml", ruleID: "r", line: nil,
                                  message: "'context' refers to '@other', which [context_lists] does not name; known: cues")) {
            try pack(context: #"["@other"]"#)
        }
        #expect(throws: PackError.self) { try pack(context: #"["@cues"]"#, lists: #"cues = ["@more"]"#) }
        // The built-in packs use them: nine rules of the health pack share one list of cues.
        let health = try PatternPack.builtIn().first { $0.name == "health" }!
        #expect(Dictionary(grouping: health.rules, by: \.context).values.map(\.count).max() == 9)
    }

    @Test("rules refer to a pack's named regex parts instead of pasting them; a wrong reference fails to load")
    func namedRegexParts() throws {
        let unitAndDose = "unit = 'mg|ml'\ndose = '\\d+\\s*{{unit}}'"
        func pack(_ rule: String, parts: String = unitAndDose) throws(PackError) -> PatternPack {
            try PatternPack(toml: """
                [pack]
                name = "p"
                [regex_parts]
                \(parts)
                [[rule]]
                id = "r"
                category = "HEALTH"
                type = "T"
                confidence = 0.3
                severity = 0.5
                examples = ["Dosis «40 mg»"]
                \(rule)
                """, source: "p.toml")
        }
        #expect(try pack("regex = '{{dose}}'").rules[0].matcher == .regex(#"(?:\d+\s*(?:mg|ml))"#))
        #expect(try pack("regex = 'x{2}{{unit}}'").rules[0].matcher == .regex("x{2}(?:mg|ml)"))
        func failure(_ rule: String, parts: String = "unit = 'mg'") -> String? {
            do { _ = try pack(rule, parts: parts) } catch { return error.message }
            return nil
        }
        #expect(failure("regex = '{{units}}'") == "'regex' refers to '{{units}}', which [regex_parts] does not name; known: unit")
        #expect(failure("regex = 'a{{b'") == #"'regex' has a '{{' that does not start a reference such as {{name}}; a literal brace pair is written \{\{"#)
        #expect(failure("regex = '{{a}}'", parts: "a = '{{b}}x'\nb = 'y{{a}}'") == "'regex' uses regex part 'a', which uses itself: a → b → a")
        #expect(failure("regex = 'x'", parts: "Unit = 'mg'") == "regex part 'Unit': a name is lower-case letters, digits and '_'")
        #expect(failure("regex = 'x'\nfollowed_by = ''") == "'followed_by' is empty")
        #expect(throws: PackError(source: "p.toml", ruleID: nil, line: nil,
                                  message: "unknown section 'regex_part'; a pack holds context_lists, lexicon, pack, regex_parts, rule")) {
            try PatternPack(toml: "[pack]\nname = \"p\"\n[regex_part]\nx = 'y'\n", source: "p.toml")
        }
        // The built-in phone rules share one extension part, and the expanded regex is what runs.
        let phone = try PatternPack.builtIn().first { $0.name == "phone" }!
        #expect(Set(phone.rules.compactMap(\.followedBy)).count == 1)
        #expect(phone.rules.allSatisfy { $0.followedBy?.contains("durchwahl") ?? true })
    }

    @Test("a published example next to a word saying so is not reported; the two fields go together")
    func specimens() throws {
        func pack(_ fields: String) throws(PackError) -> PatternPack {
            try PatternPack(toml: """
                [pack]
                name = "p"
                [[rule]]
                id = "r"
                category = "ID"
                type = "T"
                regex = '\\d{3}-\\d{3}'
                confidence = 0.9
                severity = 0.5
                \(fields)
                examples = ["Nummer «123-456»"]
                """, source: "p.toml")
        }
        let scanner = try MessageScanner(packs: [pack(#"specimens = ["123 456"]\#nspecimen_context = ["beispiel*"]"#)])
        #expect(try scanner.redact("Beispielnummer 123-456") == "Beispielnummer 123-456")
        #expect(try scanner.redact("meine Nummer 123-456") == "meine Nummer [T]")
        #expect(try scanner.redact("zum Beispiel 123-457") == "zum Beispiel [T]")
        #expect(throws: PackError(source: "p.toml", ruleID: "r", line: nil,
                                  message: "'specimens' and 'specimen_context' go together: the words say when a specimen is quoted as an example")) {
            try pack(#"specimens = ["123 456"]"#)
        }
        #expect(throws: PackError.self) { try pack(#"specimens = [" - "]\#nspecimen_context = ["beispiel"]"#) }
        // The built-in IBAN, card and ID rules know the documentation's examples; a specimen the
        // validator rejects (an SSN that SSA voided) still beats the readings inside it.
        let builtIn = try MessageScanner()
        for text in ["Im Formular steht als Beispiel DE89 3704 0044 0532 0130 00, soll ich das überschreiben?",
                     "the test card 4242 4242 4242 4242 from your docs is declined",
                     "auf dem Musterausweis steht L01X00T47, wo finde ich meine Nummer?",
                     "the leaflet uses 078-05-1120 as the example, where do I find mine?"] {
            #expect(try builtIn.redact(text) == text)
        }
        #expect(try builtIn.redact("my SSN is 078-05-1120") != "my SSN is 078-05-1120")
    }

    @Test("'own_subject' is weighed against 'other_subject' and does not load without it")
    func ownSubjectNeedsOtherSubject() throws {
        func pack(_ fields: String) throws(PackError) -> PatternPack {
            try PatternPack(toml: """
                [pack]
                name = "p"
                [[lexicon]]
                id = "r"
                category = "HEALTH"
                type = "SYMPTOM"
                words = ["durchfall"]
                confidence = 0.9
                severity = 0.5
                context = ["seit", "ich", "unser"]
                \(fields)
                examples = ["ich habe «Durchfall»"]
                """, source: "p.toml")
        }
        #expect(throws: PackError(source: "p.toml", ruleID: "r", line: nil,
                                  message: "'own_subject' is weighed against 'other_subject', which is empty")) {
            try pack(#"own_subject = ["ich"]"#)
        }
        let weighed = try MessageScanner(packs: [pack(#"other_subject = ["hund"]\#nown_subject = ["ich", "unser"]"#)])
        let unweighed = try MessageScanner(packs: [pack(#"other_subject = ["hund"]"#)])
        #expect(try weighed.redact("unser Hund hat seit gestern Durchfall") == "unser Hund hat seit gestern Durchfall")
        #expect(try unweighed.redact("unser Hund hat seit gestern Durchfall") == "unser Hund hat seit gestern [SYMPTOM]")
        #expect(try weighed.redact("der Hund und ich haben Durchfall") == "der Hund und ich haben [SYMPTOM]")
    }

    @Test("'general_context' drops a term only in a message without an 'own_subject' word, and needs one to load")
    func generalContextIsWeighedAgainstOwnSubject() throws {
        func pack(_ fields: String) throws(PackError) -> PatternPack {
            try PatternPack(toml: """
                [pack]
                name = "p"
                [[lexicon]]
                id = "r"
                category = "HEALTH"
                type = "MEDICATION"
                words = ["paracetamol"]
                confidence = 0.9
                severity = 0.5
                \(fields)
                examples = ["ich nehme «Paracetamol»"]
                """, source: "p.toml")
        }
        #expect(throws: PackError(source: "p.toml", ruleID: "r", line: nil,
                                  message: "'general_context' is weighed against 'own_subject', which is empty")) {
            try pack(#"general_context = ["rezeptfrei"]"#)
        }
        let scanner = try MessageScanner(packs: [pack(#"""
            other_subject = ["hund"]
            own_subject = ["ich", "meine"]
            general_context = ["rezeptfrei", "preis"]
            """#)])
        #expect(try scanner.redact("Ist Paracetamol rezeptfrei?") == "Ist Paracetamol rezeptfrei?")
        #expect(try scanner.redact("Ist Paracetamol rezeptfrei? Meine Tochter hat Fieber") == "Ist [MEDICATION] rezeptfrei? Meine Tochter hat Fieber")
        // the words that say whose count anywhere in the message, the general ones only near the term
        #expect(try scanner.redact("Der Preis für Paracetamol ist zum Kotzen, 134,00 EUR statt 100,90 EUR, und ich brauche es jeden Tag")
                == "Der Preis für [MEDICATION] ist zum Kotzen, 134,00 EUR statt 100,90 EUR, und ich brauche es jeden Tag")
        #expect(try scanner.redact("Paracetamol bitte.") == "[MEDICATION] bitte.")
    }

    @Test("a loaded pack replaces a built-in rule with the same id")
    func replacesRules() throws {
        var packs = try PatternPack.builtIn()
        packs.append(try PatternPack(toml: """
            [pack]
            name = "override"
            [[rule]]
            id = "email"
            category = "CONTACT"
            type = "MAIL"
            regex = '''[a-z]+@[a-z]+\\.de'''
            confidence = 0.9
            severity = 0.2
            examples = ["«a@b.de»"]
            """, source: "override.toml"))
        let scanner = try MessageScanner(packs: packs)
        #expect(scanner.rules.filter { $0.id == "email" }.count == 1)
        #expect(try scanner.redact("mail a@b.de") == "mail [MAIL]")
    }
}

@Suite("TOML subset")
struct TOMLSubsetTests {
    @Test func parsesThePackShapes() throws {
        let table = try TOMLSubsetParser.parse(#"""
            # comment
            [pack]
            name = "n" # trailing
            [[rule]]
            id = 'a\b'
            list = [
              "x\u00e4",  # comment inside
              'y',
            ]
            regex = '''(?<v>\d+)'''
            multi = """
            one \
              two"""
            number = 0.25
            count = 1_000
            flag = true
            [[rule]]
            id = "second"
            """#)
        guard case .array(let rules)? = table["rule"], case .table(let first) = rules[0] else {
            Issue.record("no rules"); return
        }
        #expect(rules.count == 2)
        #expect(first["id"] == .string(#"a\b"#))
        #expect(first["list"] == .array([.string("xä"), .string("y")]))
        #expect(first["regex"] == .string(#"(?<v>\d+)"#))
        #expect(first["multi"] == .string("one two"))
        #expect(first["number"] == .float(0.25))
        #expect(first["count"] == .integer(1000))
        #expect(first["flag"] == .boolean(true))
    }

    @Test func rejectsDuplicatesAndInlineTables() {
        #expect(throws: TOMLSyntaxError.self) { try TOMLSubsetParser.parse("a = 1\na = 2") }
        #expect(throws: TOMLSyntaxError.self) { try TOMLSubsetParser.parse("a = {b = 1}") }
        #expect(throws: TOMLSyntaxError.self) { try TOMLSubsetParser.parse("a = 1 b") }
    }

    /// A line-ending backslash joins lines only in a multi-line string; elsewhere `\ ` is an
    /// unknown escape.
    @Test func lineEndingBackslashOnlyInMultiLineStrings() throws {
        #expect(throws: TOMLSyntaxError.self) { try TOMLSubsetParser.parse("a = \"x\\ y\"") }
        #expect(try TOMLSubsetParser.parse("a = \"\"\"x\\\n   y\"\"\"")["a"] == .string("xy"))
    }
}
