// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Veil",
    products: [
        .library(name: "Veil", targets: ["Veil"]),
        .executable(name: "veil", targets: ["VeilCLI"]),
        // The redaction invariants, for the tests and the fuzzer (Fuzz/ is a package of its own).
        .library(name: "VeilTestSupport", targets: ["VeilTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // HMAC-SHA-256, HKDF and AES-GCM for pseudonyms and reversible tokens (BoringSSL-backed on Linux).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // PCRE2 (8-bit code units) from Debian's libpcre2-dev.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // ICU from Debian's libicu-dev; reached only through ICUBridge.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // A small C++ target with a C header: ICU's C API cannot report normalisation edits, its C++ API can.
        .target(
            name: "ICUBridge",
            dependencies: ["CICU"],
            cxxSettings: [.unsafeFlags(["-fno-exceptions"])]
        ),
        .target(
            name: "Veil",
            dependencies: ["CPCRE2", "ICUBridge", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "VeilCLI",
            dependencies: [
                "Veil",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "VeilTestSupport",
            dependencies: ["Veil"]
        ),
        .testTarget(
            name: "VeilTests",
            dependencies: ["Veil", "VeilTestSupport"]
        ),
        .testTarget(
            name: "VeilCLITests",
            dependencies: ["VeilCLI"]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
