import Foundation

/// A policy written by a data-protection officer (`veil --policy FILE`, documented in
/// POLICY.md): the operator per category and type, minimum confidences, allowed values and
/// patterns, extra terms to find, and the risk from which a message is withheld.
///
/// ```toml
/// operator = "label"                 # label, mask, pseudonym, encrypt or keep
/// withhold_from = "critical"          # low, medium, high or critical
/// allow = ["DE89 3704 0044 0532 0130 00", "+49 30 901820"]
/// allow_patterns = ['^\+49 30 9018\d{2}$']
/// keep_phone_types = ["toll_free"]    # default: toll_free, premium_rate, shared_cost, uan
/// deny_terms = ["Projekt Falke"]      # always found, as CONTACT / DENY_TERM
///
/// [category.HEALTH]
/// min_confidence = 0.6
///
/// [type.IBAN]
/// operator = "pseudonym"
/// ```
public struct PolicyFile: Sendable {
    public let policy: RedactionPolicy
    /// A pack of one lexicon rule finding `deny_terms`; nil without them. Add it to the scanner's packs.
    public let denyPack: PatternPack?

    /// Reads a policy. `key` is needed when an operator is `pseudonym` or `encrypt`, unless
    /// `writesValues` is false (findings are reported, not written: every operator is then
    /// checked and read as `label`); `pseudonymScope` overrides the file's `pseudonym_scope`.
    public init(toml text: String, source: String, key: VeilKey?, pseudonymScope: String? = nil,
                writesValues: Bool = true) throws(PolicyError) {
        let table: TOMLTable
        do { table = try TOMLSubsetParser.parse(text) } catch {
            throw PolicyError(source: source, message: "line \(error.line): \(error.message)")
        }
        var reader = PolicyReader(source: source, key: key, writesValues: writesValues)
        let known: Set<String> = ["operator", "withhold_from", "pseudonym_scope", "allow", "allow_patterns", "deny_terms",
                                  "keep_phone_types", "category", "type"]
        if let unknown = table.keys.first(where: { !known.contains($0) }) { throw reader.error("unknown field '\(unknown)'") }
        let fileScope = try reader.string(table["pseudonym_scope"], "pseudonym_scope")
        reader.scope = pseudonymScope ?? fileScope ?? "global"
        var policy = RedactionPolicy(try reader.style(table["operator"], "operator") ?? .label)
        if let level = try reader.string(table["withhold_from"], "withhold_from") {
            guard let risk = RiskLevel(rawValue: level), risk != .none else {
                throw reader.error("'withhold_from' must be one of low, medium, high, critical; not '\(level)'")
            }
            policy.withholdFrom = risk
        }
        policy.allowedValues = try reader.strings(table["allow"], "allow")
        if table["keep_phone_types"] != nil {
            let types = try reader.strings(table["keep_phone_types"], "keep_phone_types")
            let known = Set(PhoneNumberType.allCases.map(\.rawValue))
            if let unknown = types.first(where: { !known.contains($0) }) {
                throw reader.error("keep_phone_types: unknown type '\(unknown)'; one of \(PhoneNumberType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            policy.keptPhoneTypes = Set(types)
        }
        for pattern in try reader.strings(table["allow_patterns"], "allow_patterns") {
            do { policy.allowedPatterns.append(try AllowedPattern(pattern)) } catch {
                throw reader.error("allow_patterns: \(error.message)")
            }
        }
        for (name, section) in try reader.sections(table["category"], "category") {
            guard let category = Category(rawValue: name) else {
                throw reader.error("unknown category '\(name)'; one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let style = try reader.style(section["operator"], "category.\(name).operator") { policy.stylesByCategory[category] = style }
            if let minimum = try reader.unitInterval(section["min_confidence"], "category.\(name).min_confidence") {
                policy.minimumConfidence[category] = minimum
            }
            try reader.rejectUnknown(in: section, allowed: ["operator", "min_confidence"], at: "category.\(name)")
        }
        for (name, section) in try reader.sections(table["type"], "type") {
            if let style = try reader.style(section["operator"], "type.\(name).operator") { policy.stylesByType[name] = style }
            try reader.rejectUnknown(in: section, allowed: ["operator"], at: "type.\(name)")
        }
        self.policy = policy
        let terms = try reader.strings(table["deny_terms"], "deny_terms").filter { !$0.isEmpty }
        denyPack = terms.isEmpty ? nil : try Self.denyPack(terms, source: source)
    }

    /// Reads the policy file at `path`.
    public init(contentsOfFile path: String, key: VeilKey?, pseudonymScope: String? = nil, writesValues: Bool = true) throws(PolicyError) {
        try self.init(toml: try Self.text(ofFile: path), source: path, key: key, pseudonymScope: pseudonymScope, writesValues: writesValues)
    }

    /// The file's text, for `needsKey` before the key is asked for.
    public static func text(ofFile path: String) throws(PolicyError) -> String {
        guard let data = try? Data(contentsOf: URL(filePath: path)), let text = String(validating: data, as: UTF8.self) else {
            throw PolicyError(source: path, message: "cannot read the file as UTF-8 text")
        }
        return text
    }

    /// Whether a policy's operators need a key: one of them is `pseudonym` or `encrypt`.
    public static func needsKey(toml text: String) -> Bool {
        ["\"pseudonym\"", "\"encrypt\"", "'pseudonym'", "'encrypt'"].contains { text.contains($0) }
    }

    /// One lexicon rule of the deny terms, as a pack (its TOML written here, so it is checked
    /// as any pack is).
    private static func denyPack(_ terms: [String], source: String) throws(PolicyError) -> PatternPack {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let toml = """
            [pack]
            name = "policy deny terms"

            [[lexicon]]
            id = "policy-deny-terms"
            category = "CONTACT"
            type = "DENY_TERM"
            description = "Terms the policy file lists under deny_terms"
            confidence = 1.0
            severity = 0.5
            words = [\(terms.map(quoted).joined(separator: ", "))]
            examples = [\(quoted(terms[0]))]
            """
        do {
            return try PatternPack(toml: toml, source: "\(source) (deny_terms)")
        } catch {
            throw PolicyError(source: source, message: "deny_terms: \(error)")
        }
    }
}

/// A policy file that could not be used, with the file named.
public struct PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    public let source: String
    public let message: String
    public var description: String { "\(source): \(message)" }
}

/// A value pattern of `allow_patterns`: a PCRE2 regex that must match a finding's whole value
/// as written (anchored at both ends).
public struct AllowedPattern: Sendable, Equatable {
    public let pattern: String
    private let compiled: PCRE2Pattern

    /// Compiles `pattern`; throws naming PCRE2's complaint and where.
    public init(_ pattern: String) throws(PolicyError) {
        self.pattern = pattern
        do {
            compiled = try PCRE2Pattern("(?:\(pattern))\\z", anchored: true, jit: false)
        } catch {
            throw PolicyError(source: "allow pattern", message: "'\(pattern)' does not compile: \(error.message) at offset \(error.offset)")
        }
    }

    /// Whether `value` matches the whole pattern (a value the pattern cannot decide within its
    /// match limit is not allowed).
    func matches(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        (try? compiled.firstMatch(in: value, from: 0, matchData: ScanScratch.current.validatorMatchData, limits: Self.limits)) != nil
    }

    private static let limits = PCRE2MatchLimits.shortSubjects

    public static func == (lhs: AllowedPattern, rhs: AllowedPattern) -> Bool { lhs.pattern == rhs.pattern }
}

/// Reads the typed fields of a policy file, naming the file in every error.
private struct PolicyReader {
    let source: String
    let key: VeilKey?
    let writesValues: Bool
    var scope = "global"

    func error(_ message: String) -> PolicyError { PolicyError(source: source, message: message) }

    func string(_ value: TOMLValue?, _ name: String) throws(PolicyError) -> String? {
        switch value {
        case nil: nil
        case .string(let text)?: text
        default: throw error("'\(name)' must be a string")
        }
    }

    func strings(_ value: TOMLValue?, _ name: String) throws(PolicyError) -> [String] {
        switch value {
        case nil: return []
        case .array(let values)?:
            var strings: [String] = []
            for value in values {
                guard case .string(let text) = value else { throw error("'\(name)' must be a list of strings") }
                strings.append(text)
            }
            return strings
        default: throw error("'\(name)' must be a list of strings")
        }
    }

    func unitInterval(_ value: TOMLValue?, _ name: String) throws(PolicyError) -> Double? {
        let number: Double
        switch value {
        case nil: return nil
        case .float(let value)?: number = value
        case .integer(let value)?: number = Double(value)
        default: throw error("'\(name)' must be a number")
        }
        guard (0...1).contains(number) else { throw error("'\(name)' must lie between 0 and 1") }
        return number
    }

    /// The tables under `[name.X]`, by X, in the file's order.
    func sections(_ value: TOMLValue?, _ name: String) throws(PolicyError) -> [(String, TOMLTable)] {
        guard let value else { return [] }
        guard case .table(let table) = value else { throw error("'\(name)' must hold tables such as [\(name).X]") }
        var sections: [(String, TOMLTable)] = []
        for key in table.keys {
            guard case .table(let section)? = table[key] else { throw error("'\(name).\(key)' must be a table") }
            sections.append((key, section))
        }
        return sections
    }

    func rejectUnknown(in table: TOMLTable, allowed: Set<String>, at name: String) throws(PolicyError) {
        if let unknown = table.keys.first(where: { !allowed.contains($0) }) { throw error("unknown field '\(name).\(unknown)'") }
    }

    /// The style an operator name stands for; pseudonym and encrypt need the key.
    func style(_ value: TOMLValue?, _ name: String) throws(PolicyError) -> RedactionStyle? {
        guard let operatorName = try string(value, name) else { return nil }
        switch operatorName {
        case "label": return .label
        case "mask": return .mask
        case "keep": return .keep
        case "pseudonym", "encrypt":
            guard writesValues else { return .label }
            guard let key else { throw error("'\(name)' is \(operatorName), which needs a key (--key-file or VEIL_KEY)") }
            return operatorName == "pseudonym" ? .pseudonym(Pseudonymizer(key: key, scope: scope)) : .seal(TokenSealer(key: key))
        default:
            throw error("'\(name)' must be one of label, mask, pseudonym, encrypt, keep; not '\(operatorName)'")
        }
    }
}
