#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Veil

/// What became of one input line, for `--stats` and the audit log.
enum LineOutcome {
    /// Scanned, nothing found.
    case clean
    /// Scanned, with findings (after the policy), perhaps flagged (`invalid_json` …).
    case scanned(findings: [Finding], risk: Risk, flag: RecordError?)
    /// Withheld by the policy for its risk.
    case withheld(Risk)
    /// Withheld unscanned (`scan_failed`, `line_too_long`).
    case failed(RecordError)
}

/// The audit log of `--audit FILE`: one JSON line per input line, in input order, saying what
/// was found and done, and never a value, a token or a byte of the message:
///
///     {"time":"2026-12-04T21:50:07Z","id":"wamid.HBg…","outcome":"redacted","risk":{"score":97,"level":"critical"},
///      "findings":{"IBAN":{"category":"IBAN","count":1,"rules":["iban"],"confidence":[1.0],"operator":"pseudonym"}}}
///
/// `id` is the line's top-level `id` member (a string of at most 200 bytes, or a number), when
/// the input is JSON and has one. `outcome` is `clean`, `redacted` (`veil redact`) or
/// `reported` (`veil scan`), `withheld`, `scan_failed` or `line_too_long`; `flag` names a
/// line scanned whole (`invalid_json`, `duplicate_field` …).
struct AuditLog {
    private(set) var bytes: [UInt8] = []
    /// Whether findings were written over (`veil redact`) or only reported.
    let redacts: Bool
    /// The time of the block being processed, to the second, UTC.
    private let time: [UInt8]
    private static let idPath = try! JSONPathSet([JSONPath(member: "id")])

