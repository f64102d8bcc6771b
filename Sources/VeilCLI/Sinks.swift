import Veil

/// Why a record stands in for a line instead of its scanned text.
enum RecordError: String {
    /// The line was over `--max-line-bytes`; nothing of it is written.
    case lineTooLong = "line_too_long"
    /// The scanner stopped (a match limit); nothing of the line is written.
    case scanFailed = "scan_failed"
    /// In jsonl mode, the line was not a JSON object; it was scanned as plain text.
    case invalidJSON = "invalid_json"
    /// In jsonl mode, the object had no string member of the message field; the whole line was
    /// scanned as plain text.
    case fieldMissing = "field_missing"
}

/// Writes one output line per input line. Formats are sinks over the same scan results.
protocol OutputSink {
    /// A scanned message. `jsonLine` is set in jsonl mode when the line was a JSON object with the field.
    func write(_ result: ScanResult, original: String, jsonLine: JSONLine?, lineBytes: [UInt8], flag: RecordError?, to output: OutputBuffer)
    /// A line whose content is withheld.
    func writeError(_ error: RecordError, detail: String, to output: OutputBuffer)
}

/// `--format text`: the redacted line (`veil redact`) or the findings as JSON (`veil scan`).
struct TextSink: OutputSink {
    let redacts: Bool

    func write(_ result: ScanResult, original: String, jsonLine: JSONLine?, lineBytes: [UInt8], flag: RecordError?, to output: OutputBuffer) {
        if redacts {
            output.append(result.redacted)
        } else {
            var bytes: [UInt8] = []
            VeilMember.append(result, original: original, error: nil, to: &bytes)
            output.append(bytes)
        }
    }

    func writeError(_ error: RecordError, detail: String, to output: OutputBuffer) {
        output.append(redacts ? "[VEIL ERROR: \(error.rawValue)]" : "{\"error\":\"\(error.rawValue)\"}")
    }
}

/// `--format jsonl`: the same object, every other member byte for byte, the message field
/// redacted (`veil redact`) or unchanged (`veil scan`), and a `veil` member appended.
struct JSONLSink: OutputSink {
    let redacts: Bool
    let field: String

    func write(_ result: ScanResult, original: String, jsonLine: JSONLine?, lineBytes: [UInt8], flag: RecordError?, to output: OutputBuffer) {
        var bytes: [UInt8] = []
        if let jsonLine {
            bytes.append(contentsOf: lineBytes[..<jsonLine.valueRange.lowerBound])
            if redacts {
                JSONWriter.appendString(result.redacted, to: &bytes)
            } else {
                bytes.append(contentsOf: lineBytes[jsonLine.valueRange])
            }
            bytes.append(contentsOf: lineBytes[jsonLine.valueRange.upperBound..<jsonLine.closingBrace])
            bytes.append(contentsOf: jsonLine.isEmptyObject ? Array("\"veil\":".utf8) : Array(",\"veil\":".utf8))
            VeilMember.append(result, original: original, error: nil, to: &bytes)
            bytes.append(contentsOf: lineBytes[jsonLine.closingBrace...])
        } else {
            bytes.append(UInt8(ascii: "{"))
            if redacts {
                JSONWriter.appendString(field, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                JSONWriter.appendString(result.redacted, to: &bytes)
                bytes.append(UInt8(ascii: ","))
            }
            JSONWriter.appendRaw("\"veil\":", to: &bytes)
            VeilMember.append(result, original: original, error: flag, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        output.append(bytes)
    }

    func writeError(_ error: RecordError, detail: String, to output: OutputBuffer) {
        var bytes = Array("{\"veil\":{\"error\":\"\(error.rawValue)\",\"detail\":".utf8)
        JSONWriter.appendString(detail, to: &bytes)
        bytes.append(contentsOf: Array("}}".utf8))
        output.append(bytes)
    }
}

/// The `veil` member: `{"risk":{"score":…,"level":…},"findings":[{"category","type","rule","start","end","confidence"}]}`,
/// with `start`/`end` in Unicode scalars (code points) of the original message.
enum VeilMember {
    static func append(_ result: ScanResult, original: String, error: RecordError?, to bytes: inout [UInt8]) {
        JSONWriter.appendRaw("{\"risk\":{\"score\":\(result.risk.score),\"level\":\"\(result.risk.level.rawValue)\"},\"findings\":[", to: &bytes)
        var scalarCursor = 0
        var indexCursor = original.startIndex
        for (position, finding) in result.findings.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            let start = scalarCursor + original.unicodeScalars.distance(from: indexCursor, to: finding.range.lowerBound)
            let end = start + original.unicodeScalars.distance(from: finding.range.lowerBound, to: finding.range.upperBound)
            scalarCursor = end
            indexCursor = finding.range.upperBound
            JSONWriter.appendRaw("{\"category\":\"\(finding.category.rawValue)\",\"type\":", to: &bytes)
            JSONWriter.appendString(finding.type, to: &bytes)
            JSONWriter.appendRaw(",\"rule\":", to: &bytes)
            JSONWriter.appendString(finding.ruleID, to: &bytes)
            JSONWriter.appendRaw(",\"start\":\(start),\"end\":\(end),\"confidence\":", to: &bytes)
            JSONWriter.appendUnitInterval(finding.confidence, to: &bytes)
            JSONWriter.appendRaw(",\"validated\":\(finding.isValidated)}", to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        if let error { JSONWriter.appendRaw(",\"error\":\"\(error.rawValue)\"", to: &bytes) }
        bytes.append(UInt8(ascii: "}"))
    }
}
