// swift-tools-version:6.1
import PackageDescription

// A libFuzzer target over the normaliser and the whole scan, in its own package so that the
// fuzzer flags never touch Veil's own build. Run it with `scripts/fuzz [SECONDS]`.
let package = Package(
    name: "VeilFuzz",
    dependencies: [.package(name: "Veil", path: "..")],
    targets: [
        .executableTarget(
            name: "VeilFuzz",
            dependencies: [.product(name: "Veil", package: "Veil")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
