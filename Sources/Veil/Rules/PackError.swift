/// A pattern pack that cannot be used, with enough detail to fix it.
public struct PackError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The pack's file path or `builtin:NAME`.
    public let source: String
    /// The rule at fault, when the problem is inside one rule.
    public let ruleID: String?
    /// The 1-based line of the file, for syntax errors.
    public let line: Int?
    public let message: String

    public var description: String {
        var parts = [source + (line.map { ":\($0)" } ?? "")]
        if let ruleID { parts.append("rule '\(ruleID)'") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
