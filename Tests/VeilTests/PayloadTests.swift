import Foundation
import Testing
@testable import Veil

/// Payload profiles: sample payloads of every platform (Fixtures/payloads, shaped after each
/// platform's public documentation, with planted values) redacted in place. The output is
/// checked with independent parsers (Foundation's JSON and percent decoding, and a tokenizer of
/// its own here), never with Veil's.
@Suite("Payload profiles and JSONPath")
struct PayloadTests {
    static let scanner = try! MessageScanner()
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/payloads").standardized

    struct Sample: Decodable, CustomTestStringConvertible {
        let file: String
        let profile: String
        /// Values that must not survive redaction.
        let planted: [String]
        /// Strings outside the selected text (sender identifiers, the bot's own text) that must.
        let kept: [String]
        var testDescription: String { file }
    }

    static let samples: [Sample] = {
        let data = try! Data(contentsOf: directory.appendingPathComponent("manifest.json"))
        return try! JSONDecoder().decode([Sample].self, from: data)
    }()

    static func redact(_ payload: [UInt8], profile: PayloadProfile) throws -> (output: [UInt8], result: PayloadScanResult) {
        let scanner = try PayloadScanner(scanner: Self.scanner, profile: profile)
        let result = try scanner.scan(payload.span)
        var output: [UInt8] = []
        result.appendRedacted(payload.span, to: &output)
        return (output, result)
    }

    @Test func everyProfileHasASample() {
        #expect(Set(Self.samples.map(\.profile)) == Set(PayloadProfile.builtIn.map(\.name)))
    }

    @Test(arguments: samples)
    func redactedInPlace(sample: Sample) throws {
        let profile = try #require(PayloadProfile.named(sample.profile))
        let payload = Array(try Data(contentsOf: Self.directory.appendingPathComponent(sample.file)))
        let (output, result) = try Self.redact(payload, profile: profile)
        #expect(!result.isClean)
        let before: [String], after: [String]
        switch profile.encoding {
        case .json:
            // Valid JSON, read by Foundation: the same tree, strings changed only where a value was planted.
            let original = try JSONSerialization.jsonObject(with: Data(payload), options: [.fragmentsAllowed])
            let redacted = try JSONSerialization.jsonObject(with: Data(output), options: [.fragmentsAllowed])
            before = Self.leaves(original)
            after = Self.leaves(redacted)
            // Every byte outside a changed string is as it came: the text between strings, and
            // every string without a planted value.
            let tokensBefore = Self.tokens(payload), tokensAfter = Self.tokens(output)
            try #require(tokensBefore.count == tokensAfter.count)
            for (old, new) in zip(tokensBefore, tokensAfter) where old != new {
                #expect(old.first == UInt8(ascii: "\"") && new.first == UInt8(ascii: "\""), "changed outside a string: \(String(decoding: old, as: UTF8.self))")
            }
        case .form:
            before = Self.formValues(payload)
            after = Self.formValues(output)
            #expect(output.split(separator: UInt8(ascii: "&")).count == payload.split(separator: UInt8(ascii: "&")).count)
        }
        try #require(before.count == after.count)
        for (old, new) in zip(before, after) {
            if sample.planted.contains(where: old.contains) {
                #expect(old != new)
            } else {
                #expect(old == new)
            }
        }
        for value in sample.planted {
            #expect(!after.contains { $0.contains(value) }, "\(value) survived in \(sample.file)")
        }
        for value in sample.kept {
            #expect(after.contains { $0.contains(value) }, "\(value) was changed in \(sample.file)")
        }
    }

    static func redact(_ payload: [UInt8], profile: PayloadProfile, senders: PayloadScanner.SenderHandling,
                       policy: RedactionPolicy) throws -> (output: [UInt8], result: PayloadScanResult) {
        let scanner = try PayloadScanner(scanner: Self.scanner, profile: profile, policy: policy, senders: senders)
        let result = try scanner.scan(payload.span)
        var output: [UInt8] = []
        result.appendRedacted(payload.span, policy: policy, to: &output)
        return (output, result)
    }

