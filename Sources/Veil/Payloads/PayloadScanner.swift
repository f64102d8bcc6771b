/// Scans the customer-written text of whole payloads (a messenger's webhook, an LLM request
/// body) as a `PayloadProfile` says where it sits, and redacts it in place: every byte outside
/// the selected values stays as it came.
///
///     let payloads = try PayloadScanner(scanner: scanner, profile: .named("whatsapp")!)
///     let result = try payloads.scan(bodyBytes)       // throws when the body is not valid JSON
///     var redacted: [UInt8] = []
///     result.appendRedacted(bodyBytes, to: &redacted)   // the same JSON, values redacted
public struct PayloadScanner: Sendable {
    public let scanner: Scanner
    public let profile: PayloadProfile
    /// Which findings count (its allowed values and minimum confidences).
    public let policy: RedactionPolicy
    private let paths: JSONPathSet
    private let formFields: Set<String>
    /// The profile's `namePaths`, nil when it has none.
    private let namePaths: JSONPathSet?
    private let nameFields: Set<String>

    /// What a selected value is to a conversation (`PayloadProfile.namePaths`).
    public enum ValueKind: Sendable {
        /// What the sender wrote.
        case message
        /// The sender's display name.
        case name
    }

    public init(scanner: Scanner, profile: PayloadProfile, policy: RedactionPolicy = RedactionPolicy()) throws(JSONPathError) {
        self.scanner = scanner
        self.profile = profile
        self.policy = policy
        self.paths = try JSONPathSet(profile.paths)
        self.formFields = Set(profile.formFields)
        namePaths = profile.encoding == .json && !profile.namePaths.isEmpty
            ? try JSONPathSet(profile.namePaths.map { (path) throws(JSONPathError) in try JSONPath(path) }) : nil
        nameFields = profile.encoding == .form ? Set(profile.namePaths) : []
    }

    /// Scans every selected value of `payload`. Throws when the payload is not what the
    /// profile reads (not valid JSON or form encoding, not UTF-8) or a scan fails: nothing of
    /// such a payload may pass on as scanned.
    public func scan(_ payload: UnsafeBufferPointer<UInt8>) throws(PayloadError) -> PayloadScanResult {
        try scan(payload) { (text, _) throws(ScanError) in try scanner.scanBytes(text) }
    }

    /// Scans every selected value of `payload` as `scan(_:)` does, each value's text with
    /// `scanText`, in order, told whether it is a message or the sender's name; in a
    /// conversation, it scans a message after the conversation's last one and remembers it
    /// (`ConversationMemory`). The policy is applied to what it returns.
    public func scan(_ payload: UnsafeBufferPointer<UInt8>,
                     scanningEachValueWith scanText: (UnsafeBufferPointer<UInt8>, ValueKind) throws(ScanError) -> ScanResult)
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
        }
        let risk = values.isEmpty ? .none : values.count == 1 ? values[0].result.risk : scanner.risk(of: values.flatMap(\.result.findings))
        return PayloadScanResult(encoding: profile.encoding, values: values, valuesScanned: scanned, risk: risk)
    }

    /// The scanned value, or nil when it is clean.
    private func scanValue(_ text: [UInt8], path: @autoclosure () -> String, range: Range<Int>, kind: ValueKind,
                           scanText: (UnsafeBufferPointer<UInt8>, ValueKind) throws(ScanError) -> ScanResult) throws(PayloadError) -> PayloadScanResult.Value? {
        let result: ScanResult
        do {
            result = try text.withUnsafeBufferPointer { (bytes) throws(ScanError) in
                scanner.applying(policy, to: try scanText(bytes, kind), in: bytes)
            }
        } catch {
            throw .scanFailed(error)
        }
        guard !result.isClean else { return nil }
        return PayloadScanResult.Value(path: path(), range: range, text: text, result: result)
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
    public func appendRedacted(_ payload: UnsafeBufferPointer<UInt8>, policy: RedactionPolicy = RedactionPolicy(),
                               to output: inout [UInt8]) {
        var copied = 0
        var redacted: [UInt8] = []
        for value in values {
            output.append(contentsOf: payload[copied..<value.range.lowerBound])
            redacted.removeAll(keepingCapacity: true)
            value.text.withUnsafeBufferPointer { value.result.appendRedacted($0, policy: policy, to: &redacted) }
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