    init(redacts: Bool) {
        self.redacts = redacts
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        func digits(_ value: Int32, _ count: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        time = Array("\(digits(parts.tm_year + 1900, 4))-\(digits(parts.tm_mon + 1, 2))-\(digits(parts.tm_mday, 2))T\(digits(parts.tm_hour, 2)):\(digits(parts.tm_min, 2)):\(digits(parts.tm_sec, 2))Z".utf8)
    }

    /// The record of one line (`line` its bytes, for its `id`), written by `policy`.
    mutating func append(_ outcome: LineOutcome, line: UnsafeBufferPointer<UInt8>?, policy: RedactionPolicy) {
        JSONWriter.appendRaw("{\"time\":\"", to: &bytes)
        bytes += time
        bytes.append(UInt8(ascii: "\""))
        if let line { appendID(of: line) }
        switch outcome {
        case .clean:
            JSONWriter.appendRaw(",\"outcome\":\"clean\",\"risk\":{\"score\":0,\"level\":\"none\"},\"findings\":{}", to: &bytes)
        case .scanned(let findings, let risk, let flag):
            JSONWriter.appendRaw(findings.isEmpty ? ",\"outcome\":\"clean\"" : redacts ? ",\"outcome\":\"redacted\"" : ",\"outcome\":\"reported\"", to: &bytes)
            if let flag {
                JSONWriter.appendRaw(",\"flag\":\"", to: &bytes)
                JSONWriter.appendRaw(flag.rawValue, to: &bytes)
                bytes.append(UInt8(ascii: "\""))
            }
            appendRisk(risk)
            appendFindings(findings, policy: policy)
        case .withheld(let risk):
            JSONWriter.appendRaw(",\"outcome\":\"withheld\"", to: &bytes)
            appendRisk(risk)
        case .failed(let error):
            JSONWriter.appendRaw(",\"outcome\":\"", to: &bytes)
            JSONWriter.appendRaw(error.rawValue, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        JSONWriter.appendRaw("}\n", to: &bytes)
    }

    /// `,"id":…` when `line` is a JSON object with an `id` member that is a short string or a number.
    private mutating func appendID(of line: UnsafeBufferPointer<UInt8>) {
        guard let selection = try? JSONSelection(line, paths: Self.idPath, recordingPaths: false) else { return }
        if selection.strings.count == 1, let id = selection.strings.first, id.valueRange.count <= 202 {
            JSONWriter.appendRaw(",\"id\":", to: &bytes)
            bytes += line[id.valueRange]
        } else if selection.strings.isEmpty, selection.scalars.count == 1, let number = selection.scalars.first,
                  number.count <= 40, line[number.lowerBound] == UInt8(ascii: "-") || (0x30...0x39).contains(line[number.lowerBound]) {
            JSONWriter.appendRaw(",\"id\":", to: &bytes)
            bytes += line[number]
        }
    }

    private mutating func appendRisk(_ risk: Risk) {
        JSONWriter.appendRaw(",\"risk\":{\"score\":", to: &bytes)
        JSONWriter.appendInteger(risk.score, to: &bytes)
        JSONWriter.appendRaw(",\"level\":\"", to: &bytes)
        JSONWriter.appendRaw(risk.level.rawValue, to: &bytes)
        JSONWriter.appendRaw("\"}", to: &bytes)
    }

    /// `"findings":{TYPE:{"category","count","rules","confidence","operator"}}`, types in order of first finding.
    private mutating func appendFindings(_ findings: [Finding], policy: RedactionPolicy) {
        var types: [String] = []
        for finding in findings where !types.contains(finding.type) { types.append(finding.type) }
        JSONWriter.appendRaw(",\"findings\":{", to: &bytes)
        for (position, type) in types.enumerated() {
            let ofType = findings.filter { $0.type == type }
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONWriter.appendString(type, to: &bytes)
            JSONWriter.appendRaw(":{\"category\":\"", to: &bytes)
            JSONWriter.appendRaw(ofType[0].category.rawValue, to: &bytes)
            JSONWriter.appendRaw("\",\"count\":", to: &bytes)
            JSONWriter.appendInteger(ofType.count, to: &bytes)
            JSONWriter.appendRaw(",\"rules\":[", to: &bytes)
            var rules: [String] = []
            for finding in ofType where !rules.contains(finding.ruleID) { rules.append(finding.ruleID) }
            for (index, rule) in rules.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONWriter.appendString(rule, to: &bytes)
            }
            JSONWriter.appendRaw("],\"confidence\":[", to: &bytes)
            for (index, finding) in ofType.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONWriter.appendUnitInterval(finding.confidence, to: &bytes)
            }
            JSONWriter.appendRaw("],\"operator\":\"", to: &bytes)
            JSONWriter.appendRaw(redacts ? policy.style(for: ofType[0]).name : "none", to: &bytes)
            JSONWriter.appendRaw("\"}", to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }
}

/// `veil report FILE`: an audit log summed up per day and category.
struct AuditReport {
    struct Row: Hashable, Comparable {
        let day: String
        let category: String
        static func < (lhs: Row, rhs: Row) -> Bool { (lhs.day, lhs.category) < (rhs.day, rhs.category) }
    }

    private(set) var messages: [String: Int] = [:]
    private(set) var outcomes: [String: [String: Int]] = [:]
    private(set) var messagesWith: [Row: Int] = [:]
    private(set) var findings: [Row: Int] = [:]
    private(set) var unreadable = 0

    /// Adds one line of an audit log.
    mutating func add(_ line: Substring) {
        let bytes = Array(line.utf8)
        let outcome = bytes.withUnsafeBufferPointer { Self.strings(at: Self.outcomePath, in: $0).first }
        let time = bytes.withUnsafeBufferPointer { Self.strings(at: Self.timePath, in: $0).first }
        guard let outcome, let time, time.count >= 10 else { unreadable += 1; return }
        let day = String(time.prefix(10))
        messages[day, default: 0] += 1
        outcomes[day, default: [:]][outcome, default: 0] += 1
        let categories = bytes.withUnsafeBufferPointer { Self.strings(at: Self.categoriesPath, in: $0) }
        let counts = bytes.withUnsafeBufferPointer { Self.numbers(at: Self.countsPath, in: $0) }
        var seen: Set<String> = []
        for (category, count) in zip(categories, counts) {
            findings[Row(day: day, category: category), default: 0] += count
            if seen.insert(category).inserted { messagesWith[Row(day: day, category: category), default: 0] += 1 }
        }
    }

    /// The report as a Markdown table: per day, the messages and what became of them, then per
    /// category the messages with findings and the findings.
    var table: String {
        var lines = ["| day | messages | clean | redacted or reported | withheld | failed |", "|---|---:|---:|---:|---:|---:|"]
        for day in messages.keys.sorted() {
            let outcome = outcomes[day] ?? [:]
            let failed = (outcome["scan_failed"] ?? 0) + (outcome["line_too_long"] ?? 0)
            lines.append("| \(day) | \(messages[day]!) | \(outcome["clean"] ?? 0) | \((outcome["redacted"] ?? 0) + (outcome["reported"] ?? 0)) | \(outcome["withheld"] ?? 0) | \(failed) |")
        }
        lines += ["", "| day | category | messages with findings | findings |", "|---|---|---:|---:|"]
        for row in findings.keys.sorted() {
            lines.append("| \(row.day) | \(row.category) | \(messagesWith[row] ?? 0) | \(findings[row]!) |")
        }
        if unreadable > 0 { lines += ["", "\(unreadable) lines were not audit records and were left out."] }
        return lines.joined(separator: "\n") + "\n"
    }

    // The record's members, their paths parsed once (literals of the subset: they parse).
    private static let outcomePath = try! JSONPathSet([JSONPath("$.outcome")])
    private static let timePath = try! JSONPathSet([JSONPath("$.time")])
    private static let categoriesPath = try! JSONPathSet([JSONPath("$.findings.*.category")])
    private static let countsPath = try! JSONPathSet([JSONPath("$.findings.*.count")])

    private static func strings(at paths: JSONPathSet, in line: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let selection = try? JSONSelection(line, paths: paths, recordingPaths: false) else { return [] }
        return selection.strings.map { String(decoding: UnsafeBufferPointer(rebasing: line[$0.contentRange]), as: UTF8.self) }
    }

    private static func numbers(at paths: JSONPathSet, in line: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let selection = try? JSONSelection(line, paths: paths, recordingPaths: false) else { return [] }
        return selection.scalars.compactMap { Int(String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self)) }
    }
}
