import Foundation
import Testing
import Veil

/// Runs the built `veil` executable with `input` on standard input.
func runVeil(_ arguments: [String], input: Data) throws -> (stdout: Data, stderr: String, status: Int32) {
    let process = Process()
    process.executableURL = veilExecutable
    process.arguments = arguments
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
        stdin.fileHandleForWriting.write(input)
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (output, String(decoding: errors, as: UTF8.self), process.terminationStatus)
}

func runVeil(_ arguments: [String], _ input: String) throws -> (stdout: String, stderr: String, status: Int32) {
    let result = try runVeil(arguments, input: Data(input.utf8))
    return (String(decoding: result.stdout, as: UTF8.self), result.stderr, result.status)
}

/// The path of a file in `Tests/Fixtures`.
func fixture(_ name: String) -> String {
    URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../Fixtures/\(name)").standardized.path
}

/// The `veil` binary next to the test bundle in the build folder.
let veilExecutable: URL = {
    var directory = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: directory.appending(path: "veil").path), directory.path != "/" {
        directory.deleteLastPathComponent()
    }
    return directory.appending(path: "veil")
}()

/// The `veil` member of a JSONL output record, decoded with types independent of Veil's.
struct VeilMember: Decodable, Equatable {
    struct Risk: Decodable, Equatable { let score: Int; let level: String }
    struct Finding: Decodable, Equatable {
        let category: String, type: String, rule: String, start: Int, end: Int, confidence: Double, validated: Bool
        var region: String? = nil, kind: String? = nil
    }
    let risk: Risk?
    let findings: [Finding]?
    let error: String?
    let detail: String?
}

struct Record: Decodable {
    let id: Int?
    let text: String?
    let veil: VeilMember
}

@Suite("veil command, end to end through a pipe")
struct CommandLineTests {
    @Test func redactsTextLines() throws {
        let result = try runVeil([], "Meine IBAN: DE89 3704 0044 0532 0130 00, Tel. 0151 23456789\nHallo\n")
        #expect(result.stdout == "Meine IBAN: [IBAN], Tel. [PHONE]\nHallo\n")
        #expect(result.status == 0)
    }

    @Test func sameOutputForFullWidthAndZeroWidthSpellings() throws {
        let input = "Meine IBAN: ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００, Tel. 0151 23456789\nMeine IBAN: DE89\u{200B}3704 0044 0532 0130 00, Tel. 0151 23456789\n"
        #expect(try runVeil(["redact"], input).stdout == String(repeating: "Meine IBAN: [IBAN], Tel. [PHONE]\n", count: 2))
    }

    @Test func jsonlKeepsOtherFieldsAndCountsCodePoints() throws {
        let line = #"{"id":7,"text":"😀 IBAN DE89 3704 0044 0532 0130 00","meta":{"a":[1,2.5e3,null,true]},"u":"\u00e4"}"#
        let output = try runVeil(["--format", "jsonl"], line + "\n").stdout
        #expect(output.hasPrefix(#"{"id":7,"text":"😀 IBAN [IBAN]","meta":{"a":[1,2.5e3,null,true]},"u":"\u00e4","veil":"#))
        let record = try JSONDecoder().decode(Record.self, from: Data(output.utf8))
        #expect(record.id == 7 && record.text == "😀 IBAN [IBAN]")
        #expect(record.veil.findings == [.init(category: "IBAN", type: "IBAN", rule: "iban", start: 7, end: 34, confidence: 1.0, validated: true)])
        #expect(record.veil.risk?.level == "high")
        let text = "😀 IBAN DE89 3704 0044 0532 0130 00"
        #expect(Array(text.unicodeScalars)[7..<34].map(String.init).joined() == "DE89 3704 0044 0532 0130 00")
    }

    @Test func phoneFindingsCarryTheirRegionAndType() throws {
        let input = #"{"text":"call (305) 581-5784 or +49 151 23456789"}"# + "\n"
        let record = try JSONDecoder().decode(Record.self, from: Data(try runVeil(["scan", "--format", "jsonl"], input).stdout.utf8))
        #expect(record.veil.findings?.map { [$0.region, $0.kind] } == [["US", "fixed_or_mobile"], ["DE", "mobile"]])
        // With France as the only home region, the US number written nationally is not a number.
        let french = try JSONDecoder().decode(Record.self, from: Data(try runVeil(["scan", "--format", "jsonl", "--phone-regions", "FR"], input).stdout.utf8))
        #expect(french.veil.findings?.map(\.region) == ["DE"])
    }

