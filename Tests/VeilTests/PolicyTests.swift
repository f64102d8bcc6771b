import Testing
@testable import Veil

/// What happens to a finding: pseudonyms, sealed tokens, allowed values, withholding.
@Suite("Redaction policy: pseudonyms, reversible tokens, allow-lists")
struct PolicyTests {
    static let scanner = try! MessageScanner()
    static let key = try! VeilKey(bytes: Array("0123456789abcdef0123456789abcdef".utf8))
    static let otherKey = try! VeilKey(bytes: Array("fedcba9876543210fedcba9876543210".utf8))

    /// The tokens a policy writes for the findings of `text`, in order.
    static func tokens(_ text: String, _ style: RedactionStyle) throws -> [String] {
        let redacted = try scanner.redact(text, policy: RedactionPolicy(style))
        return redacted.split(separator: "[").dropFirst().map { "[" + $0.prefix { $0 != "]" } + "]" }
    }

    /// The same IBAN, phone number and e-mail address, each typed three ways.
    static let spellings = [
        "IBAN DE89 3704 0044 0532 0130 00, Tel. 0151 23456789, Mail Erika.Mustermann@example.de",
        "IBAN de89370400440532013000, Tel. +49 151 23456789, Mail erika.mustermann@EXAMPLE.DE",
        "IBAN DE89-3704-0044-0532-0130-00, Tel. 0049 (0)151 2345 6789, Mail erika.mustermann@example.de",
    ]

    @Test func oneValueOneTokenHoweverItIsTyped() throws {
        let style = RedactionStyle.pseudonym(Pseudonymizer(key: Self.key))
        let tokens = try Self.spellings.map { try Self.tokens($0, style) }
        #expect(tokens[0].count == 3)
        #expect(tokens[0].map { $0.prefix(while: { $0 != ":" }) } == ["[IBAN", "[PHONE", "[EMAIL"])
        #expect(tokens[1] == tokens[0] && tokens[2] == tokens[0], "\(tokens)")
        #expect(Set(tokens[0]).count == 3)
    }

    @Test func otherScopesAndKeysGiveOtherTokens() throws {
        let text = Self.spellings[0]
        let global = try Self.tokens(text, .pseudonym(Pseudonymizer(key: Self.key)))
        let daily = try Self.tokens(text, .pseudonym(Pseudonymizer(key: Self.key, scope: "2026-12-04")))
        let otherKey = try Self.tokens(text, .pseudonym(Pseudonymizer(key: Self.otherKey)))
        for (index, token) in global.enumerated() {
            #expect(daily[index] != token && otherKey[index] != token)
        }
    }

    /// Scopes resolved per message: one token within a conversation, another in the next one.
    @Test func perConversationScopes() throws {
        var policy = RedactionPolicy(.pseudonym(Pseudonymizer(key: Self.key, scope: "conversation")))
        #expect(policy.hasPerMessageScope)
        let text = "IBAN DE89 3704 0044 0532 0130 00"
        let first = try Self.scanner.redact(text, policy: policy.resolved(conversation: "chat 1"))
        let again = try Self.scanner.redact("IBAN de89370400440532013000", policy: policy.resolved(conversation: "chat 1"))
        let other = try Self.scanner.redact(text, policy: policy.resolved(conversation: "chat 2"))
        #expect(first == again && first != other)
        #expect(first == (try Self.scanner.redact(text, policy: RedactionPolicy(.pseudonym(Pseudonymizer(key: Self.key, scope: "conversation:chat 1"))))))
        policy = RedactionPolicy(.pseudonym(Pseudonymizer(key: Self.key)))
        #expect(!policy.hasPerMessageScope)
    }

    @Test func aShortKeyIsRefused() {
        #expect(throws: KeyError.tooShort(31)) { try VeilKey(bytes: Array(repeating: 1, count: 31)) }
    }

    /// Sealed tokens open to exactly the value, and a token changed anywhere does not open.
    @Test func sealedTokensRevealTheValueAndRefuseChanges() throws {
        let sealer = TokenSealer(key: Self.key)
        let text = "Bitte an DE89 3704 0044 0532 0130 00 überweisen, Rückruf 0151 23456789. Ich habe Migräne."
        let sealed = try Self.scanner.redact(text, policy: RedactionPolicy(.seal(sealer)))
        #expect(!sealed.contains("3704") && !sealed.contains("Migräne"))
        #expect(try sealer.reveal(sealed) == text)
        #expect(throws: RevealError.self) { try TokenSealer(key: Self.otherKey).reveal(sealed) }
        // Every character of the first token's payload changed in turn, and its type.
        let token = try #require(sealed.split(separator: "[").dropFirst().first.map { "[" + $0.prefix { $0 != "]" } + "]" })
        let payloadStart = try #require(token.range(of: ":enc:")).upperBound
        for index in token[payloadStart...].indices.dropLast() {
            let replacement: Character = token[index] == "A" ? "B" : "A"
            var changed = token
            changed.replaceSubrange(index...index, with: String(replacement))
            #expect(throws: RevealError.self) { try sealer.reveal(sealed.replacingOccurrences(of: token, with: changed)) }
        }
        #expect(throws: RevealError.self) { try sealer.reveal(sealed.replacingOccurrences(of: "[IBAN:enc:", with: "[BIC:enc:")) }
    }

