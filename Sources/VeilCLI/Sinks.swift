import Veil

/// Why a record stands in for a line instead of its scanned text.
enum RecordError: String {
    /// The line was over `--max-line-bytes`; nothing of it is written.
    case lineTooLong = "line_too_long"
    /// The scanner stopped (a match limit); nothing of the line is written.
    case scanFailed = "scan_failed"
    /// The policy withholds messages of this risk (`--withhold-from`); nothing of the line is written.
    case withheld = "withheld"
    /// In jsonl mode, the line was not a JSON object; it was scanned as plain text.
    case invalidJSON = "invalid_json"
    /// In jsonl mode, the object had no string member of the message field; the whole line was
    /// scanned as plain text.
    case fieldMissing = "field_missing"
    /// In jsonl mode, the object had the message field more than once; the whole line was
    /// scanned as plain text, so every copy of the message is redacted.
    case duplicateField = "duplicate_field"
    /// With a profile, the payload was not valid UTF-8; it was scanned whole as text, repaired.
    case invalidUTF8 = "invalid_utf8"
    /// With a form profile, the payload was not form-encoded; it was scanned whole as text.
    case invalidForm = "invalid_form"
}

/// Writes one output line per input line. Formats are sinks over the same scan results.
protocol OutputSink: Sendable {
    /// A scanned message, whose UTF-8 bytes are `message`. `jsonLine` is set in jsonl mode when
    /// the line was a JSON object with the field.
    func write(_ result: ScanResult, message: UnsafeBufferPointer<UInt8>, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>, flag: RecordError?, to output: inout [UInt8])
    /// A message without findings, given as its bytes (`message`, part of `lineBytes`); `jsonLine`
    /// as for `write`.
    func writeClean(_ message: UnsafeBufferPointer<UInt8>, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8])
    /// A line whose content is withheld.
    func writeError(_ error: RecordError, detail: String, to output: inout [UInt8])
    /// The same sink writing findings as `policy` says (one message's pseudonym scope), when it writes them at all.
    func redacting(with policy: RedactionPolicy) -> OutputSink
}

/// `--format text`: the redacted line (`veil redact`) or the findings as JSON (`veil scan`).
struct TextSink: OutputSink {
    /// How findings are written (`veil redact`), or nil (`veil scan`).
    let redaction: RedactionPolicy?
    var redacts: Bool { redaction != nil }

    func write(_ result: ScanResult, message: UnsafeBufferPointer<UInt8>, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>, flag: RecordError?, to output: inout [UInt8]) {
        if let redaction {
            result.appendRedacted(message.span, policy: redaction, to: &output)
        } else {
            VeilMember.append(result, message: message, error: nil, to: &output)
        }
    }

    func writeClean(_ message: UnsafeBufferPointer<UInt8>, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        if redacts {
            output.append(contentsOf: message)
        } else {
            VeilMember.appendClean(to: &output)
        }
    }

    func writeError(_ error: RecordError, detail: String, to output: inout [UInt8]) {
        output.append(contentsOf: (redacts ? "[VEIL ERROR: \(error.rawValue)]" : "{\"error\":\"\(error.rawValue)\"}").utf8)
    }

    func redacting(with policy: RedactionPolicy) -> OutputSink {
        TextSink(redaction: redacts ? policy : nil)
    }
}

/// `--format jsonl`: the same object, every other member byte for byte, the message field
/// redacted (`veil redact`, when something was found) or unchanged, and a `veil` member appended.
struct JSONLSink: OutputSink {
    /// How findings are written (`veil redact`), or nil (`veil scan`).
    let redaction: RedactionPolicy?
    let field: String

