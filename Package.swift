// swift-tools-version:6.0
// ZhMine — mining Chinese government documents.
// Module direction: CICU, CPDF → ZhText → ZhLexicon → ZhSegment → ZhExtract → ZhInputs → ZhOutput → ZhArchive
// → ZhMineC, zhmine (Sources/README.md says what each owns and may import).
import PackageDescription

let package = Package(
    name: "ZhMine",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zhmine", targets: ["zhmine"]),
        .library(name: "ZhMineKit", targets: [
            "ZhText", "ZhLexicon", "ZhSegment", "ZhExtract", "ZhInputs", "ZhOutput", "ZhArchive",
        ]),
        // The C ABI (libZhMineC.so; header Sources/ZhMineC/include/zhmine.h) that python/ loads.
        .library(name: "ZhMineC", type: .dynamic, targets: ["ZhMineC"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.0"),
    ],
    targets: [
        // The only place C enters: a thin shim over the system ICU (libicu-dev).
        .target(
            name: "CICU",
            path: "Sources/CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // The only place poppler enters: a thin C shim over libpoppler-cpp (PDF text), checked by pkg-config in setup.sh.
        // Not linked: the shim opens the library (dlopen) on the first PDF, so other commands do not load its 24 libraries.
        .target(name: "CPDF", path: "Sources/CPDF"),
        .target(name: "ZhText", dependencies: ["CICU", "CPDF"]),
        .target(name: "ZhLexicon", dependencies: ["ZhText"]),
        .target(name: "ZhSegment", dependencies: ["ZhText", "ZhLexicon"]),
        .target(name: "ZhExtract", dependencies: ["ZhText", "ZhLexicon", "ZhSegment"]),
        .target(name: "ZhInputs", dependencies: [
            "ZhText",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "ZhOutput", dependencies: ["ZhText", "ZhSegment", "ZhExtract"]),
        .target(name: "ZhArchive", dependencies: [
            "ZhText", "ZhLexicon", "ZhSegment", "ZhExtract", "ZhInputs", "ZhOutput",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "ZhMineC", dependencies: ["ZhText", "ZhLexicon", "ZhSegment", "ZhExtract", "ZhInputs", "ZhOutput", "ZhArchive"],
                exclude: ["include"]),
        .executableTarget(
            name: "zhmine",
            dependencies: [
                "ZhText", "ZhLexicon", "ZhSegment", "ZhExtract", "ZhInputs", "ZhOutput", "ZhArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "zhmine-bench",
            dependencies: ["ZhText", "ZhLexicon", "ZhSegment", "ZhExtract", "ZhOutput", "ZhArchive", "ZhTestSupport", "CICUTrieBench"],
            path: "Benchmarks/ZhMineBench"
        ),
        // ICU's UCharsTrie as the trie benchmark's peer (C++); benchmark code, not part of the product's CICU shim.
        .target(name: "CICUTrieBench", path: "Benchmarks/CICUTrieBench", linkerSettings: [.linkedLibrary("icuuc")]),
        // Helpers shared by the test targets (a seeded generator, temporary folders, zip and .docx fixtures); not a product.
        .target(name: "ZhTestSupport", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Tests/ZhTestSupport"),
        .testTarget(name: "ZhTextTests", dependencies: ["ZhText", "ZhTestSupport"]),
        .testTarget(name: "ZhLexiconTests", dependencies: ["ZhLexicon", "ZhTestSupport"]),
        .testTarget(name: "ZhSegmentTests", dependencies: ["ZhSegment", "ZhTestSupport"]),
        .testTarget(name: "ZhExtractTests", dependencies: ["ZhExtract", "ZhTestSupport"], exclude: ["Corpus"]),
        .testTarget(name: "ZhInputsTests", dependencies: ["ZhInputs", "ZhTestSupport"]),
        .testTarget(name: "ZhOutputTests", dependencies: ["ZhOutput", "ZhTestSupport"]),
        .testTarget(name: "ZhArchiveTests", dependencies: ["ZhArchive", "ZhTestSupport"]),
        .testTarget(name: "ZhMineCLITests", dependencies: ["zhmine", "ZhTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
