/// Single stages of the scan, for benchmarks that measure where time goes. Not API: the
/// `@_spi(Stages)` import makes the choice visible at the call site.
@_spi(Stages)
extension Scanner {
    /// Normalises `text` as a scan would and returns the normalised length in bytes.
    public func normalizedLength(of text: String) throws(ScanError) -> Int {
        var copy = text
        let scratch = ScanScratch.current
        let outcome: Result<Int, ScanError> = copy.withUTF8 { bytes in
            do throws(NormalizationError) {
                return .success(try Normalizer.normalize(bytes, using: scratch.normalization).bytes.count)
            } catch {
                return .failure(.normalization(error.reason))
            }
        }
        return try outcome.get()
    }

    /// Normalises, matches and validates `text` and returns the number of findings, without
    /// building findings, risk or redacted text.
    public func candidateCount(in text: String) throws(ScanError) -> Int {
        var copy = text
        let scratch = ScanScratch.current
        let outcome: Result<Int, ScanError> = copy.withUTF8 { bytes in
            do throws(ScanError) {
                return .success(try candidates(in: bytes, scratch: scratch).count)
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
