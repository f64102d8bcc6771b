import Benchmark
import BenchmarkCorpus
@_spi(Stages) import Veil

#if canImport(Glibc)
import Glibc
#endif

/// Messages per second (throughput) and mallocs per message (`mallocCountTotal`; the kilo
/// scaling reports both per message) for each kind of traffic and each stage.
/// `BENCH_QUICK=1` runs a short mode for CI, which gates on allocations only.
let benchmarks: @Sendable () -> Void = {
    let quick = getenv("BENCH_QUICK") != nil
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: quick ? 1 : 3,
        scalingFactor: .kilo,
        maxDuration: quick ? .milliseconds(300) : .seconds(3),
        maxIterations: quick ? 10 : 1_000,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 5], absolute: [.p90: 2])]
    )

    let scanner = try! MessageScanner()
    let batch = 1_000

    func scanBenchmark(_ name: String, _ kind: Corpus.Kind) {
        let messages = Corpus.messages(kind, count: batch)
        Benchmark(name) { benchmark in
            for index in benchmark.scaledIterations {
                // The scan and the redacted string, as a `String` caller needs both.
                let message = messages[index % batch]
                blackHole(try scanner.scan(message).redacted(message))
            }
        }
    }

    scanBenchmark("ScanClean", .clean)
    scanBenchmark("ScanCleanASCII", .cleanASCII)
    scanBenchmark("ScanFindings", .findings)
    scanBenchmark("ScanMixed", .mixed)
    scanBenchmark("ScanNonASCII", .nonASCII)
    scanBenchmark("ScanPhones", .phones)
    scanBenchmark("ScanPhonesRemoved", .phonesRemoved)

    // The byte API, as `veil` uses it: scan UTF-8 bytes, append the redacted bytes to a buffer
    // that is reused; no string is built. The second writes every finding as a keyed pseudonym
    // (`--operator pseudonym`); the issue on policies bounds its cost at 25% of the first's rate.
    let mixedBytes = Corpus.messages(.mixed, count: batch).map { Array($0.utf8) }
    func scanBytesBenchmark(_ name: String, policy: RedactionPolicy) {
        Benchmark(name) { benchmark in
            var output: [UInt8] = []
            output.reserveCapacity(1 << 16)
            for index in benchmark.scaledIterations {
                if output.count > 1 << 15 { output.removeAll(keepingCapacity: true) }
                let message = mixedBytes[index % batch]
                try scanner.scanBytes(message.span, policy: policy).appendRedacted(message.span, policy: policy, to: &output)
            }
            blackHole(output)
        }
    }
    scanBytesBenchmark("ScanBytesMixed", policy: RedactionPolicy())
    let key = try! VeilKey(bytes: Array(repeating: 0x5A, count: VeilKey.minimumBytes))
    scanBytesBenchmark("ScanBytesMixedPseudonym", policy: RedactionPolicy(.pseudonym(Pseudonymizer(key: key))))

    let long = Corpus.messages(.long, count: 16)
    Benchmark("ScanLong4KB", configuration: .init(scalingFactor: .one)) { benchmark in
        for index in benchmark.scaledIterations {
            let message = long[index % long.count]
            blackHole(try scanner.scan(message).redacted(message))
        }
    }

    // The slowest inputs found (see HostileInputTests), about 1 MB each: one sample scans every
    // one of them once. (With one iteration a sample, indexing by iteration scanned the first
    // alone, a million `1`, and the benchmark measured none of the others.)
    let pathological = Corpus.pathological()
    Benchmark("ScanPathological1MB", configuration: .init(scalingFactor: .one, maxIterations: quick ? 1 : 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            for message in pathological { blackHole(try scanner.scan(message)) }
        }
    }

    let mixed = Corpus.messages(.mixed, count: batch)
    Benchmark("StageNormalize") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try scanner.normalizedLength(of: mixed[index % batch]))
        }
    }
    Benchmark("StageMatchValidate") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try scanner.candidateCount(in: mixed[index % batch]))
        }
    }

    // The health lexicon against the ID and IBAN rules, on the same messages.
    let packs = try! PatternPack.builtIn()
    let healthLexicon = packs.filter { $0.name == "health" }.map { pack in
        var lexiconOnly = pack
        lexiconOnly.rules = pack.rules.filter { if case .lexicon = $0.matcher { true } else { false } }
        return lexiconOnly
    }
    let lexiconScanner = try! MessageScanner(packs: healthLexicon)
    let idAndIBANScanner = try! MessageScanner(packs: packs.filter { $0.name == "id" || $0.name == "iban" })
    Benchmark("MatchHealthLexicon") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try lexiconScanner.candidateCount(in: mixed[index % batch]))
        }
    }
    Benchmark("MatchIDAndIBANRules") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try idAndIBANScanner.candidateCount(in: mixed[index % batch]))
        }
    }
}