    @Test func allowedValuesAreNeitherRedactedNorReported() throws {
        var policy = RedactionPolicy()
        policy.allowedValues = ["DE89370400440532013000", "+49 30 901820"]
        let text = "Unsere IBAN: DE89 3704 0044 0532 0130 00, Hotline 030 901820, Ihre Nummer 0151 23456789"
        let result = try Self.scanner.scan(text, policy: policy)
        #expect(result.redacted(text, policy: policy) == "Unsere IBAN: DE89 3704 0044 0532 0130 00, Hotline 030 901820, Ihre Nummer [PHONE]")
        #expect(result.findings.map(\.type) == ["PHONE"])
    }

    @Test func withholdingFollowsTheRisk() {
        var policy = RedactionPolicy()
        policy.withholdFrom = .high
        #expect(policy.withholds(Risk(score: 90, level: .critical, byCategory: [:])))
        #expect(!policy.withholds(Risk(score: 30, level: .medium, byCategory: [:])))
        #expect(!RedactionPolicy().withholds(Risk(score: 100, level: .critical, byCategory: [:])))
    }

    @Test(arguments: [("DE89 3704 0044 0532 0130 00", Category.iban, nil as String?, "DE89370400440532013000"),
                      ("0151 23456789", .phone, "DE", "+4915123456789"), ("+49 (0)151 23456789", .phone, "DE", "+4915123456789"),
                      ("(305) 581-5784", .phone, "US", "+13055815784"), ("Erika@Example.DE", .contact, nil, "erika@example.de"),
                      ("Migräne", .health, nil, "migraene")])
    func canonicalForms(value: String, category: Veil.Category, region: String?, expected: String) {
        let finding = Finding(category: category, type: "T", ruleID: "r", utf8Range: 0..<value.utf8.count, confidence: 1,
                                  isValidated: true, detail: region.map { FindingDetail(region: $0, kind: "mobile") })
        var value = value
        #expect(value.withUTF8 { CanonicalValue.of($0, finding: finding) } == expected)
    }

    /// A company's service numbers (toll-free, shared-cost, premium-rate) are no one's personal
    /// number: by default they stay, in the library and through `veil`; a policy that keeps no
    /// phone types redacts them, and a customer's own number is redacted either way.
    @Test func businessNumbersStayUnlessThePolicySaysOtherwise() throws {
        let text = "Eure Hotline 0800 973 3846 ist besetzt, Service 01806 123456, your line 1-800-430-4653; mich erreichen Sie unter 0151 23456789."
        #expect(try Self.scanner.redact(text) == "Eure Hotline 0800 973 3846 ist besetzt, Service 01806 123456, your line 1-800-430-4653; mich erreichen Sie unter [PHONE].")
        let file = try PolicyFile(toml: "keep_phone_types = []", source: "test.toml", key: nil)
        #expect(try Self.scanner.redact(text, policy: file.policy)
                == "Eure Hotline [PHONE] ist besetzt, Service [PHONE], your line [PHONE]; mich erreichen Sie unter [PHONE].")
        let kinds = try Self.scanner.scan(text, policy: .allFindings).findings.compactMap(\.detail?.kind)
        #expect(kinds == ["toll_free", "shared_cost", "toll_free", "mobile"])
    }

    /// A policy file: operators by category and type, a minimum confidence, allowed values and
    /// patterns, deny terms found as any word of a pack is.
    @Test func aPolicyFileIsApplied() throws {
        let file = try PolicyFile(toml: """
            operator = "label"
            allow = ["+49 30 901820"]
            allow_patterns = ['GB33BUKB\\d+']
            deny_terms = ["Projekt Falke"]

            [category.HEALTH]
            operator = "mask"

            [type.PHONE]
            operator = "pseudonym"
            """, source: "test.toml", key: Self.key)
        let scanner = try MessageScanner(packs: PatternPack.builtIn() + [try #require(file.denyPack)])
        let text = "Projekt Falke: Tel. 0151 23456789, Hotline 030 901820, IBAN DE89 3704 0044 0532 0130 00, GB33BUKB20201555555555. Ich habe Migräne."
        let phone = Pseudonymizer(key: Self.key).token(type: "PHONE", canonical: "+4915123456789")
        #expect(try scanner.redact(text, policy: file.policy)
                == "[DENY_TERM]: Tel. \(phone), Hotline 030 901820, IBAN [IBAN], GB33BUKB20201555555555. Ich habe ***räne.")
    }

    @Test(arguments: [("operator = \"shred\"", "'operator' must be one of"), ("[category.FOO]\nmin_confidence = 0.5", "unknown category 'FOO'"),
                      ("[category.HEALTH]\nmin_confidence = 2", "between 0 and 1"), ("colour = \"red\"", "unknown field 'colour'"),
                      ("[type.IBAN]\noperator = \"encrypt\"", "needs a key"), ("allow_patterns = ['(']", "does not compile"),
                      ("withhold_from = \"none\"", "'withhold_from' must be one of"),
                      ("keep_phone_types = [\"tollfree\"]", "keep_phone_types: unknown type 'tollfree'")])
    func aBadPolicyFileIsAnError(toml: String, message: String) {
        #expect { try PolicyFile(toml: toml, source: "bad.toml", key: nil) } throws: { error in
            "\(error)".contains(message) && "\(error)".hasPrefix("bad.toml: ")
        }
    }
}
