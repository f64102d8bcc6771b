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
    public var byCategory: [Category: Int]

    public static let none = Risk(score: 0, level: .none, byCategory: [:])
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
        // Per category, in `Category.allCases` order, nil while a category has no finding; a
        // tuple, not a dictionary, so that each finding updates it without hashing.
        var survivalByCategory: (Double?, Double?, Double?, Double?, Double?, Double?) = (nil, nil, nil, nil, nil, nil)
        func multiply(_ category: Category, by factor: Double) {
            switch category {
            case .health: survivalByCategory.0 = (survivalByCategory.0 ?? 1) * factor
            case .financial: survivalByCategory.1 = (survivalByCategory.1 ?? 1) * factor
            case .iban: survivalByCategory.2 = (survivalByCategory.2 ?? 1) * factor
            case .phone: survivalByCategory.3 = (survivalByCategory.3 ?? 1) * factor
            case .id: survivalByCategory.4 = (survivalByCategory.4 ?? 1) * factor
            case .contact: survivalByCategory.5 = (survivalByCategory.5 ?? 1) * factor
            }
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
        var byCategory: [Category: Int] = [:]
        func record(_ category: Category, _ categorySurvival: Double?) {
            if let categorySurvival { byCategory[category] = Self.percent(1 - categorySurvival) }
        }
        record(.health, survivalByCategory.0)
        record(.financial, survivalByCategory.1)
        record(.iban, survivalByCategory.2)
        record(.phone, survivalByCategory.3)
        record(.id, survivalByCategory.4)
        record(.contact, survivalByCategory.5)
        return Risk(score: score, level: level, byCategory: byCategory)
    }

    private static func percent(_ probability: Double) -> Int {
        Int((probability * 100).rounded())
    }
}
