/// The numbers that turn matches into confidences and findings into a message risk. They live in
/// `patterns/scoring.toml`, not in code, so that a data-protection officer can tune them.
public struct ScoringModel: Sendable, Equatable {
    /// Findings below this confidence are neither reported nor redacted.
    public var reportThreshold: Double
    /// Added when the rule's validator passes the value.
    public var validatedBoost: Double
    /// Added when a context word of the rule stands near the value.
    public var contextBoost: Double
    /// Subtracted when a negative context word stands near the value.
    public var negativeContextPenalty: Double
    /// How far before and after a value context words are looked for, in bytes of normalised text.
    public var contextBefore: Int
    public var contextAfter: Int
    /// Lowest message score of each risk level (`none` is below `low`).
    public var levelThresholds: [RiskLevel: Double]
    /// The lowest level of a message with any health finding (GDPR Art. 9).
    public var healthMinimumLevel: RiskLevel

    /// Reads the model from TOML text in the format of `patterns/scoring.toml`.
    public init(toml text: String, source: String) throws(PackError) {
        let document: TOMLTable
        do {
            document = try TOMLSubsetParser.parse(text)
        } catch {
            throw PackError(source: source, ruleID: nil, line: error.line, message: error.message)
        }
        func number(_ table: String, _ key: String) throws(PackError) -> Double {
            switch document[table]?.table?[key] {
            case .float(let value)?: return value
            case .integer(let value)?: return Double(value)
            default: throw PackError(source: source, ruleID: nil, line: nil, message: "[\(table)] \(key) must be a number")
            }
        }
        reportThreshold = try number("confidence", "report_threshold")
        validatedBoost = try number("confidence", "validated_boost")
        contextBoost = try number("confidence", "context_boost")
        negativeContextPenalty = try number("confidence", "negative_context_penalty")
        contextBefore = Int(try number("confidence", "context_before_bytes"))
        contextAfter = Int(try number("confidence", "context_after_bytes"))
        var thresholds: [RiskLevel: Double] = [:]
        for level in RiskLevel.allCases where level != .none {
            thresholds[level] = try number("risk_levels", level.rawValue)
        }
        levelThresholds = thresholds
        guard case .string(let name)? = document["risk"]?.table?["health_minimum_level"],
              let level = RiskLevel(rawValue: name) else {
            throw PackError(source: source, ruleID: nil, line: nil, message: "[risk] health_minimum_level must name a risk level")
        }
        healthMinimumLevel = level
    }

    /// The model shipped in `patterns/scoring.toml`.
    public static let `default`: ScoringModel = {
        do {
            return try ScoringModel(toml: EmbeddedPacks.scoring, source: "builtin:scoring")
        } catch {
            fatalError("the embedded scoring model is broken: \(error)")
        }
    }()

    /// The level of a message score.
    func level(for score: Int) -> RiskLevel {
        var level = RiskLevel.none
        for (candidate, threshold) in levelThresholds where candidate != .none && Double(score) >= threshold {
            level = max(level, candidate)
        }
        return level
    }
}
