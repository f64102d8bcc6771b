/// Scans the customer-written text of whole payloads (a messenger's webhook, an LLM request
/// body) as a `PayloadProfile` says where it sits, and redacts it in place: every byte outside
/// the selected values stays as it came.
///
///     let payloads = try PayloadScanner(scanner: scanner, profile: .named("whatsapp")!)
///     let result = try payloads.scan(bodyBytes)       // throws when the body is not valid JSON
///     var redacted: [UInt8] = []
///     result.appendRedacted(bodyBytes, to: &redacted)   // the same JSON, values redacted
public struct PayloadScanner: Sendable {
    public let scanner: MessageScanner
    public let profile: PayloadProfile
    /// Which findings count (its allowed values and minimum confidences).
    public let policy: RedactionPolicy
    private let paths: JSONPathSet
    private let formFields: Set<String>
    /// The profile's `namePaths`, nil when it has none.
    private let namePaths: JSONPathSet?
    private let nameFields: Set<String>
    /// What becomes of the senders' identifiers.
    public let senders: SenderHandling
    /// The profile's `senderPaths`, nil when they are kept or it has none.
    private let senderPaths: JSONPathSet?
    private let senderFields: Set<String>

    /// What a selected value is to a conversation (`PayloadProfile.namePaths`).
    public enum ValueKind: Sendable {
        /// What the sender wrote.
        case message
        /// The sender's display name.
        case name
    }

    /// What becomes of a sender's identifier (`PayloadProfile.senderPaths`).
    public enum SenderHandling: String, Sendable, CaseIterable {
        /// Kept as it came: the reply is routed by it.
        case keep
        /// A sender's phone number (`4915123456789`, `+4915123456789`, `whatsapp:+4915123456789`)
        /// is a finding of type `PHONE`, replaced as the policy replaces a phone number found in
        /// a message: with pseudonyms, the same token as the same number typed in a message. An
        /// identifier that is no valid international number (a platform's user id) is kept.
        case replace
    }

    public init(scanner: MessageScanner, profile: PayloadProfile, policy: RedactionPolicy = RedactionPolicy(),
                senders: SenderHandling = .keep) throws(JSONPathError) {
        self.scanner = scanner
        self.profile = profile
        self.policy = policy
        self.senders = senders
        let replacesSenders = senders == .replace && !profile.senderPaths.isEmpty
        senderPaths = replacesSenders && profile.encoding == .json
            ? try JSONPathSet(profile.senderPaths.map { (path) throws(JSONPathError) in try JSONPath(path) }) : nil
        senderFields = replacesSenders && profile.encoding == .form ? Set(profile.senderPaths) : []
        self.paths = try JSONPathSet(profile.paths)
        self.formFields = Set(profile.formFields)
        namePaths = profile.encoding == .json && !profile.namePaths.isEmpty
            ? try JSONPathSet(profile.namePaths.map { (path) throws(JSONPathError) in try JSONPath(path) }) : nil
        nameFields = profile.encoding == .form ? Set(profile.namePaths) : []
    }

    /// Scans every selected value of `payload`. Throws when the payload is not what the
    /// profile reads (not valid JSON or form encoding, not UTF-8) or a scan fails: nothing of
    /// such a payload may pass on as scanned.
    public func scan(_ payload: Span<UInt8>) throws(PayloadError) -> PayloadScanResult {
        try scan(payload) { (text, _) throws(ScanError) in try scanner.scanBytes(text, policy: .allFindings) }
    }

    /// Scans every selected value of `payload` as `scan(_:)` does, each value's text with
    /// `scanText`, in order, told whether it is a message or the sender's name; in a
    /// conversation, it scans a message after the conversation's last one and remembers it
    /// (`ConversationMemory`). The policy is applied to what it returns.
    public func scan(_ payload: Span<UInt8>,
                     scanningEachValueWith scanText: (Span<UInt8>, ValueKind) throws(ScanError) -> ScanResult)
        throws(PayloadError) -> PayloadScanResult {
        // The JSON and form readers walk the payload through a pointer.
        try payload.withUnsafeBufferPointer { (payload) throws(PayloadError) in try scan(payloadBytes: payload, scanningEachValueWith: scanText) }
    }

