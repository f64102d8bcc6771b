import Veil
import VeilTestSupport

/// One scanner for the whole run, built before the first input.
let scanner = try! MessageScanner()

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
    let start = prefix.utf8.count
    checkInvariants(text: planted, result: withValue, planted: [start..<start + plantedValue.utf8.count])
    return 0
}

/// A valid IBAN that is no published example (`Rule.specimens`): beside a word such as
/// "example", the documentation's IBAN is left standing on purpose.
let plantedValue = "DE44 5001 0517 5407 3249 31"

/// The promises every scan keeps (`RedactionInvariants`, shared with the tests), and that a
/// scan repeats.
func checkInvariants(text: String, result: ScanResult, planted: [Range<Int>] = []) {
    let violations = RedactionInvariants.violations(text: text, result: result, planted: planted)
    precondition(violations.isEmpty, violations.joined(separator: "; "))
    // A finding found once must be found again: scanning is deterministic.
    precondition((try? scanner.scan(text)) == result, "scan is not deterministic")
}
