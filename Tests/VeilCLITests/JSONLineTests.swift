import Testing
@testable import VeilCLI

@Suite("JSON Lines reader and writer")
struct JSONLineTests {
    private func parse(_ line: String, field: String = "text") throws(JSONLine.Problem) -> JSONLine {
        try JSONLine.parse(Array(line.utf8), field: field)
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
}