    private func scan(payloadBytes payload: UnsafeBufferPointer<UInt8>,
                      scanningEachValueWith scanText: (Span<UInt8>, ValueKind) throws(ScanError) -> ScanResult)
        throws(PayloadError) -> PayloadScanResult {
        guard UTF8Check.isValid(payload) else { throw .invalidUTF8 }
        var values: [PayloadScanResult.Value] = []
        var scanned = 0
        switch profile.encoding {
        case .json:
            let selection: JSONSelection
            do { selection = try JSONSelection(payload, paths: paths) } catch { throw .invalidJSON }
            scanned = selection.strings.count
            let names = namePaths.map { paths in Set((try? JSONSelection(payload, paths: paths, recordingPaths: false))?.strings.map(\.valueRange) ?? []) }
            for string in selection.strings {
                let text: [UInt8]
                if string.hasEscapes {
                    text = Array(string.decoded(in: payload).utf8)
                } else {
                    text = Array(payload[string.contentRange])
                }
                let kind: ValueKind = names?.contains(string.valueRange) == true ? .name : .message
                if let value = try scanValue(text, path: string.pathText(in: payload), range: string.valueRange, kind: kind, scanText: scanText) {
                    values.append(value)
                }
            }
            if let senderPaths, let senders = try? JSONSelection(payload, paths: senderPaths) {
                for string in senders.strings {
                    let text = string.hasEscapes ? Array(string.decoded(in: payload).utf8) : Array(payload[string.contentRange])
                    if let value = senderValue(text, path: string.pathText(in: payload), range: string.valueRange) {
                        values.append(value)
                    }
                }
            }
        case .form:
            let form: FormPayload
            do { form = try FormPayload(payload, names: formFields) } catch { throw .invalidForm }
            scanned = form.fields.count
            for field in form.fields {
                let kind: ValueKind = nameFields.contains(field.name) ? .name : .message
                if let value = try scanValue(field.decoded, path: field.name, range: field.valueRange, kind: kind, scanText: scanText) {
                    values.append(value)
                }
            }
            if !senderFields.isEmpty, let senders = try? FormPayload(payload, names: senderFields) {
                for field in senders.fields {
                    if let value = senderValue(field.decoded, path: field.name, range: field.valueRange) { values.append(value) }
                }
            }
        }
        // Senders' values come after the messages' and are written back in payload order.
        if senderPaths != nil || !senderFields.isEmpty { values.sort { $0.range.lowerBound < $1.range.lowerBound } }
        // The risk is that of what was written: a sender's number, replaced or not, was always there.
        let written = values.filter { $0.result.findings.first?.ruleID != Self.senderRuleID }
        let risk = written.isEmpty ? .none : written.count == 1 ? written[0].result.risk : scanner.risk(of: written.flatMap(\.result.findings))
        return PayloadScanResult(encoding: profile.encoding, values: values, valuesScanned: scanned, risk: risk)
    }

    /// The scanned value, or nil when it is clean.
    private func scanValue(_ text: [UInt8], path: @autoclosure () -> String, range: Range<Int>, kind: ValueKind,
                           scanText: (Span<UInt8>, ValueKind) throws(ScanError) -> ScanResult) throws(PayloadError) -> PayloadScanResult.Value? {
        let result: ScanResult
        do {
            result = scanner.applying(policy, to: try scanText(text.span, kind), in: text.span)
        } catch {
            throw .scanFailed(error)
        }
        guard !result.isClean else { return nil }
        return PayloadScanResult.Value(path: path(), range: range, text: text, result: result)
    }

    /// A sender's identifier as a value with one finding, when it is a valid international phone
    /// number; its text is the number in E.164 (`4915123456789` read as `+4915123456789`, a
    /// channel prefix such as `whatsapp:` kept), so that its canonical form, and with it its
    /// pseudonym, is that of the same number found in a message.
    private func senderValue(_ text: [UInt8], path: String, range: Range<Int>) -> PayloadScanResult.Value? {
        guard let number = Self.internationalNumber(in: text) else { return nil }
        let e164 = Array(text[..<number.lowerBound]) + [UInt8(ascii: "+")] + text[number].drop { $0 == UInt8(ascii: "+") }
        let detail: FindingDetail
        switch Validator.phone(Substring(decoding: e164[(number.lowerBound)...], as: UTF8.self)) {
        case .validAs(let found): detail = found
        default: return nil
        }
        let finding = Finding(category: .phone, type: "PHONE", ruleID: Self.senderRuleID, utf8Range: number.lowerBound..<e164.count,
                              confidence: 1, isValidated: true, detail: detail)
        let result = scanner.applying(policy, to: ScanResult(findings: [finding], risk: scanner.risk(of: [finding])), in: e164.span)
        guard !result.isClean else { return nil }
        return PayloadScanResult.Value(path: path, range: range, text: e164, result: result)
    }