    func write(_ result: ScanResult, message: UnsafeBufferPointer<UInt8>, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>, flag: RecordError?, to output: inout [UInt8]) {
        if let jsonLine {
            output.append(contentsOf: lineBytes[..<jsonLine.valueRange.lowerBound])
            // A message without findings keeps its value byte for byte, escapes as they came.
            if let redaction, !result.findings.isEmpty {
                var redacted: [UInt8] = []
                result.appendRedacted(message.span, policy: redaction, to: &redacted)
                redacted.withUnsafeBufferPointer { JSONWriter.appendString(bytes: $0, to: &output) }
            } else {
                output.append(contentsOf: lineBytes[jsonLine.valueRange])
            }
            output.append(contentsOf: lineBytes[jsonLine.valueRange.upperBound..<jsonLine.closingBrace])
            JSONWriter.appendRaw(jsonLine.isEmptyObject ? "\"veil\":" : ",\"veil\":", to: &output)
            VeilMember.append(result, message: message, error: nil, to: &output)
            output.append(contentsOf: lineBytes[jsonLine.closingBrace...])
        } else {
            appendObject(message: message, result: result, to: &output) { VeilMember.append(result, message: message, error: flag, to: &$0) }
        }
    }

    func writeClean(_ message: UnsafeBufferPointer<UInt8>, jsonLine: JSONLine?, lineBytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let jsonLine else {
            return appendObject(message: message, result: .clean, to: &output) { VeilMember.appendClean(to: &$0) }
        }
        output.append(contentsOf: lineBytes[..<jsonLine.closingBrace])
        JSONWriter.appendRaw(jsonLine.isEmptyObject ? "\"veil\":" : ",\"veil\":", to: &output)
        VeilMember.appendClean(to: &output)
        output.append(contentsOf: lineBytes[jsonLine.closingBrace...])
    }

    /// The object that stands in for a line that was not a JSON object with the field: the
    /// scanned `message`, redacted as `result` says, under the field's name (when redacting)
    /// and the `veil` member.
    private func appendObject(message: UnsafeBufferPointer<UInt8>, result: ScanResult, to output: inout [UInt8],
                              member: (inout [UInt8]) -> Void) {
        output.append(UInt8(ascii: "{"))
        if let redaction {
            JSONWriter.appendString(field, to: &output)
            output.append(UInt8(ascii: ":"))
            var redacted: [UInt8] = []
            result.appendRedacted(message.span, policy: redaction, to: &redacted)
            redacted.withUnsafeBufferPointer { JSONWriter.appendString(bytes: $0, to: &output) }
            output.append(UInt8(ascii: ","))
        }
        JSONWriter.appendRaw("\"veil\":", to: &output)
        member(&output)
        output.append(UInt8(ascii: "}"))
    }

    func writeError(_ error: RecordError, detail: String, to output: inout [UInt8]) {
        output.append(contentsOf: "{\"veil\":{\"error\":\"\(error.rawValue)\",\"detail\":".utf8)
        JSONWriter.appendString(detail, to: &output)
        output.append(contentsOf: "}}".utf8)
    }

    func redacting(with policy: RedactionPolicy) -> OutputSink {
        JSONLSink(redaction: redaction == nil ? nil : policy, field: field)
    }
}

/// Writes scanned payloads (`--profile`, `--path`): redacted in place (`veil redact`), or
/// their findings, each with the path of the value it was found in (`veil scan`).
struct PayloadSink: Sendable {
    /// How findings are written (`veil redact`), or nil (`veil scan`).
    let redaction: RedactionPolicy?

    /// What stands in for a payload that could not be read: the whole of it scanned as text,
    /// as `--format jsonl` writes a line that is not a JSON object.
    var fallback: JSONLSink { JSONLSink(redaction: redaction, field: "text") }

    func write(_ result: PayloadScanResult, payload: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard redaction == nil else {
            if result.isClean { return output.append(contentsOf: payload) }
            // Only the values with findings change; the payload's own line ends stay its own.
            return result.appendRedacted(payload.span, policy: redaction!, to: &output)
        }
        if result.isClean { return VeilMember.appendClean(to: &output) }
        VeilMember.appendRisk(result.risk, to: &output)
        var first = true
        for value in result.values {
            value.text.withUnsafeBufferPointer { text in
                VeilMember.appendFindings(value.result.findings, message: text, path: value.path, first: first, to: &output)
            }
            first = false
        }
        JSONWriter.appendRaw("]}", to: &output)
    }
}

