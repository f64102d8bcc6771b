import FoundationEssentials

extension PatternPack {
    /// Reads a pack from TOML text. `source` names the file in error messages.
    public init(toml text: String, source: String) throws(PackError) {
        let document: TOMLTable
        do {
            document = try TOMLSubsetParser.parse(text)
        } catch {
            throw PackError(source: source, ruleID: nil, line: error.line, message: error.message)
        }
        var fields = FieldReader(table: document["pack"].flatMap(\.table) ?? TOMLTable(), source: source, ruleID: nil)
        name = try fields.string("name")
        description = try fields.optionalString("description") ?? ""
        self.source = source
        if let unknown = document.keys.sorted().first(where: { !Self.sections.contains($0) }) {
            throw PackError(source: source, ruleID: nil, line: nil,
                            message: "unknown section '\(unknown)'; a pack holds \(Self.sections.sorted().joined(separator: ", "))")
        }
        let shared = SharedParts(contextLists: try Self.contextLists(in: document, source: source),
                                 regexParts: try Self.regexParts(in: document, source: source))
        var rules: [Rule] = []
        for (key, isLexicon) in [("rule", false), ("lexicon", true)] {
            guard case .array(let entries)? = document[key] else { continue }
            for case .table(let table) in entries {
                let rule = try Rule(table: table, source: source, isLexicon: isLexicon, shared: shared)
                // Two rules with one id: the second would silently replace the first.
                guard !rules.contains(where: { $0.id == rule.id }) else {
                    throw PackError(source: source, ruleID: rule.id, line: nil, message: "a second rule with the same id")
                }
                rules.append(rule)
            }
        }
        guard !rules.isEmpty else {
            throw PackError(source: source, ruleID: nil, line: nil, message: "the pack has no [[rule]] or [[lexicon]] entries")
        }
        self.rules = rules
    }

    /// The pack's `[context_lists]`: named lists of context words that rules refer to as
    /// `"@name"` in `context` and `negative_context` instead of pasting them.
    private static func contextLists(in document: TOMLTable, source: String) throws(PackError) -> [String: [String]] {
        guard let value = document["context_lists"] else { return [:] }
        guard let table = value.table else {
            throw PackError(source: source, ruleID: nil, line: nil, message: "[context_lists] must be a table of lists")
        }
        var fields = FieldReader(table: table, source: source, ruleID: nil)
        var lists: [String: [String]] = [:]
        for name in table.keys.sorted() {
            let words = try fields.strings(name)
            if let reference = words.first(where: { $0.hasPrefix("@") }) {
                throw fields.error("context list '\(name)' refers to '\(reference)': lists hold words, not other lists")
            }
            lists[name] = words
        }
        return lists
    }

    /// The pack's `[regex_parts]`: named pieces of regex that rules write as `{{name}}` in `regex`,
    /// `preceded_by` and `followed_by` instead of pasting them. A part may use parts itself.
    private static func regexParts(in document: TOMLTable, source: String) throws(PackError) -> [String: String] {
        guard let value = document["regex_parts"] else { return [:] }
        guard let table = value.table else {
            throw PackError(source: source, ruleID: nil, line: nil, message: "[regex_parts] must be a table of strings")
        }
        var fields = FieldReader(table: table, source: source, ruleID: nil)
        var parts: [String: String] = [:]
        for name in table.keys.sorted() {
            guard RegexParts.isName(name) else {
                throw fields.error("regex part '\(name)': a name is lower-case letters, digits and '_'")
            }
            parts[name] = try fields.string(name)
        }
        return parts
    }

    /// The sections a pack file may hold.
    private static let sections: Set<String> = ["pack", "context_lists", "regex_parts", "rule", "lexicon"]

    /// Reads a pack from a TOML file.
    public init(contentsOfFile path: String) throws(PackError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(filePath: path))
        } catch {
            throw PackError(source: path, ruleID: nil, line: nil, message: "cannot read the file: \(error)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw PackError(source: path, ruleID: nil, line: nil, message: "the file is not valid UTF-8")
        }
        try self.init(toml: text, source: path)
    }
}

