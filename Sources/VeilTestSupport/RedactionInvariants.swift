import Veil

/// The promises every scan keeps, checked in one place for the tests and the fuzzer: findings
/// in order, none overlapping, none empty or past the end, confidences within 0...1, a risk
/// score within 0...100; the redacted text exactly the original with each finding replaced by
/// its label, so no byte outside a finding changed and none of one survived; and every planted
/// value inside one finding, never cut in two; no finding starting or ending with white space.
public enum RedactionInvariants {
    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// What `result`, the scan of `text` with the default policy (`[TYPE]`), breaks; empty when
    /// it keeps every promise. `planted` are byte ranges of values that must be redacted whole.
    public static func violations(text: String, result: ScanResult, planted: [Range<Int>] = []) -> [String] {
        var violations: [String] = []
        let bytes = Array(text.utf8)
        var rebuilt: [UInt8] = []
        var cursor = 0
        for finding in result.findings {
            let range = finding.utf8Range
            guard range.lowerBound >= cursor, range.upperBound <= bytes.count, !range.isEmpty else {
                violations.append("finding \(range) of \(finding.type) overlaps, is out of order, empty or past the end")
                return violations
            }
            if !(0...1).contains(finding.confidence) { violations.append("confidence \(finding.confidence) of \(finding.type)") }
            // A value never takes in the white space around it: a line break redacted with the
            // value after it (ICU's coarse changes did so) joins two lines of the message.
            if isWhiteSpace(bytes[range.lowerBound]) || isWhiteSpace(bytes[range.upperBound - 1]) {
                violations.append("finding \(range) of \(finding.type) starts or ends with white space: \(String(decoding: bytes[range], as: UTF8.self).debugDescription)")
            }
            rebuilt += bytes[cursor..<range.lowerBound]
            rebuilt += Array("[\(finding.type)]".utf8)
            cursor = range.upperBound
        }
        rebuilt += bytes[cursor...]
        let redacted = result.redacted(text)
        if Array(redacted.utf8) != rebuilt { violations.append("bytes outside findings changed: \(redacted.debugDescription)") }
        if !(0...100).contains(result.risk.score) { violations.append("risk score \(result.risk.score)") }
        for range in planted where !result.findings.contains(where: { $0.utf8Range.lowerBound <= range.lowerBound && range.upperBound <= $0.utf8Range.upperBound }) {
            violations.append("planted \(String(decoding: bytes[range], as: UTF8.self).debugDescription) survived: \(redacted.debugDescription)")
        }
        return violations
    }
}
