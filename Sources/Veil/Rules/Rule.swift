/// The kind of sensitive data a finding belongs to.
public enum Category: String, Sendable, CaseIterable, Codable {
    /// Health data, a special category under GDPR Art. 9.
    case health = "HEALTH"
    /// Payment cards, their verification codes and expiry dates, BIC codes.
    case financial = "FINANCIAL"
    /// International bank account numbers.
    case iban = "IBAN"
    /// Telephone numbers.
    case phone = "PHONE"
    /// Identity numbers: tax IDs, ID cards, social-security numbers.
    case id = "ID"
    /// E-mail addresses.
    case contact = "CONTACT"

    /// Hashes the case, not its raw string (a raw-valued enum hashes its `rawValue` by
    /// default, and the policy looks up a style and a minimum confidence for every finding).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }

    /// The case's place in `allCases`.
    private var ordinal: Int {
        switch self {
        case .health: 0
        case .financial: 1
        case .iban: 2
        case .phone: 3
        case .id: 4
        case .contact: 5
        }
    }
}

/// One detection rule of a pattern pack: what to look for, how to check it, how much it weighs.
public struct Rule: Sendable, Equatable {
    /// Unique identifier, e.g. `iban`.
    public var id: String
    public var category: Category
    /// The label used in redacted text, e.g. `IBAN` gives `[IBAN]`.
    public var type: String
    public var description: String
    /// How the rule finds candidates.
    public var matcher: RuleMatcher
    /// Name of a validator (see `Validator`), or nil.
    public var validator: String?
    /// Confidence of a match before validation and context, 0...1.
    public var confidence: Double
    /// Weight of a finding of this rule in the message's risk, 0...1.
    public var severity: Double
    /// Words near a match that raise confidence (German and English, lower case).
    public var context: [String]
    /// Words near a match that lower confidence.
    public var negativeContext: [String]
    /// Words that say a match is about another subject than the person writing or someone
    /// close to them (a pet, people in general, the news, an advert): when one stands nearer
    /// to the match than every `ownSubject` word (every `context` word when none stands near), or
    /// when no `context` word stands near, the match is dropped.
    public var otherSubject: [String] = []
    /// Words that say whose health a match is: the writer's or someone close to them (`ich`,
    /// `my`, `meine Mutter`). Only these are weighed against `otherSubject`; a cue that says
    /// nothing of the subject ("seit gestern") does not keep a pet's diarrhoea in.
    public var ownSubject: [String] = []
    /// Words that say a message asks in general (a price, a wholesale order, a school quiz):
    /// with one near a match and no `ownSubject` word in the whole message, the match speaks of
    /// no one's health and is dropped ("Ist Paracetamol bei euch rezeptfrei?"); with one, it
    /// stands ("ist Tavor rezeptfrei? hab Panikattacken").
    public var generalContext: [String] = []
    /// Published example values (the IBAN of the banks' documentation, a card network's test
    /// number), as written or grouped: next to a `specimenContext` word ("Beispiel", "example")
    /// one is an example, not someone's value, and is not reported. Without such a word it is
    /// reported like any other value, since people and tests type them as their own.
    public var specimens: [String] = []
    /// Words that say a specimen is quoted as an example.
    public var specimenContext: [String] = []
    /// For a lexicon word: what may stand right before it and belongs to the finding (`severe`,
    /// `starke`), a regex over the normalised text that ends where the word starts.
    public var precededBy: String?
    /// For a lexicon word: what may follow it and belongs to the finding (a dose after a
    /// medicine, `50 mg`), a regex over the normalised text that starts where the word ends.
    public var followedBy: String?
    /// What every match contains, so that messages without it skip the regex (`min_digits`,
    /// `min_digit_run`, `digit_run_lengths`, `min_token_length`, `must_contain`, `starts_with`,
    /// `first_word_holds`, `first_word_lengths`, `no_space_before`).
    public var prefilter: Prefilter
    /// Whether a match without a context word is dropped.
    public var requiresContext: Bool
    /// Whether a finding also counts as health data in the risk score (a health-insurance number).
    public var alsoHealth: Bool
    /// Texts in which the rule must find something; `«…»` marks the exact expected span.
    public var examples: [String]
    /// Texts in which the rule must find nothing.
    public var counterExamples: [String]

    /// A rule built in code, with the meaning of a pack's `[[rule]]` (`matcher: .regex`) or
    /// `[[lexicon]]` (`.lexicon`) entry of the same fields. A `MessageScanner` compiles it as it
    /// compiles a pack's; check its examples with `MessageScanner.verifyRuleExamples(of:)`.
    /// A confidence or severity outside 0...1, or no example, is a programming error.
    public init(id: String, category: Category, type: String, description: String = "", matcher: RuleMatcher,
                validator: String? = nil, confidence: Double, severity: Double, context: [String] = [],
                negativeContext: [String] = [], otherSubject: [String] = [], ownSubject: [String] = [], generalContext: [String] = [], specimens: [String] = [],
                specimenContext: [String] = [], precededBy: String? = nil,
                followedBy: String? = nil, prefilter: Prefilter = Prefilter(), requiresContext: Bool = false,
                alsoHealth: Bool = false, examples: [String], counterExamples: [String] = []) {
        precondition((0...1).contains(confidence) && (0...1).contains(severity), "rule '\(id)': confidence and severity are between 0 and 1")
        precondition(!examples.isEmpty, "rule '\(id)': every rule needs at least one example")
        self.id = id
        self.category = category
        self.type = type
        self.description = description
        self.matcher = matcher
        self.validator = validator
        self.confidence = confidence
        self.severity = severity
        self.context = context
        self.negativeContext = negativeContext
        self.otherSubject = otherSubject
        self.ownSubject = ownSubject
        self.generalContext = generalContext
        self.specimens = specimens
        self.specimenContext = specimenContext
        self.precededBy = precededBy
        self.followedBy = followedBy
        self.prefilter = prefilter
        self.requiresContext = requiresContext
        self.alsoHealth = alsoHealth
        self.examples = examples
        self.counterExamples = counterExamples
    }
}

/// How a rule finds candidates in the normalised text.
public enum RuleMatcher: Sendable, Equatable {
    /// A PCRE2 pattern over the normalised text (NFKC, lower case, ASCII digits). A capture group
    /// named `value` narrows the finding to that group.
    case regex(String)
    /// Words, stems and compound heads, looked up word by word (a `[[lexicon]]` entry).
    case lexicon(LexiconTerms)
}

/// A named set of rules loaded from one file.
public struct PatternPack: Sendable, Equatable {
    public var name: String
    public var description: String
    /// Where the pack came from: a file path, or `builtin:NAME` for the embedded packs.
    public var source: String
    public var rules: [Rule]

    /// A pack built in code; `source` names it in error messages.
    public init(name: String, description: String = "", source: String, rules: [Rule]) {
        self.name = name
        self.description = description
        self.source = source
        self.rules = rules
    }
}
