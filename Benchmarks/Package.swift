// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so that package-benchmark never becomes a dependency of
// Veil's users. Run from this folder: `swift package benchmark`.
let package = Package(
    name: "VeilBenchmarks",
    dependencies: [
        .package(name: "Veil", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Deterministic chat-message corpus shared by the benchmarks and the peer comparison.
        .target(name: "BenchmarkCorpus"),
        // Writes the corpus, one message per line, for `veil` end to end and for peers.
        .executableTarget(name: "veil-corpus", dependencies: ["BenchmarkCorpus"]),
        .executableTarget(
            name: "VeilBenchmarks",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "Veil", package: "Veil"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/VeilBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