extension Rule {
    init(table: TOMLTable, source: String, isLexicon: Bool, shared: SharedParts = SharedParts()) throws(PackError) {
        let contextLists = shared.contextLists
        var fields = FieldReader(table: table, source: source, ruleID: nil)
        id = try fields.string("id")
        fields.ruleID = id
        let categoryName = try fields.string("category")
        guard let category = Category(rawValue: categoryName) else {
            throw fields.error("unknown category '\(categoryName)'; one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.category = category
        type = try fields.string("type")
        description = try fields.optionalString("description") ?? ""
        if isLexicon {
            matcher = .lexicon(LexiconTerms(
                words: try fields.strings("words"), prefixes: try fields.strings("prefixes"),
                suffixes: try fields.strings("suffixes"), exclude: try fields.strings("exclude"),
                notTypos: try fields.strings("not_typos")))
        } else {
            guard let regex = try fields.regex("regex", parts: shared.regexParts) else { throw fields.error("'regex' is missing") }
            matcher = .regex(regex)
        }
        validator = try fields.optionalString("validator")
        confidence = try fields.unitInterval("confidence")
        severity = try fields.unitInterval("severity")
        context = try fields.contextWords("context", lists: contextLists)
        negativeContext = try fields.contextWords("negative_context", lists: contextLists)
        otherSubject = try fields.contextWords("other_subject", lists: contextLists)
        ownSubject = try fields.contextWords("own_subject", lists: contextLists)
        if !ownSubject.isEmpty && otherSubject.isEmpty {
            throw fields.error("'own_subject' is weighed against 'other_subject', which is empty")
        }
        generalContext = try fields.contextWords("general_context", lists: contextLists)
        if !generalContext.isEmpty && ownSubject.isEmpty {
            throw fields.error("'general_context' is weighed against 'own_subject', which is empty")
        }
        specimens = try fields.strings("specimens")
        specimenContext = try fields.contextWords("specimen_context", lists: contextLists)
        if let empty = specimens.first(where: { !$0.unicodeScalars.contains { $0.properties.numericType != nil || $0.properties.isAlphabetic } }) {
            throw fields.error("specimen '\(empty)' holds no letter or digit")
        }
        if specimens.isEmpty != specimenContext.isEmpty {
            throw fields.error("'specimens' and 'specimen_context' go together: the words say when a specimen is quoted as an example")
        }
        prefilter = Prefilter(minDigits: try fields.optionalCount("min_digits") ?? 0,
                              minDigitRun: try fields.optionalCount("min_digit_run") ?? 0,
                              digitRunLengths: try fields.counts("digit_run_lengths"),
                              minTokenLength: try fields.optionalCount("min_token_length") ?? 0,
                              mustContain: try fields.strings("must_contain"),
                              startsWith: try fields.strings("starts_with"),
                              firstWordHolds: try fields.strings("first_word_holds").map { (name) throws(PackError) in
                                  guard let kind = Prefilter.CharacterKind(rawValue: name) else {
                                      throw fields.error("'first_word_holds' lists 'letter' or 'digit', not '\(name)'")
                                  }
                                  return kind
                              },
                              firstWordLengths: try fields.counts("first_word_lengths"),
                              noSpaceBefore: try fields.optionalString("no_space_before"))
        if prefilter.mustContain.contains(where: \.isEmpty) { throw fields.error("'must_contain' may not hold an empty string") }
        if prefilter.startsWith.contains(where: \.isEmpty) { throw fields.error("'starts_with' may not hold an empty string") }
        if prefilter.digitRunLengths.contains(0) { throw fields.error("'digit_run_lengths' counts digits: 1 or more each") }
        if prefilter.firstWordLengths.contains(0) { throw fields.error("'first_word_lengths' counts characters: 1 or more each") }
        if let string = prefilter.noSpaceBefore, string.isEmpty || string.unicodeScalars.contains(where: \.properties.isWhitespace) {
            throw fields.error("'no_space_before' is a string without spaces")
        }
        requiresContext = try fields.optionalBool("requires_context") ?? false
        if requiresContext && context.isEmpty {
            throw fields.error("'requires_context' needs words in 'context'")
        }
        alsoHealth = try fields.optionalBool("also_health") ?? false
        precededBy = try fields.regex("preceded_by", parts: shared.regexParts)
        followedBy = try fields.regex("followed_by", parts: shared.regexParts)
        if !isLexicon && precededBy != nil {
            throw fields.error("'preceded_by' extends the words of a [[lexicon]] entry; a [[rule]] writes it into its regex")
        }
        examples = try fields.strings("examples")
        counterExamples = try fields.strings("counter_examples")
        if examples.isEmpty {
            throw fields.error("every rule needs at least one entry in 'examples'")
        }
        try fields.rejectUnknownKeys()
    }
}

/// What the rules of a pack may refer to by name instead of pasting it.
struct SharedParts {
    /// `[context_lists]`: named as `"@name"` in lists of context words.
    var contextLists: [String: [String]] = [:]
    /// `[regex_parts]`: named as `{{name}}` in regexes.
    var regexParts: [String: String] = [:]
}

/// Expands `{{name}}` references to a pack's regex parts.
enum RegexParts {
    /// Why a regex's references cannot be expanded, worded to follow the field's name.
    struct Failure: Error { let message: String }

    static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ASCII.isLowercaseAlphanumeric($0) || $0 == UInt8(ascii: "_") }
    }

