import Veil

/// One scanner for the whole run, built before the first input; the paths of JSON Lines
/// (`$.text`, what `--field text` reads), of a profile-like deep selection and of everything.
let scanner = try! MessageScanner()
let payloadScanners = try! ["$.text", "$..text", "$..*"].map { path in
    try PayloadScanner(scanner: scanner, profile: PayloadProfile(name: path, paths: [try JSONPath(path)]))
}
/// A valid IBAN that is no published example (`Rule.specimens`): beside a word such as
/// "example", the documentation's IBAN is left standing on purpose.
let plantedValue = "DE44 5001 0517 5407 3249 31"

/// libFuzzer calls this with each input: the input is read as a payload by each scanner, and
/// again nested in a document with an IBAN planted beside it. A broken invariant stops the run
/// with the input saved as a crash:
/// - every value's range is a JSON string of the payload (quotes at both ends);
/// - the redacted payload is the payload with each value replaced by its redacted text as a
///   JSON string (written here by an encoder of this file), and nothing else changed;
/// - the redacted payload reads again as JSON, and a scan repeats;
/// - the planted IBAN is redacted whole, whatever stands beside it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    for payloads in payloadScanners {
        check(input.span, payloads: payloads)
    }
    // Planted beside the input: `{"a":[INPUT],"text":"IBAN …"}`. Valid JSON whenever the input
    // is one JSON value.
    let document = Array(#"{"a":["#.utf8) + Array(input) + Array(#"],"text":"IBAN \#(plantedValue)"}"#.utf8)
    for payloads in payloadScanners {
        guard let result = check(document.span, payloads: payloads) else { continue }
        let planted = result.values.first { $0.path == "$.text" }
        guard let planted else { fatalError("planted IBAN not found (\(payloads.profile.name))") }
        let start = "IBAN ".utf8.count
        precondition(planted.result.findings.contains { $0.utf8Range.lowerBound <= start && start + plantedValue.utf8.count <= $0.utf8Range.upperBound },
                     "planted IBAN not redacted whole")
    }
    return 0
}

/// Scans `payload` and checks the invariants; the result, or nil when the payload is not
/// read (not JSON, not UTF-8, a match limit: each a reported error, never a pass).
@discardableResult
func check(_ payload: Span<UInt8>, payloads: PayloadScanner) -> PayloadScanResult? {
    let result: PayloadScanResult
    do {
        result = try payloads.scan(payload)
    } catch {
        return nil
    }
    var expected: [UInt8] = []
    var cursor = 0
    for value in result.values {
        precondition(value.range.lowerBound >= cursor, "values overlap or are out of order")
        precondition(payload[value.range.lowerBound] == UInt8(ascii: "\"") && payload[value.range.upperBound - 1] == UInt8(ascii: "\""),
                     "a value is not a JSON string")
        precondition(!value.result.findings.isEmpty, "a clean value listed")
        expected += payload.extracting(cursor..<value.range.lowerBound).withUnsafeBufferPointer(Array.init)
        var redacted: [UInt8] = []
        var textCursor = 0
        for finding in value.result.findings {
            precondition(finding.utf8Range.lowerBound >= textCursor && finding.utf8Range.upperBound <= value.text.count, "findings out of order")
            redacted += value.text[textCursor..<finding.utf8Range.lowerBound] + Array("[\(finding.type)]".utf8)
            textCursor = finding.utf8Range.upperBound
        }
        redacted += value.text[textCursor...]
        expected += jsonString(redacted)
        cursor = value.range.upperBound
    }
    expected += payload.extracting(cursor...).withUnsafeBufferPointer(Array.init)
    var output: [UInt8] = []
    result.appendRedacted(payload, to: &output)
    precondition(output == expected, "bytes outside the values changed, or a value was written wrongly")
    do throws(PayloadError) {
        _ = try payloads.scan(output.span)
    } catch .invalidJSON {
        preconditionFailure("the redacted payload is not JSON")
    } catch {}
    precondition((try? payloads.scan(payload)) == result, "scan is not deterministic")
    return result
}

/// `bytes` as a JSON string: quote, backslash and control characters escaped (`\n`, `\r`,
/// `\t`, else `\u00XX`), everything else as it is.
func jsonString(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = [UInt8(ascii: "\"")]
    let hex = Array("0123456789abcdef".utf8)
    for byte in bytes {
        switch byte {
        case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case ..<0x20: output += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        default: output.append(byte)
        }
    }
    output.append(UInt8(ascii: "\""))
    return output
}
