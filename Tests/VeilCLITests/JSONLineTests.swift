import Testing
@testable import VeilCLI
import Veil

@Suite("JSON Lines reader and writer")
struct JSONLineTests {
    private func parse(_ line: String, field: String = "text") throws(JSONLine.Problem) -> JSONLine {
        try Array(line.utf8).withUnsafeBufferPointer { (bytes) throws(JSONLine.Problem) in try JSONLine.parse(bytes, field: try! JSONPathSet([JSONPath(member: field)])) }
    }

    @Test func decodesEscapesInTheMessage() throws {
        let line = #"{"te\u0078t":"a\"b\\c\/d\n\u00e4\ud83d\ude00\ud800x"}"#
        let parsed = try parse(line)
        guard case .decoded(let message) = parsed.message else { Issue.record("escapes not decoded"); return }
        #expect(message == "a\"b\\c/d\nä😀\u{FFFD}x")
        #expect(Array(line.utf8)[parsed.valueRange].first == UInt8(ascii: "\""))
    }

    @Test(arguments: [
        #"{"text":"a"} x"#, #"{"text":"a\q"}"#, "{\"text\":\"tab\there\"}", #"["text"]"#, #"{"text":"a",}"#,
        #"{"text":01}"#, #"{"a":1,"text":"x""#, #"{"text":"\u12"}"#, "", #"{"a":[1,2,{"b":tru}],"text":"x"}"#,
    ])
    func rejectsInvalidJSON(_ line: String) {
        #expect(throws: JSONLine.Problem.invalidJSON) { try parse(line) }
    }

    @Test func duplicateFieldIsAProblem() {
        #expect(throws: JSONLine.Problem.duplicateField) { try parse(#"{"text":"a","text":"b"}"#) }
        #expect(throws: JSONLine.Problem.duplicateField) { try parse(#"{"te\u0078t":"a","text":1}"#) }
        #expect(throws: Never.self) { try parse(#"{"text":"a","texts":"b"}"#) }
    }

    @Test func missingOrNonStringField() {
        #expect(throws: JSONLine.Problem.fieldMissing) { try parse(#"{"other":"x"}"#) }
        #expect(throws: JSONLine.Problem.fieldMissing) { try parse(#"{"text":42}"#) }
    }

    @Test func writesEscapes() {
        var output: [UInt8] = []
        JSONWriter.appendString("a\"b\\c\n\t\u{01}ä😀", to: &output)
        #expect(String(decoding: output, as: UTF8.self) == #""a\"b\\c\n\t\u0001ä😀""#)
    }

    /// The byte-level check must agree with the standard library on every input: random bytes
    /// biased towards lead and continuation bytes, and edge cases of every sequence length.
    @Test func wordAtATimeTestFindsTheFirstByteJSONEscapes() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        for round in 0..<200_000 {
            let bytes = (0..<8).map { _ in round % 2 == 0 ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
            #expect(JSONWriter.firstSpecialByte(word) == expected, "\(bytes)")
        }
    }
}