    /// The rule id of a sender's number in findings and the audit log.
    public static let senderRuleID = "sender-id"

    /// Where the number is in a sender's identifier: after a channel prefix of letters and a
    /// colon (`whatsapp:`, `tel:`), a `+` or none and 7 to 15 digits, nothing else; nil otherwise.
    static func internationalNumber(in text: [UInt8]) -> Range<Int>? {
        var start = 0
        if let colon = text.firstIndex(of: UInt8(ascii: ":")) {
            guard colon > 0, text[..<colon].allSatisfy(ASCII.isLetter) else { return nil }
            start = colon + 1
        }
        let digits = text[start...].first == UInt8(ascii: "+") ? text[(start + 1)...] : text[start...]
        guard (7...15).contains(digits.count), digits.allSatisfy(ASCII.isDigit) else { return nil }
        return start..<text.count
    }
}

/// Why a payload was not scanned. The caller must not pass it on.
public enum PayloadError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8
    case invalidJSON
    /// A form body with a `%` not followed by two hexadecimal digits, or a field not UTF-8.
    case invalidForm
    case scanFailed(ScanError)

    public var description: String {
        switch self {
        case .invalidUTF8: "the payload is not valid UTF-8"
        case .invalidJSON: "the payload is not valid JSON"
        case .invalidForm: "the payload is not a valid form-encoded body"
        case .scanFailed(let error): error.description
        }
    }
}

/// What scanning one payload gives: the selected values that hold findings, and the risk of
/// the payload as a whole.
public struct PayloadScanResult: Sendable, Equatable {
    /// One selected value with findings.
    public struct Value: Sendable, Equatable {
        /// Where it sits: a JSONPath to the string (`$.entry[0].changes[0].value.messages[0].text.body`),
        /// or the name of a form field.
        public let path: String
        /// The value as written in the payload: a JSON string with its quotes, a form value encoded.
        public let range: Range<Int>
        /// The value decoded (UTF-8): the text that was scanned, to which the findings' offsets refer.
        public let text: [UInt8]
        public let result: ScanResult
    }

    public let encoding: PayloadProfile.Encoding
    /// The values with findings, in payload order.
    public let values: [Value]
    /// How many values the profile selected and were scanned, clean ones included.
    public let valuesScanned: Int
    public let risk: Risk

    /// Whether nothing was found: the payload may pass on as it came.
    public var isClean: Bool { values.isEmpty }

    /// Appends `payload` with each value's findings replaced as `policy` says, each changed value
    /// written back in the payload's own encoding (a JSON string escaped, a form value
    /// percent-encoded); every other byte is copied as it came.
    public func appendRedacted(_ payload: Span<UInt8>, policy: RedactionPolicy = RedactionPolicy(),
                               to output: inout [UInt8]) {
        payload.withUnsafeBufferPointer { appendRedacted(payloadBytes: $0, policy: policy, to: &output) }
    }

    private func appendRedacted(payloadBytes payload: UnsafeBufferPointer<UInt8>, policy: RedactionPolicy, to output: inout [UInt8]) {
        var copied = 0
        var redacted: [UInt8] = []
        for value in values {
            output.append(contentsOf: payload[copied..<value.range.lowerBound])
            redacted.removeAll(keepingCapacity: true)
            value.result.appendRedacted(value.text.span, policy: policy, to: &redacted)
            redacted.withUnsafeBufferPointer { bytes in
                switch encoding {
                case .json: JSONWriter.appendString(bytes: bytes, to: &output)
                case .form: FormPayload.appendEncoded(bytes, to: &output)
                }
            }
            copied = value.range.upperBound
        }
        output.append(contentsOf: payload[copied...])
    }
}