/// The `veil` member: `{"risk":{"score":…,"level":…},"findings":[{"category","type","rule","start","end","confidence"}]}`,
/// with `start`/`end` in Unicode scalars (code points) of the message.
enum VeilMember {
    /// The member of a message without findings, most messages: one copy of the bytes they all share.
    static func appendClean(to bytes: inout [UInt8]) {
        JSONWriter.appendRaw("{\"risk\":{\"score\":0,\"level\":\"none\"},\"findings\":[]}", to: &bytes)
    }

    /// The member of `result`, the scan of `message` (its UTF-8 bytes).
    static func append(_ result: ScanResult, message: UnsafeBufferPointer<UInt8>, error: RecordError?, to bytes: inout [UInt8]) {
        if result.findings.isEmpty && result.risk == .none && error == nil { return appendClean(to: &bytes) }
        appendRisk(result.risk, to: &bytes)
        appendFindings(result.findings, message: message, path: nil, first: true, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
        if let error {
            JSONWriter.appendRaw(",\"error\":\"", to: &bytes)
            JSONWriter.appendRaw(error.rawValue, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// `{"risk":{…},"findings":[`, to be followed by the findings and `]}`.
    static func appendRisk(_ risk: Risk, to bytes: inout [UInt8]) {
        JSONWriter.appendRaw("{\"risk\":{\"score\":", to: &bytes)
        JSONWriter.appendInteger(risk.score, to: &bytes)
        JSONWriter.appendRaw(",\"level\":\"", to: &bytes)
        JSONWriter.appendRaw(risk.level.rawValue, to: &bytes)
        JSONWriter.appendRaw("\"},\"findings\":[", to: &bytes)
    }

    /// The findings of `message` as members of the findings list, each with `path` when given
    /// (a payload's value), after a comma unless they come `first`.
    static func appendFindings(_ findings: [Finding], message: UnsafeBufferPointer<UInt8>, path: String?, first: Bool,
                               to bytes: inout [UInt8]) {
        // Scalars are counted as the bytes that do not continue one.
        var scalarCursor = 0, byteCursor = 0
        func scalars(upTo offset: Int) -> Int {
            for byte in message[byteCursor..<offset] where byte & 0xC0 != 0x80 { scalarCursor += 1 }
            byteCursor = offset
            return scalarCursor
        }
        for (position, finding) in findings.enumerated() {
            if position > 0 || !first { bytes.append(UInt8(ascii: ",")) }
            let start = scalars(upTo: finding.utf8Range.lowerBound)
            let end = scalars(upTo: finding.utf8Range.upperBound)
            JSONWriter.appendRaw("{\"category\":\"", to: &bytes)
            JSONWriter.appendRaw(finding.category.rawValue, to: &bytes)
            JSONWriter.appendRaw("\",\"type\":", to: &bytes)
            JSONWriter.appendString(finding.type, to: &bytes)
            JSONWriter.appendRaw(",\"rule\":", to: &bytes)
            JSONWriter.appendString(finding.ruleID, to: &bytes)
            if let path {
                JSONWriter.appendRaw(",\"path\":", to: &bytes)
                JSONWriter.appendString(path, to: &bytes)
            }
            JSONWriter.appendRaw(",\"start\":", to: &bytes)
            JSONWriter.appendInteger(start, to: &bytes)
            JSONWriter.appendRaw(",\"end\":", to: &bytes)
            JSONWriter.appendInteger(end, to: &bytes)
            JSONWriter.appendRaw(",\"confidence\":", to: &bytes)
            JSONWriter.appendUnitInterval(finding.confidence, to: &bytes)
            JSONWriter.appendRaw(finding.isValidated ? ",\"validated\":true" : ",\"validated\":false", to: &bytes)
            if let detail = finding.detail {
                JSONWriter.appendRaw(",\"region\":", to: &bytes)
                JSONWriter.appendString(detail.region, to: &bytes)
                JSONWriter.appendRaw(",\"kind\":", to: &bytes)
                JSONWriter.appendString(detail.kind, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }
}
