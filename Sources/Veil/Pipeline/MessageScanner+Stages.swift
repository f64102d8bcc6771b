/// Single stages of the scan, for benchmarks that measure where time goes. Not API: the
/// `@_spi(Stages)` import makes the choice visible at the call site.
@_spi(Stages)
extension MessageScanner {
    /// Normalises `text` as a scan would (the word list included) and returns the normalised
    /// length in bytes.
    public func normalizedLength(of text: String) throws(ScanError) -> Int {
        try Self.withUTF8(of: text) { (bytes) throws(ScanError) in
            try Self.normalize(bytes, scratch: ScanScratch.current).bytes.count
        }
    }

    /// Normalises, matches and validates `text` and returns the number of findings, without
    /// building findings, risk or redacted text.
    public func candidateCount(in text: String) throws(ScanError) -> Int {
        try Self.withUTF8(of: text) { (bytes) throws(ScanError) in
            try candidates(in: bytes, scratch: ScanScratch.current).count
        }
    }
}
