/// How much harm a message could do if it leaked.
public enum RiskLevel: String, Sendable, CaseIterable, Comparable, Codable {
    case none, low, medium, high, critical

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool {
        lhs.rank < rhs.rank
    }

    /// Hashes the rank, not the raw string.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rank)
    }

    private var rank: Int {
        switch self {
        case .none: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }
}

/// The risk of one message: a score from 0 to 100, its level and the score per category.
public struct Risk: Sendable, Equatable {
    public var score: Int
    public var level: RiskLevel
    /// The score each category would give on its own; categories without findings are absent.
    /// Built when asked for, so that scanning a message builds no dictionary.
    public var byCategory: [Category: Int] {
        get {
            var scores: [Category: Int] = [:]
            for category in Category.allCases {
                if let score = categoryScores[category] { scores[category] = score }
            }
            return scores
        }
        set {
            categoryScores = PerCategory()
            for (category, score) in newValue { categoryScores[category] = score }
        }
    }

    private var categoryScores: PerCategory<Int>

    public init(score: Int, level: RiskLevel, byCategory: [Category: Int]) {
        self.init(score: score, level: level, categoryScores: PerCategory())
        self.byCategory = byCategory
    }

    init(score: Int, level: RiskLevel, categoryScores: PerCategory<Int>) {
        self.score = score
        self.level = level
        self.categoryScores = categoryScores
    }

    public static let none = Risk(score: 0, level: .none, categoryScores: PerCategory())
}

/// A value or nothing for each category, kept inline: updating it hashes nothing (risk scores
/// per message; `veil --stats` counts findings in it).
package struct PerCategory<Value: Equatable & Sendable>: Equatable, Sendable {
    private var values: (Value?, Value?, Value?, Value?, Value?, Value?) = (nil, nil, nil, nil, nil, nil)

    package init() {}

    package subscript(category: Category) -> Value? {
        get {
            switch category {
            case .health: values.0
            case .financial: values.1
            case .iban: values.2
            case .phone: values.3
            case .id: values.4
            case .contact: values.5
            }
        }
        set {
            switch category {
            case .health: values.0 = newValue
            case .financial: values.1 = newValue
            case .iban: values.2 = newValue
            case .phone: values.3 = newValue
            case .id: values.4 = newValue
            case .contact: values.5 = newValue
            }
        }
    }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.values == rhs.values
    }
}

extension PerCategory where Value == Int {
    /// Adds `count` to the category's count. Concrete, so that `veil --stats` calls it
    /// specialised: through the generic subscript from another module, one count took 3,000
    /// instructions (22 million over 20,000 lines, callgrind).
    package mutating func add(_ count: Int, to category: Category) {
        self[category] = (self[category] ?? 0) + count
    }
}

/// Combines findings into a message risk: every finding is an independent chance of harm of
/// `severity × confidence`, so the score is `100 × (1 − Π(1 − severity × confidence))`.
/// A message with health data is at least at the model's health minimum level.
struct RiskScorer {
    let model: ScoringModel

    /// A finding with the weights of its rule.
    struct Weighted {
        let category: Category
        let confidence: Double
        let severity: Double
        let alsoHealth: Bool
    }

    func risk(of findings: some Collection<Weighted>) -> Risk {
        guard !findings.isEmpty else { return .none }
        var survival = 1.0
        var survivalByCategory = PerCategory<Double>()
        func multiply(_ category: Category, by factor: Double) {
            survivalByCategory[category] = (survivalByCategory[category] ?? 1) * factor
        }
        var hasHealth = false
        for finding in findings {
            let chance = min(1, max(0, finding.severity * finding.confidence))
            survival *= 1 - chance
            multiply(finding.category, by: 1 - chance)
            if finding.category == .health || finding.alsoHealth {
                hasHealth = true
                if finding.category != .health { multiply(.health, by: 1 - chance) }
            }
        }
        let score = Self.percent(1 - survival)
        var level = model.level(for: score)
        if hasHealth { level = max(level, model.healthMinimumLevel) }
        var categoryScores = PerCategory<Int>()
        for category in Category.allCases {
            if let categorySurvival = survivalByCategory[category] { categoryScores[category] = Self.percent(1 - categorySurvival) }
        }
        return Risk(score: score, level: level, categoryScores: categoryScores)
    }

    private static func percent(_ probability: Double) -> Int {
        Int((probability * 100).rounded())
    }
}
