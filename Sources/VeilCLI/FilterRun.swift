import Veil

/// Counts for `--stats`.
struct FilterStatistics {
    var lines = 0
    var linesWithFindings = 0
    var findingsByCategory: [Category: Int] = [:]
    var invalidUTF8Lines = 0
    var invalidJSONLines = 0
    var missingFieldLines = 0
    var tooLongLines = 0
    var failedScans = 0

    /// Lines whose content was withheld rather than scanned.
    var withheldLines: Int { tooLongLines + failedScans }

    var report: String {
        var lines = ["veil: \(self.lines) lines, \(linesWithFindings) with findings"]
        for category in Category.allCases {
            lines.append("  \(category.rawValue): \(findingsByCategory[category, default: 0])")
        }
        lines.append("  invalid UTF-8 lines (repaired with U+FFFD): \(invalidUTF8Lines)")
        lines.append("  invalid JSON lines (scanned as text): \(invalidJSONLines)")
        lines.append("  lines without the message field (scanned as text): \(missingFieldLines)")
        lines.append("  lines over the size limit (withheld): \(tooLongLines)")
        lines.append("  lines that failed to scan (withheld): \(failedScans)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The filter loop: every input line gives exactly one output line, in order.
struct FilterRun {
    let scanner: Scanner
    let sink: OutputSink
    let jsonField: String?
    let redaction: RedactionStyle
    var statistics = FilterStatistics()

    mutating func run(reader: inout LineReader, output: OutputBuffer) throws(IOFailure) {
        while let input = try reader.next() {
            statistics.lines += 1
            switch input {
            case .tooLong(let count):
                statistics.tooLongLines += 1
                sink.writeError(.lineTooLong, detail: "\(count) bytes", to: output)
            case .line(let bytes):
                process(bytes, output: output)
            }
            try output.endLine()
        }
        try output.flush()
    }

    private mutating func process(_ bytes: [UInt8], output: OutputBuffer) {
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            statistics.invalidUTF8Lines += 1
            text = String(decoding: bytes, as: UTF8.self)
        }
        var message = text
        var jsonLine: JSONLine?
        var flag: RecordError?
        if let field = jsonField {
            do {
                let parsed = try JSONLine.parse(Array(text.utf8), field: field)
                jsonLine = parsed
                message = parsed.message
            } catch .invalidJSON {
                statistics.invalidJSONLines += 1
                flag = .invalidJSON
            } catch {
                statistics.missingFieldLines += 1
                flag = .fieldMissing
            }
        }
        do {
            let result = try scanner.scan(message, redaction: redaction)
            if !result.findings.isEmpty { statistics.linesWithFindings += 1 }
            for finding in result.findings { statistics.findingsByCategory[finding.category, default: 0] += 1 }
            sink.write(result, original: message, jsonLine: jsonLine, lineBytes: Array(text.utf8), flag: flag, to: output)
        } catch {
            statistics.failedScans += 1
            sink.writeError(.scanFailed, detail: error.description, to: output)
        }
    }
}
