import Benchmark
import BenchmarkCorpus
@_spi(Stages) import Veil

#if canImport(Glibc)
import Glibc
#endif

/// Messages per second (throughput, scaled ×1000 per iteration) and mallocs per message
/// (`mallocCountTotal` divided by 1000) for each kind of traffic and each stage.
/// `BENCH_QUICK=1` runs a short mode for CI, which gates on allocations only.
let benchmarks: @Sendable () -> Void = {
    let quick = getenv("BENCH_QUICK") != nil
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: quick ? 1 : 3,
        scalingFactor: .kilo,
        maxDuration: quick ? .milliseconds(300) : .seconds(3),
        maxIterations: quick ? 10 : 1_000,
        thresholds: [
            .mallocCountTotal: .init(relative: [.p50: 5, .p90: 5], absolute: [.p50: 50, .p90: 100]),
        ]
    )

    let scanner = try! Scanner()
    let batch = 1_000

    func scanBenchmark(_ name: String, _ kind: Corpus.Kind) {
        let messages = Corpus.messages(kind, count: batch)
        Benchmark(name) { benchmark in
            for index in benchmark.scaledIterations {
                blackHole(try scanner.scan(messages[index % batch]))
            }
        }
    }

    scanBenchmark("ScanClean", .clean)
    scanBenchmark("ScanFindings", .findings)
    scanBenchmark("ScanMixed", .mixed)
    scanBenchmark("ScanNonASCII", .nonASCII)

    let long = Corpus.messages(.long, count: 16)
    Benchmark("ScanLong4KB", configuration: .init(scalingFactor: .one)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try scanner.scan(long[index % long.count]))
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
}
