// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets, in their own package so that the fuzzer flags never touch Veil's own
// build: VeilFuzz over the normaliser and the whole scan, VeilFuzzJSON over JSON payloads (the
// reader JSON Lines and the profiles share). Run them with `scripts/fuzz [SECONDS]`.
let package = Package(
    name: "VeilFuzz",
    dependencies: [.package(name: "Veil", path: "..")],
    targets: [
        .executableTarget(
            name: "VeilFuzz",
            dependencies: [.product(name: "Veil", package: "Veil"), .product(name: "VeilTestSupport", package: "Veil")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "VeilFuzzJSON",
            dependencies: [.product(name: "Veil", package: "Veil")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
