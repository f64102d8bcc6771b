/// An example of a rule that did not come out as the rule says it should.
public struct ExampleFailure: Sendable, Equatable, CustomStringConvertible {
    public let ruleID: String
    public let example: String
    /// What went wrong, e.g. which span was found instead.
    public let problem: String

    public var description: String { "rule '\(ruleID)': \(problem): \(example)" }
}

extension MessageScanner {
    /// Runs every rule's examples and counter-examples through this scanner, all rules
    /// together as in production: each example must give a finding of its rule over exactly the
    /// span marked `«…»` (or the whole text when unmarked); no counter-example may give a
    /// finding of its rule. Returns the failures; empty means every example holds. With
    /// `ruleIDs`, only those rules' examples run (a pack added at run time).
    public func verifyRuleExamples(of ruleIDs: Set<String>? = nil) -> [ExampleFailure] {
        var failures: [ExampleFailure] = []
        for rule in rules where ruleIDs?.contains(rule.id) ?? true {
            for example in rule.examples {
                let (text, expected) = Self.unmark(example)
                do {
                    let findings = try scan(text).findings.filter { $0.ruleID == rule.id }
                    let spans = findings.map { String(text[$0.range(in: text)]) }
                    if !spans.contains(expected) {
                        let found = spans.isEmpty ? "nothing" : spans.map { "«\($0)»" }.joined(separator: ", ")
                        failures.append(ExampleFailure(ruleID: rule.id, example: example, problem: "expected «\(expected)», found \(found)"))
                    }
                } catch {
                    failures.append(ExampleFailure(ruleID: rule.id, example: example, problem: "scan failed: \(error)"))
                }
            }
            for counterExample in rule.counterExamples {
                do {
                    let findings = try scan(counterExample).findings.filter { $0.ruleID == rule.id }
                    if let finding = findings.first {
                        failures.append(ExampleFailure(ruleID: rule.id, example: counterExample,
                                                       problem: "counter-example found «\(counterExample[finding.range(in: counterExample)])»"))
                    }
                } catch {
                    failures.append(ExampleFailure(ruleID: rule.id, example: counterExample, problem: "scan failed: \(error)"))
                }
            }
        }
        return failures
    }

    /// Splits `a «b» c` into the text `a b c` and the marked span `b`.
    static func unmark(_ example: String) -> (text: String, span: String) {
        guard let open = example.firstIndex(of: "«"), let close = example[open...].firstIndex(of: "»") else {
            return (example, example)
        }
        let span = String(example[example.index(after: open)..<close])
        let text = String(example[..<open]) + span + String(example[example.index(after: close)...])
        return (text, span)
    }
}
