import Testing
@testable import VeilCLI

@Suite("JSON Lines reader and writer")
struct JSONLineTests {
    private func parse(_ line: String, field: String = "text") throws(JSONLine.Problem) -> JSONLine {
        try Array(line.utf8).withUnsafeBufferPointer { (bytes) throws(JSONLine.Problem) in try JSONLine.parse(bytes, field: Array(field.utf8)) }
    }

    @Test func decodesEscapesInTheMessage() throws {
        let line = #"{"te\u0078t":"a\"b\\c\/d\n\u00e4\ud83d\ude00\ud800x"}"#
        let parsed = try parse(line)
        #expect(parsed.message == "a\"b\\c/d\nä😀\u{FFFD}x")
        #expect(Array(line.utf8)[parsed.valueRange].first == UInt8(ascii: "\""))
    }

    @Test(arguments: [
        #"{"text":"a"} x"#, #"{"text":"a\q"}"#, "{\"text\":\"tab\there\"}", #"["text"]"#, #"{"text":"a",}"#,
        #"{"text":01}"#, #"{"a":1,"text":"x""#, #"{"text":"\u12"}"#, "", #"{"a":[1,2,{"b":tru}],"text":"x"}"#,
    ])
    func rejectsInvalidJSON(_ line: String) {
        #expect(throws: JSONLine.Problem.invalidJSON) { try parse(line) }
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
    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var state: UInt64 = 3
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                    0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var cases: [[UInt8]] = [[], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                [0xE0, 0x80, 0x80], [0xC0, 0xAF], Array("plain ASCII text, long enough for the fast path".utf8)]
        for _ in 0..<20_000 {
            let length = Int(next() % 12)
            cases.append((0..<length).map { _ in
                next() % 3 == 0 ? UInt8(truncatingIfNeeded: next()) : interesting[Int(next() % UInt64(interesting.count))]
            })
        }
        var valid = 0
        for bytes in cases {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected, "\(bytes)")
            if expected { valid += 1 }
        }
        #expect(valid > 1000)
    }

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
