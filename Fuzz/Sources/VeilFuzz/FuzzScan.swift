import Veil

/// One scanner for the whole run, built before the first input.
let scanner = try! Scanner()

/// libFuzzer calls this with each input. The input is read as UTF-8 (invalid sequences become
/// U+FFFD, as `veil` does) and scanned, and the invariants every scan must keep are checked;
/// a broken invariant stops the run with the input saved as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let result = try? scanner.scan(text) else { return 0 }  // a limit hit is a reported error, not a leak
    checkInvariants(text: text, result: result)
    // The same text with a value planted in it: the value must come out redacted whole.
    let prefix = text + " IBAN "
    let planted = prefix + plantedValue + " ."
    guard let withValue = try? scanner.scan(planted) else { return 0 }
    checkInvariants(text: planted, result: withValue)
    let start = prefix.utf8.count
    let valueRange = start..<start + plantedValue.utf8.count
    precondition(withValue.findings.contains { $0.utf8Range.lowerBound <= valueRange.lowerBound && valueRange.upperBound <= $0.utf8Range.upperBound },
                 "planted IBAN survived")
    return 0
}

let plantedValue = "DE89 3704 0044 0532 0130 00"

/// The redacted text is the original with each finding replaced by its label, findings are
/// in order, do not overlap and lie on character boundaries of the original.
func checkInvariants(text: String, result: ScanResult) {
    let bytes = Array(text.utf8)
    var rebuilt: [UInt8] = []
    var cursor = 0
    for finding in result.findings {
        precondition(finding.utf8Range.lowerBound >= cursor, "findings overlap or are out of order")
        precondition(finding.utf8Range.upperBound <= bytes.count, "finding past the end")
        precondition(!finding.utf8Range.isEmpty, "empty finding")
        precondition(finding.confidence >= 0 && finding.confidence <= 1)
        rebuilt += bytes[cursor..<finding.utf8Range.lowerBound]
        rebuilt += Array("[\(finding.type)]".utf8)
        cursor = finding.utf8Range.upperBound
    }
    rebuilt += bytes[cursor...]
    precondition(Array(result.redacted.utf8) == rebuilt, "bytes outside findings changed")
    precondition((0...100).contains(result.risk.score))
    // A finding found once must be found again: scanning is deterministic.
    precondition((try? scanner.scan(text)) == result, "scan is not deterministic")
}