    /// `regex` with each `{{name}}` replaced by `(?:` the part `)`, parts inside parts too:
    /// an unknown part, a part that uses itself, or a `{{` that starts no reference fails.
    static func expand(_ regex: String, parts: [String: String], using: [String] = []) throws(Failure) -> String {
        var expanded = ""
        var rest = regex[...]
        while let open = rest.range(of: "{{") {
            expanded += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}"),
                  case let name = String(rest[open.upperBound..<close.lowerBound]), isName(name) else {
                throw Failure(message: "has a '{{' that does not start a reference such as {{name}}; a literal brace pair is written \\{\\{")
            }
            guard let part = parts[name] else {
                throw Failure(message: "refers to '{{\(name)}}', which [regex_parts] does not name; known: \(parts.keys.sorted().joined(separator: ", "))")
            }
            guard !using.contains(name) else {
                throw Failure(message: "uses regex part '\(name)', which uses itself: \((using + [name]).joined(separator: " → "))")
            }
            expanded += "(?:" + (try expand(part, parts: parts, using: using + [name])) + ")"
            rest = rest[close.upperBound...]
        }
        return expanded + rest
    }
}

/// Reads typed fields of a TOML table, naming the pack and rule in every error.
private struct FieldReader {
    let table: TOMLTable
    let source: String
    var ruleID: String?
    private var used: Set<String> = []

    init(table: TOMLTable, source: String, ruleID: String?) {
        self.table = table
        self.source = source
        self.ruleID = ruleID
    }

    func error(_ message: String) -> PackError {
        PackError(source: source, ruleID: ruleID, line: nil, message: message)
    }

    mutating func optionalString(_ key: String) throws(PackError) -> String? {
        used.insert(key)
        switch table[key] {
        case nil: return nil
        case .string(let value)?: return value
        default: throw error("'\(key)' must be a string")
        }
    }

    mutating func string(_ key: String) throws(PackError) -> String {
        guard let value = try optionalString(key), !value.isEmpty else { throw error("'\(key)' is missing") }
        return value
    }

    mutating func optionalBool(_ key: String) throws(PackError) -> Bool? {
        used.insert(key)
        switch table[key] {
        case nil: return nil
        case .boolean(let value)?: return value
        default: throw error("'\(key)' must be true or false")
        }
    }

    mutating func optionalCount(_ key: String) throws(PackError) -> Int? {
        used.insert(key)
        switch table[key] {
        case nil: return nil
        case .integer(let value)? where value >= 0: return value
        default: throw error("'\(key)' must be a whole number, 0 or more")
        }
    }

    /// A list of whole numbers, 0 or more each; empty when the key is missing.
    mutating func counts(_ key: String) throws(PackError) -> [Int] {
        try list(key, of: "whole numbers, 0 or more") { value in
            if case .integer(let number) = value, number >= 0 { number } else { nil }
        }
    }

    mutating func unitInterval(_ key: String) throws(PackError) -> Double {
        used.insert(key)
        let value: Double
        switch table[key] {
        case .float(let number)?: value = number
        case .integer(let number)?: value = Double(number)
        case nil: throw error("'\(key)' is missing")
        default: throw error("'\(key)' must be a number")
        }
        guard (0...1).contains(value) else { throw error("'\(key)' must lie between 0 and 1, not \(value)") }
        return value
    }

    /// A regex with the pack's `{{name}}` parts expanded; nil when the key is missing, an error
    /// when it is empty.
    mutating func regex(_ key: String, parts: [String: String]) throws(PackError) -> String? {
        guard let text = try optionalString(key) else { return nil }
        guard !text.isEmpty else { throw error("'\(key)' is empty") }
        do {
            return try RegexParts.expand(text, parts: parts)
        } catch {
            throw self.error("'\(key)' \(error.message)")
        }
    }

    /// A list of strings; empty when the key is missing.
    mutating func strings(_ key: String) throws(PackError) -> [String] {
        try list(key, of: "strings") { value in
            if case .string(let string) = value { string } else { nil }
        }
    }

    /// A list of context words, each `"@name"` in it replaced by the words of the pack's context
    /// list of that name; an unknown name is an error.
    mutating func contextWords(_ key: String, lists: [String: [String]]) throws(PackError) -> [String] {
        var words: [String] = []
        for entry in try strings(key) {
            guard entry.hasPrefix("@") else {
                words.append(entry)
                continue
            }
            guard let list = lists[String(entry.dropFirst())] else {
                throw error("'\(key)' refers to '\(entry)', which [context_lists] does not name; known: \(lists.keys.sorted().joined(separator: ", "))")
            }
            words += list
        }
        return words
    }

    /// A list whose every element `element` accepts; empty when the key is missing.
    private mutating func list<Element>(_ key: String, of kind: String, _ element: (TOMLValue) -> Element?) throws(PackError) -> [Element] {
        used.insert(key)
        switch table[key] {
        case nil: return []
        case .array(let values)?:
            var elements: [Element] = []
            for value in values {
                guard let accepted = element(value) else { throw error("'\(key)' must be a list of \(kind)") }
                elements.append(accepted)
            }
            return elements
        default: throw error("'\(key)' must be a list of \(kind)")
        }
    }

    func rejectUnknownKeys() throws(PackError) {
        if let unknown = table.keys.first(where: { !used.contains($0) }) {
            throw error("unknown field '\(unknown)'")
        }
    }
}

extension TOMLValue {
    var table: TOMLTable? {
        if case .table(let table) = self { return table }
        return nil
    }
}