    @Test func anUnknownPhoneRegionIsAUsageError() throws {
        let result = try runVeil(["--phone-regions", "DE,XX"], "Tel. 0151 23456789\n")
        #expect(result.status == 64 && result.stdout.isEmpty)
    }

    @Test func jsonlKeepsACleanMessageByteForByte() throws {
        let line = #"{"text":"Gr\u00fc\u00DFe, \"alles\" gut\/ok\tdanke"}"#
        let output = try runVeil(["--format", "jsonl"], line + "\n").stdout
        #expect(output.hasPrefix(#"{"text":"Gr\u00fc\u00DFe, \"alles\" gut\/ok\tdanke","veil":{"risk":{"score":0"#))
    }

    @Test func jsonlWithAnotherField() throws {
        let output = try runVeil(["--format", "jsonl", "--field", "body"], #"{"text":"0151 23456789","body":"Tel 0151 23456789"}"# + "\n").stdout
        #expect(output.hasPrefix(#"{"text":"0151 23456789","body":"Tel [PHONE]","veil":"#))
    }

    @Test func scanLeavesTheTextUnchanged() throws {
        let output = try runVeil(["scan", "--format", "jsonl"], #"{"text":"Tel 0151 23456789"}"# + "\n").stdout
        let record = try JSONDecoder().decode(Record.self, from: Data(output.utf8))
        #expect(record.text == "Tel 0151 23456789")
        #expect(record.veil.findings?.first?.type == "PHONE")
        let textOutput = try runVeil(["scan"], "Tel 0151 23456789\n").stdout
        #expect(try JSONDecoder().decode(VeilMember.self, from: Data(textOutput.utf8)).findings?.count == 1)
    }

    @Test func scanCountsCodePointsBeforeEachOfSeveralFindings() throws {
        let text = "Grüße 😀 Tel 0151 23456789, Straße ä IBAN DE89 3704 0044 0532 0130 00"
        let scalars = Array(text.unicodeScalars)
        func spans(_ findings: [VeilMember.Finding]?) -> [String] {
            (findings ?? []).map { scalars[$0.start..<$0.end].map(String.init).joined() }
        }
        let expected = ["0151 23456789", "DE89 3704 0044 0532 0130 00"]
        let textOutput = try runVeil(["scan"], text + "\n").stdout
        #expect(spans(try JSONDecoder().decode(VeilMember.self, from: Data(textOutput.utf8)).findings) == expected)
        // Escapes make the message a decoded string rather than the line's bytes: same offsets.
        let escaped = text.replacingOccurrences(of: "ü", with: #"\u00fc"#).replacingOccurrences(of: "😀", with: #"\ud83d\ude00"#)
        let jsonOutput = try runVeil(["scan", "--format", "jsonl"], #"{"text":""# + escaped + "\"}\n").stdout
        #expect(spans(try JSONDecoder().decode(Record.self, from: Data(jsonOutput.utf8)).veil.findings) == expected)
    }

    /// Issue 20: with the message field twice only one copy was scanned, and a consumer that
    /// reads the other (Python's json.loads keeps the last) got a clean-looking record.
    @Test(arguments: [
        #"{"text":"IBAN DE89 3704 0044 0532 0130 00","text":"hi"}"#,
        #"{"t\u0065xt":"IBAN DE89 3704 0044 0532 0130 00","text":"hi"}"#,
        #"{"text":"hi","te\u0078t":"IBAN DE89 3704 0044 0532 0130 00"}"#,
        #"{"text":42,"text":"IBAN DE89 3704 0044 0532 0130 00"}"#,
    ])
    func aDuplicateMessageFieldIsScannedWholeAndFlagged(_ line: String) throws {
        let result = try runVeil(["--format", "jsonl", "--stats"], line + "\n")
        let record = try JSONDecoder().decode(Record.self, from: Data(result.stdout.utf8))
        #expect(record.veil.error == "duplicate_field")
        #expect(record.text?.contains("[IBAN]") == true)
        #expect(!result.stdout.contains("0532"))
        #expect(result.stderr.contains("lines with the message field twice (scanned as text): 1"))
    }

    @Test func brokenJSONIsScannedAsTextAndFlagged() throws {
        let result = try runVeil(["--format", "jsonl", "--stats"], "{\"text\": \"IBAN DE89 3704 0044 0532 0130 00\"\n{\"other\":1,\"n\":\"0151 23456789\"}\n")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let broken = try JSONDecoder().decode(Record.self, from: Data(lines[0].utf8))
        #expect(broken.text == #"{"text": "IBAN [IBAN]""#)
        #expect(broken.veil.error == "invalid_json")
        let missing = try JSONDecoder().decode(Record.self, from: Data(lines[1].utf8))
        #expect(missing.text == #"{"other":1,"n":"[PHONE]"}"#)
        #expect(missing.veil.error == "field_missing")
        #expect(result.stderr.contains("invalid JSON lines (scanned as text): 1"))
        #expect(!result.stdout.contains("0532") && !result.stdout.contains("23456789"))
    }

    @Test func invalidUTF8IsReplacedAndCounted() throws {
        var input = Data("Tel 0151 23456789 ".utf8)
        input.append(contentsOf: [0xFF, 0xC3, 0x28, 0x0A])
        let result = try runVeil(["--stats"], input: input)
        #expect(String(decoding: result.stdout, as: UTF8.self) == "Tel [PHONE] \u{FFFD}\u{FFFD}(\n")
        #expect(result.stderr.contains("invalid UTF-8 lines (repaired with U+FFFD): 1"))
    }

    @Test func overlongLinesAreWithheld() throws {
        let long = "DE89 3704 0044 0532 0130 00 " + String(repeating: "x", count: 300)
        let text = try runVeil(["--max-line-bytes", "100"], "kurz 0151 23456789\n\(long)\nnoch eine\n")
        #expect(text.stdout == "kurz [PHONE]\n[VEIL ERROR: line_too_long]\nnoch eine\n")
        #expect(text.status == 1)
        let jsonl = try runVeil(["--format", "jsonl", "--max-line-bytes", "100"], "{\"text\":\"\(long)\"}\n")
        let record = try JSONDecoder().decode(Record.self, from: Data(jsonl.stdout.utf8))
        #expect(record.veil.error == "line_too_long" && record.text == nil)
        #expect(!jsonl.stdout.contains("3704"))
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let result = try runVeil([], "")
        #expect(result.stdout.isEmpty && result.status == 0)
    }

    @Test func lastLineWithoutNewlineIsScanned() throws {
        #expect(try runVeil([], "a\nTel 0151 23456789").stdout == "a\nTel [PHONE]\n")
    }

    @Test func maskMode() throws {
        #expect(try runVeil(["redact", "--mask"], "DE89 3704 0044 0532 0130 00\n").stdout == "DE** **** **** **** **30 00\n")
    }

    @Test func brokenPackExitsWithItsError() throws {
        let pack = fixture("broken-regex.toml")
        let result = try runVeil(["--pack", pack], "x\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains(pack) && result.stderr.contains("rule 'bad-group'") && result.stderr.contains("missing closing parenthesis"))
    }

    @Test func flushesEachLineWhenLineBuffered() throws {
        let process = Process()
        process.executableURL = veilExecutable
        process.arguments = ["--line-buffered"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data("Tel 0151 23456789\n".utf8))
        // The answer must arrive while standard input is still open.
        let line = stdout.fileHandleForReading.availableData
        #expect(String(decoding: line, as: UTF8.self) == "Tel [PHONE]\n")
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    @Test func jobsKeepInputOrder() throws {
        let lines = (0..<5000).map { index in
            index % 3 == 0 ? "Nachricht \(index): IBAN DE89 3704 0044 0532 0130 00" : "Nachricht \(index) ohne Daten 😀"
        }
        let input = lines.joined(separator: "\n") + "\n"
        let sequential = try runVeil(["--jobs", "1"], input)
        let parallel = try runVeil(["--jobs", "4", "--stats"], input)
        #expect(parallel.stdout == sequential.stdout)
        #expect(parallel.stdout.split(separator: "\n").count == 5000)
        #expect(parallel.stderr.contains("veil: 5000 lines, 1667 with findings"))
    }

    @Test func jobsKeepOrderAndCountsWithBadInputAmongTheLines() throws {
        var input = Data()
        for index in 0..<20_000 {
            switch index % 1_000 {
            case 17: input.append(contentsOf: Array("{\"text\": \"kaputt 0151 23456789\"".utf8))
            case 400: input.append(contentsOf: [0xFF, 0xFE] + Array(" Tel 0151 23456789".utf8))
            case 700: input.append(contentsOf: Array("{\"text\":\"".utf8) + Array(repeating: UInt8(ascii: "z"), count: 3_000) + Array("\"}".utf8))
            default: input.append(contentsOf: Array("{\"id\":\(index),\"text\":\"Nachricht \(index): IBAN DE89 3704 0044 0532 0130 00\"}".utf8))
            }
            input.append(0x0A)
        }
        let arguments = ["--format", "jsonl", "--max-line-bytes", "2000", "--stats"]
        let sequential = try runVeil(arguments + ["--jobs", "1"], input: input)
        let parallel = try runVeil(arguments + ["--jobs", "3"], input: input)
        #expect(parallel.stdout == sequential.stdout)
        #expect(parallel.stderr == sequential.stderr)
        #expect(parallel.status == 1 && sequential.status == 1)
        #expect(parallel.stdout.split(separator: 0x0A).count == 20_000)
        for expected in ["veil: 20000 lines", "invalid UTF-8 lines (repaired with U+FFFD): 20", "invalid JSON lines (scanned as text): 40",
                         "lines over the size limit (withheld): 20"] {
            #expect(parallel.stderr.contains(expected))
        }
    }

    @Test func rulesListsEveryRuleWithItsCheck() throws {
        let lines = try runVeil(["rules"], "").stdout.split(separator: "\n")
        #expect(lines.first == "id\tcategory\ttype\tvalidator\tcheck")
        #expect(lines.contains("iban\tIBAN\tIBAN\tiban\tstrong"))
        #expect(lines.contains("de-steuer-idnr\tID\tDE_STEUER_ID\tde-steuer-idnr\tweak"))
        #expect(lines.count == (try MessageScanner().rules.count) + 1)
    }

    /// Issue 20: `veil < big | head -1` died of SIGPIPE (141); a closed output is a failed write.
    @Test(arguments: ["1", "2"])
    func aClosedOutputPipeExitsThree(_ jobs: String) throws {
        let input = FileManager.default.temporaryDirectory.appending(path: "veil-sigpipe-\(jobs).txt")
        try Data(String(repeating: "Tel. 0151 23456789, Bestellung 4711\n", count: 200_000).utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = veilExecutable
        process.arguments = ["--jobs", jobs]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        _ = stdout.fileHandleForReading.availableData
        try stdout.fileHandleForReading.close()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 3)
        #expect(errors.contains("write failed"))
    }

    /// Issue 20: SIGTERM and SIGINT lost the lines read but not yet written. Now veil stops
    /// reading, writes every line it has read (a last one without its newline too) and exits
    /// with 128 + the signal's number, also while it waits for input that does not come.
    @Test(arguments: [("1", SIGTERM), ("2", SIGTERM), ("1", SIGINT), ("3", SIGINT)])
    func aStopSignalWritesEveryLineRead(_ jobs: String, _ signal: Int32) throws {
        let process = Process()
        process.executableURL = veilExecutable
        process.arguments = ["--jobs", jobs]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let lines = (0..<500).map { "Zeile \($0): Tel. 0151 23456789, IBAN DE89 3704 0044 0532 0130 00" }
        stdin.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\nohne Zeilenende 0151 23456789").utf8))
        // Every complete line is answered while the input stays open; then the signal comes.
        var output = Data()
        while output.filter({ $0 == 0x0A }).count < lines.count { output += stdout.fileHandleForReading.availableData }
        kill(process.processIdentifier, signal)
        output += stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal)
        let written = String(decoding: output, as: UTF8.self).split(separator: "\n")
        #expect(written.count == lines.count + 1)
        #expect(written.last == "ohne Zeilenende [PHONE]")
        #expect(written.allSatisfy { !$0.contains("0151") && !$0.contains("DE89") })
        try? stdin.fileHandleForWriting.close()
    }

    /// Issue 20: packs failed open. A rule with the id of a built-in one and a regex that never
    /// matches replaced the IBAN rule in silence; no rules at all ran with exit 0; a second rule
    /// with one id was dropped; a rule whose examples fail loaded.
    @Test func packsFailClosed() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "veil-packs-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func pack(_ name: String, rules: [(id: String, example: String)]) throws -> String {
            var text = "[pack]\nname = \"\(name)\"\n"
            for rule in rules {
                text += "[[rule]]\nid = \"\(rule.id)\"\ncategory = \"ID\"\ntype = \"TICKET\"\n"
                text += "regex = '''tkt-[0-9]{6}'''\nconfidence = 0.9\nseverity = 0.5\nexamples = [\"\(rule.example)\"]\n"
            }
            let path = directory.appending(path: "\(name).toml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let iban = "IBAN DE89 3704 0044 0532 0130 00\n"
        let replacing = try runVeil(["--pack", try pack("replaces", rules: [("iban", "ticket «tkt-123456»")])], iban)
        #expect(replacing.stderr.contains("rule 'iban' of") && replacing.stderr.contains("replaces the built-in rule 'iban'"))
        let silenced = try runVeil(["--replace-builtins", "--pack", try pack("silenced", rules: [("iban", "ticket «tkt-123456»")])], iban)
        #expect(silenced.status == 0 && silenced.stderr.isEmpty)
        let failing = try runVeil(["--pack", try pack("failing", rules: [("ticket", "ticket «TKT 123456»")])], iban)
        #expect(failing.status == 2 && failing.stdout.isEmpty && failing.stderr.contains("rule 'ticket': expected «TKT 123456»"))
        let twice = try runVeil(["--pack", try pack("twice", rules: [("ticket", "«tkt-123456»"), ("ticket", "«tkt-654321»")])], iban)
        #expect(twice.status == 2 && twice.stdout.isEmpty && twice.stderr.contains("a second rule with the same id"))
        let none = try runVeil(["--no-builtin-packs"], iban)
        #expect(none.status == 2 && none.stdout.isEmpty && none.stderr.contains("no rules to run"))
    }

    /// Issue 20: `--jobs 100000` crashed (SIGILL) instead of refusing the argument.
    @Test(arguments: ["0", "257", "100000"])
    func jobsOutsideTheRangeAreRefused(_ jobs: String) throws {
        let result = try runVeil(["--jobs", jobs], "hi\n")
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty && result.stderr.contains("--jobs must be between 1 and 256"))
    }

    @Test func checkRunsOneValidator() throws {
        let result = try runVeil(["check", "iban"], "de89370400440532013000\nde89370400440532013001\n")
        #expect(result.stdout == "valid\ninvalid\n")
        #expect(try runVeil(["check", "no-such"], "").status == 64)
    }

    @Test func helpListsTheSubcommands() throws {
        let help = try runVeil(["--help"], "").stdout
        for word in ["redact", "scan", "rules", "profiles", "check", "Exit codes"] { #expect(help.contains(word)) }
    }

    /// A pretty-printed payload read whole: redacted in place, every other byte (line breaks,
    /// indentation, the sender's number) as it came.
    @Test func aWholeDocumentIsRedactedInPlace() throws {
        let payload = """
            {
              "update_id": 1,
              "message": {"from": {"id": 4915112345678}, "text": "IBAN DE89 3704 0044 0532 0130 00\\nTel. 0151 23456789"}
            }

            """
        let result = try runVeil(["--profile", "telegram", "--format", "json"], payload)
        #expect(result.status == 0)
        #expect(result.stdout == payload.replacingOccurrences(of: "DE89 3704 0044 0532 0130 00", with: "[IBAN]")
            .replacingOccurrences(of: "0151 23456789", with: "[PHONE]"))
        let scan = try runVeil(["scan", "--profile", "telegram", "--format", "json"], payload).stdout
        #expect(scan.contains(#""path":"$.message.text""#) && scan.hasSuffix("}\n"))
    }

    /// One payload per line with --path; a line that is not JSON is scanned as text and flagged.
    @Test func payloadLinesWithAPath() throws {
        let input = #"{"a":[{"b":"Tel. 0151 23456789"},{"b":7}],"c":"Tel. 0151 23456789"}"# + "\n" + #"{"a": Tel. 0151 23456789"# + "\n"
        let lines = try runVeil(["--path", "$.a[*].b", "--format", "jsonl"], input).stdout.split(separator: "\n")
        #expect(lines.first == #"{"a":[{"b":"Tel. [PHONE]"},{"b":7}],"c":"Tel. 0151 23456789"}"#)
        #expect(lines.last?.hasPrefix(#"{"text":"{\"a\": Tel. [PHONE]","veil":"#) == true && lines.last?.contains("invalid_json") == true)
    }

    @Test func twilioFormBodiesAreReEncoded() throws {
        let body = "To=%2B4930123456&Body=Meine+IBAN%3A+DE89+3704+0044+0532+0130+00+%F0%9F%98%80&From=%2B4915112345678\n"
        #expect(try runVeil(["--profile", "twilio", "--format", "jsonl"], body).stdout
                == "To=%2B4930123456&Body=Meine+IBAN%3A+%5BIBAN%5D+%F0%9F%98%80&From=%2B4915112345678\n")
        // With --senders replace, the sender's number is replaced as a number in the text is.
        #expect(try runVeil(["--profile", "twilio", "--format", "jsonl", "--senders", "replace"], body).stdout
                == "To=%5BPHONE%5D&Body=Meine+IBAN%3A+%5BIBAN%5D+%F0%9F%98%80&From=%5BPHONE%5D\n")
    }

    /// Issue 19: pseudonyms and sealed tokens need a key from a file or VEIL_KEY, at least 32
    /// bytes; tokens reveal to the original line; allowed values pass; risky lines are withheld.
    @Test func operatorsKeysAndReveal() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "veil-keys-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = directory.appending(path: "key").path, short = directory.appending(path: "short").path
        let allow = directory.appending(path: "allow").path
        try Data("0123456789abcdef0123456789abcdef\n".utf8).write(to: URL(filePath: key))
        try Data("too short\n".utf8).write(to: URL(filePath: short))
        try Data("# our own hotline\n+49 30 901820\n".utf8).write(to: URL(filePath: allow))
        let input = "IBAN DE89 3704 0044 0532 0130 00, Tel. 0151 23456789, Hotline 030 901820\n"

        let pseudonyms = try runVeil(["--operator", "pseudonym", "--key-file", key], input + "de89370400440532013000\n")
        let tokens = pseudonyms.stdout.split(separator: "\n")
        #expect(tokens.count == 2 && tokens[0].hasPrefix("IBAN [IBAN:") && tokens[1] == tokens[0].dropFirst(5).prefix(15))
        #expect(try runVeil(["--operator", "pseudonym"], input).status == 64)
        #expect(try runVeil(["--operator", "encrypt", "--key-file", short], input).status == 64)

        let sealed = try runVeil(["--operator", "encrypt", "--key-file", key], input)
        #expect(sealed.status == 0 && !sealed.stdout.contains("3704") && sealed.stdout.contains("[IBAN:enc:"))
        let revealed = try runVeil(["reveal", "--key-file", key], sealed.stdout)
        #expect(revealed.stdout == input && revealed.status == 0)
        let changed = sealed.stdout.replacingOccurrences(of: "[IBAN:enc:", with: "[IBAN:enc:A")
        let refused = try runVeil(["reveal", "--key-file", key], changed)
        #expect(refused.stdout == "[VEIL ERROR: token_rejected]\n" && refused.status == 1)

        #expect(try runVeil(["--allow-file", allow], input).stdout == "IBAN [IBAN], Tel. [PHONE], Hotline 030 901820\n")
        let withheld = try runVeil(["--withhold-from", "high", "--stats"], input + "Hallo\n")
        #expect(withheld.stdout == "[VEIL ERROR: withheld]\nHallo\n" && withheld.status == 0)
        #expect(withheld.stderr.contains("lines withheld by the policy for their risk: 1"))
    }

    /// Issue 19: the audit log says what was found and done and holds no value: no audit line
    /// contains any 6 characters in a row of any finding's value, over messages built from
    /// values of every category, with ids, in JSON Lines.
    @Test func theAuditLogHoldsNoValue() throws {
        let values = ["DE89 3704 0044 0532 0130 00", "GB33BUKB20201555555555", "4111 1111 1111 1111", "5555-5555-5555-4444",
                      "0151 23456789", "+49 30 901820", "(305) 581-5784", "erika.mustermann@example.de", "Metformin", "Migräne",
                      "Diabetes mellitus Typ 2", "86095742719", "A123456780", "756.1234.5678.97", "COBADEFFXXX", "12/27"]
        let fillers = ["Hallo, meine Daten:", "bitte ändern", "Tel.", "IBAN", "Karte", "Mail", "ich habe", "mein Arzt sagt", "Steuer-ID", "KVNR"]
        var seeded = Xorshift(seed: 19)
        var lines: [String] = []
        for number in 0..<300 {
            var text = ""
            for _ in 0..<(1 + Int(seeded.next() % 3)) {
                text += fillers[Int(seeded.next() % UInt64(fillers.count))] + " " + values[Int(seeded.next() % UInt64(values.count))] + ", "
            }
            lines.append("{\"id\":\(number),\"text\":" + String(decoding: try JSONEncoder().encode(text), as: UTF8.self) + "}")
        }
        let input = lines.joined(separator: "\n") + "\n"
        let audit = FileManager.default.temporaryDirectory.appending(path: "veil-audit-\(getpid()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: audit) }
        let redacted = try runVeil(["--format", "jsonl", "--audit", audit, "--jobs", "2"], input)
        #expect(redacted.status == 0)
        let auditLines = try String(contentsOfFile: audit, encoding: .utf8).split(separator: "\n")
        #expect(auditLines.count == lines.count)
        let scanned = try runVeil(["scan", "--format", "jsonl"], input).stdout.split(separator: "\n")
        var checked = 0
        for (index, line) in scanned.enumerated() {
            let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            let scalars = Array(try #require(record.text).unicodeScalars)
            #expect(auditLines[index].contains("\"id\":\(index),"))
            for finding in record.veil.findings ?? [] {
                let value = String(String.UnicodeScalarView(scalars[finding.start..<finding.end]))
                let characters = Array(value)
                for start in 0..<max(0, characters.count - 5) {
                    let piece = String(characters[start..<start + 6])
                    #expect(!auditLines[index].contains(piece), "audit line \(index) holds '\(piece)' of \(value)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    /// Issue 18: a cue in a conversation's last message counts for the next; other chats are apart.
    @Test func conversationsCarryTheirCues() throws {
        let input = #"{"chat":7,"text":"What is your social security number?"}"# + "\n" + #"{"chat":8,"text":"536904399"}"# + "\n"
            + #"{"chat":7,"text":"536904399"}"# + "\n"
        let lines = try runVeil(["--format", "jsonl", "--conversation", "$.chat", "--jobs", "2"], input).stdout.split(separator: "\n")
        #expect(lines.map { $0.contains("[US_SSN]") } == [false, false, true])
        let telegram = #"{"update_id":1,"message":{"chat":{"id":5},"text":"Your IBAN please, and your SSN?"}}"# + "\n"
            + #"{"update_id":2,"message":{"chat":{"id":5},"text":"536904399"}}"# + "\n"
        #expect(try runVeil(["--profile", "telegram", "--format", "jsonl", "--conversation", "profile"], telegram).stdout.contains("[US_SSN]"))
        #expect(try runVeil(["--conversation", "$.chat"], "x\n").status == 64)
        #expect(try runVeil(["--format", "jsonl", "--conversation", "profile"], "{}\n").status == 64)
    }

    /// Issue 18: a value split across two messages of one conversation is redacted in both;
    /// lines of other conversations keep their place.
    @Test func aValueSplitAcrossTwoMessagesIsRedactedInBoth() throws {
        let input = [#"{"chat":"a","text":"meine IBAN ist DE89 3704"}"#, #"{"chat":"b","text":"Hallo, wie geht es?"}"#,
                     #"{"chat":"a","text":"0044 0532 0130 00 danke"}"#, #"{"chat":"b","text":"Bestellung 4711"}"#,
                     #"{"chat":"c","text":"Kundennummer 4711"}"#].joined(separator: "\n") + "\n"
        let texts = try runVeil(["--format", "jsonl", "--conversation", "$.chat"], input).stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }.map { $0["text"] as! String }
        // The last two are held to the end of input, and written as they came.
        #expect(texts == ["meine IBAN ist [IBAN]", "Hallo, wie geht es?", "[IBAN] danke", "Bestellung 4711", "Kundennummer 4711"])
        // Without waiting, the first part gets through, as the README says.
        #expect(try runVeil(["--format", "jsonl", "--conversation", "$.chat", "--hold-ms", "0"], input).stdout.contains("DE89 3704"))
        #expect(try runVeil(["--format", "jsonl", "--conversation", "$.chat", "--hold-ms", "-1"], input).status == 64)
        let whatsapp = try String(contentsOfFile: fixture("payloads/whatsapp-text.json"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: "")
        let first = whatsapp.replacingOccurrences(of: #""body": "[^"]*""#, with: #""body": "IBAN: DE89 3704""#, options: .regularExpression)
        let second = whatsapp.replacingOccurrences(of: #""body": "[^"]*""#, with: #""body": "0044 0532 0130 00""#, options: .regularExpression)
        // A reaction between the two halves carries only the sender's name: it ends no hold.
        let reaction = whatsapp.replacingOccurrences(of: #""type": "text","#, with: #""type": "reaction","#)
            .replacingOccurrences(of: #""text": \{"body": "[^"]*"\}"#, with: #""reaction": {"message_id": "x", "emoji": "👍"}"#,
                                  options: .regularExpression)
        #expect(reaction.contains("reaction") && !reaction.contains("body"))
        let payloads = try runVeil(["--profile", "whatsapp", "--format", "jsonl", "--conversation", "profile"],
                                   [first, reaction, second].joined(separator: "\n") + "\n").stdout
        #expect(!payloads.contains("3704") && !payloads.contains("0532") && payloads.components(separatedBy: "[IBAN]").count == 3)
        // So does a line of the conversation without a message (a read receipt).
        let receipt = [#"{"chat":"a","text":"IBAN DE89 3704"}"#, #"{"chat":"a","status":"read"}"#,
                       #"{"chat":"a","text":"0044 0532 0130 00"}"#].joined(separator: "\n") + "\n"
        let receiptLines = try runVeil(["--format", "jsonl", "--conversation", "$.chat"], receipt).stdout.split(separator: "\n")
        #expect(receiptLines.count == 3 && receiptLines[0].contains("IBAN [IBAN]") && receiptLines[2].contains(#""text":"[IBAN]""#))
    }

    /// `veil --conversation $.chat --hold-ms 100` running, its input and output still open.
    private static func startHoldingVeil() throws -> (process: Process, input: FileHandle, output: FileHandle) {
        let process = Process()
        process.executableURL = veilExecutable
        process.arguments = ["--format", "jsonl", "--conversation", "$.chat", "--hold-ms", "100"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        return (process, stdin.fileHandleForWriting, stdout.fileHandleForReading)
    }

    /// A held line whose conversation does not go on is written once the hold time is over,
    /// while the input stays open.
    @Test func aHeldLineWaitsNoLongerThanItsHoldTime() throws {
        let veil = try Self.startHoldingVeil()
        veil.input.write(Data((#"{"chat":1,"text":"Nummer 0151 2345"}"# + "\n").utf8))
        // Blocks until veil writes: it would not before end of input if the line were held for good.
        let written = veil.output.availableData
        try veil.input.close()
        veil.process.waitUntilExit()
        #expect(String(decoding: written, as: UTF8.self).contains("[PHONE]"))
    }

    /// Nor while the next line comes in pieces: reading waits no longer than the hold.
    @Test func aHeldLineIsNotKeptBackByALineThatComesInPieces() throws {
        let veil = try Self.startHoldingVeil()
        veil.input.write(Data((#"{"chat":1,"text":"Nummer 0151 2345"}"# + "\n" + #"{"chat":2,"te"#).utf8))
        let written = veil.output.availableData
        veil.input.write(Data((#"xt":"hallo"}"# + "\n").utf8))
        try veil.input.close()
        let rest = veil.output.readDataToEndOfFile()
        veil.process.waitUntilExit()
        #expect(String(decoding: written, as: UTF8.self).contains("[PHONE]"))
        #expect(String(decoding: written + rest, as: UTF8.self).split(separator: "\n").count == 2)
    }

    @Test(arguments: [["--profile", "nope"], ["--path", "a.b"], ["--format", "json"], ["--profile", "openai", "--path", "$.a"],
                      ["--senders", "replace"], ["--profile", "twilio", "--senders", "drop"]])
    func badPayloadOptionsAreUsageErrors(arguments: [String]) throws {
        let result = try runVeil(arguments, "{}")
        #expect(result.status == 64 && result.stdout.isEmpty)
    }
}

@Suite("veil command under hostile input")
struct HostileCommandLineTests {
    @Test func aScanFailureWithholdsTheLine() throws {
        let pack = fixture("catastrophic-backtracking.toml")
        let bait = String(repeating: "a", count: 40) + "!"
        let text = try runVeil(["--pack", pack], "aaa\n\(bait)\nok\n")
        #expect(text.stdout == "[BAIT]\n[VEIL ERROR: scan_failed]\nok\n")
        #expect(text.status == 1)
        let jsonl = try runVeil(["--pack", pack, "--format", "jsonl"], "{\"text\":\"\(bait)\"}\n")
        let record = try JSONDecoder().decode(Record.self, from: Data(jsonl.stdout.utf8))
        #expect(record.veil.error == "scan_failed" && record.text == nil)
        #expect(!jsonl.stdout.contains("aaaa"))
    }

    @Test func aLineOverTheTimeBudgetIsWithheld() throws {
        let input = "aac\n" + String(repeating: "a", count: 20_000) + "b c\nok\n"
        let result = try runVeil(["--pack", fixture("backtracking-at-every-position.toml"), "--time-budget-ms", "50"], input)
        #expect(result.stdout == "[SLOW]\n[VEIL ERROR: scan_failed]\nok\n")
        #expect(result.status == 1)
        #expect(try runVeil(["--time-budget-ms", "-1"], "").status == 64)
    }

    @Test func aMegabyteWithoutNewlineIsHandled() throws {
        let line = String(repeating: "0151 2345678 ", count: 100_000)
        let result = try runVeil(["--max-line-bytes", "2000000", "--stats", "--time-budget-ms", "0"], line)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[PHONE] [PHONE] "))
        #expect(!result.stdout.contains("2345678"))
    }
}

/// A small seeded generator, so that generated test inputs are the same on every run.
struct Xorshift {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