    /// With `senders: .replace`, a sender's phone number gets the pseudonym that the same number
    /// typed in a message gets, however the platform writes it (`4915112345678`,
    /// `+4915112345678`, `whatsapp:+4915112345678`); the payload's risk stays that of its text.
    @Test func sendersReplacedWithTheTokenOfTheSameNumberInText() throws {
        let policy = RedactionPolicy(.pseudonym(Pseudonymizer(key: try VeilKey(bytes: Array("0123456789abcdef0123456789abcdef".utf8)))))
        let token = try #require(Self.scanner.redact("Tel. +49 151 12345678", policy: policy).split(separator: " ").last.map(String.init))
        #expect(token.hasPrefix("[PHONE:"))

        let whatsapp = try #require(PayloadProfile.named("whatsapp"))
        let payload = Array(try Data(contentsOf: Self.directory.appendingPathComponent("whatsapp-text.json")))
        let (output, result) = try Self.redact(payload, profile: whatsapp, senders: .replace, policy: policy)
        let (_, kept) = try Self.redact(payload, profile: whatsapp, senders: .keep, policy: policy)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output)) as? [String: Any])
        let value = try #require(((json["entry"] as? [[String: Any]])?.first?["changes"] as? [[String: Any]])?.first?["value"] as? [String: Any])
        #expect((value["messages"] as? [[String: Any]])?.first?["from"] as? String == token)
        #expect((value["contacts"] as? [[String: Any]])?.first?["wa_id"] as? String == token)
        #expect(!String(decoding: output, as: UTF8.self).contains("4915112345678"))
        #expect(result.risk == kept.risk)
        #expect(result.values.filter { $0.result.findings.first?.ruleID == PayloadScanner.senderRuleID }.map(\.path)
                == ["$.entry[0].changes[0].value.contacts[0].wa_id", "$.entry[0].changes[0].value.messages[0].from"])

        let twilio = try #require(PayloadProfile.named("twilio"))
        let form = Array(try Data(contentsOf: Self.directory.appendingPathComponent("twilio-whatsapp-media.form")))
        let fields = Self.formValues(try Self.redact(form, profile: twilio, senders: .replace, policy: policy).output)
        #expect(fields.contains("whatsapp:" + token))
        #expect(fields.contains(token))
        #expect(!fields.contains { $0.contains("4915112345678") })
    }

    /// A sender's identifier that is no phone number (Messenger's page-scoped ids, Telegram's
    /// numeric ids, Smooch's user ids) is kept even with `senders: .replace`.
    @Test(arguments: ["messenger.json", "telegram-message.json", "smooch.json"])
    func platformUserIDsAreKept(file: String) throws {
        let sample = try #require(Self.samples.first { $0.file == file })
        let profile = try #require(PayloadProfile.named(sample.profile))
        let payload = Array(try Data(contentsOf: Self.directory.appendingPathComponent(file)))
        let replaced = try Self.redact(payload, profile: profile, senders: .replace, policy: RedactionPolicy())
        #expect(replaced.output == (try Self.redact(payload, profile: profile)).output)
    }

    /// The sender's value is replaced only when it is a valid international number.
    @Test(arguments: [("4915112345678", true), ("+4915112345678", true), ("whatsapp:+4915112345678", true),
                      ("6789012345678901", false), ("+4915", false), ("whatsapp:+49151 12345678", false), ("+999123456789", false)])
    func senderNumbersAreValidInternationalNumbers(value: String, replaced: Bool) throws {
        let profile = PayloadProfile(name: "t", paths: [try JSONPath("$.text")], senderPaths: ["$.from"])
        let payload = Array("{\"from\":\"\(value)\",\"text\":\"hi\"}".utf8)
        let (output, _) = try Self.redact(payload, profile: profile, senders: .replace, policy: RedactionPolicy())
        #expect(String(decoding: output, as: UTF8.self).contains(value) != replaced)
    }

    /// Scanning reports each finding with the path of the string it was found in.
    @Test func findingsCarryTheirPath() throws {
        let payload = Array(#"{"entry":[{"changes":[{"value":{"messages":[{"text":{"body":"IBAN DE89 3704 0044 0532 0130 00"}}]}}]}]}"#.utf8)
        let (_, result) = try Self.redact(payload, profile: try #require(PayloadProfile.named("whatsapp")))
        #expect(result.values.map(\.path) == ["$.entry[0].changes[0].value.messages[0].text.body"])
        #expect(result.values.first?.result.findings.map(\.type) == ["IBAN"])
        #expect(result.valuesScanned == 1)
    }

    /// Every member of a selected name is scanned, however its name is escaped: a consumer may
    /// read any of them.
    @Test func duplicateAndEscapedNamesAreAllScanned() throws {
        let payload = Array(#"{"text":"IBAN DE89 3704 0044 0532 0130 00","t\u0065xt":"Tel. 0151 23456789","text":"hi"}"#.utf8)
        let (output, result) = try Self.redact(payload, profile: PayloadProfile(name: "t", paths: [try JSONPath("$.text")]))
        #expect(result.valuesScanned == 3)
        #expect(String(decoding: output, as: UTF8.self) == #"{"text":"IBAN [IBAN]","t\u0065xt":"Tel. [PHONE]","text":"hi"}"#)
    }

    /// Escapes are decoded before scanning and the redacted value is escaped again.
    @Test func escapedValuesAreDecodedAndReEscaped() throws {
        let payload = Array(#"{"text":"Tel.\n0151\u002023456789 \"bitte\" \u00fcberweisen"}"#.utf8)
        let (output, _) = try Self.redact(payload, profile: PayloadProfile(name: "t", paths: [try JSONPath("$.text")]))
        #expect(String(decoding: output, as: UTF8.self) == #"{"text":"Tel.\n[PHONE] \"bitte\" überweisen"}"#)
    }

    @Test func notJSONIsAnError() throws {
        let profile = PayloadProfile(name: "t", paths: [try JSONPath("$..text")])
        for bad in [#"{"text":"a""#, #"{"text":"a"} x"#, "", #"{"text":"a\x"}"#, String(repeating: "[", count: 600) + String(repeating: "]", count: 600)] {
            #expect(throws: PayloadError.invalidJSON) { try Self.redact(Array(bad.utf8), profile: profile) }
        }
        #expect(throws: PayloadError.invalidForm) {
            try Self.redact(Array("Body=50%+off&From=x".utf8), profile: try #require(PayloadProfile.named("twilio")))
        }
    }

    @Test(arguments: [("$.a.b", ["$.a.b"]), ("$..text", ["$.text", "$.x.text", "$.x[1].text"]), ("$.x[*].text", ["$.x[1].text"]),
                      ("$.x[1].*", ["$.x[1].text"]), ("$['a'][\"b\"]", ["$.a.b"]), ("$..*", ["$.a.b", "$.text", "$.x[0]", "$.x[1].text", "$.x.text"])])
    func pathsSelect(path: String, expected: [String]) throws {
        let document = Array(#"{"a":{"b":"1"},"text":"2","x":["3",{"text":"4"}],"y":5,"x":{"text":"6"}}"#.utf8)
        let selection = try document.withUnsafeBufferPointer { try JSONSelection($0, paths: try JSONPathSet([try JSONPath(path)])) }
        #expect(document.withUnsafeBufferPointer { bytes in selection.strings.map { $0.pathText(in: bytes) } }.sorted() == expected.sorted())
    }

    @Test(arguments: ["text", "$.", "$[", "$[?(@.a)]", "$[-1]", "$[1:2]", "$.a[", "$['a]", "$x"])
    func badPathsAreErrors(path: String) {
        #expect(throws: JSONPathError.self) { try JSONPath(path) }
    }

    // MARK: Independent readers

    /// Every scalar leaf of a Foundation JSON tree, in a fixed order, as text.
    static func leaves(_ value: Any) -> [String] {
        switch value {
        case let object as [String: Any]: object.keys.sorted().flatMap { leaves(object[$0]!) }
        case let array as [Any]: array.flatMap(leaves)
        case let string as String: [string]
        default: ["\(value)"]
        }
    }

    /// JSON text cut into string tokens (quotes included) and the runs of bytes between them.
    static func tokens(_ bytes: [UInt8]) -> [[UInt8]] {
        var tokens: [[UInt8]] = [], current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\"") {
                if !current.isEmpty { tokens.append(current); current = [] }
                var end = index + 1
                while bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                tokens.append(Array(bytes[index...end]))
                index = end + 1
            } else {
                current.append(bytes[index])
                index += 1
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// A form body's values, decoded by Foundation.
    static func formValues(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines).split(separator: "&", omittingEmptySubsequences: false).map { field in
            let value = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""
            return value.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "<undecodable>"
        }
    }
}
